package ma.marsad.partner;

/**
 * How a commitment stands to the national indicator it feeds. IS: the indicator measures exactly this
 * commitment (Onepoint's 500 engineers), so the indicator's figures are the commitment's progress. CONTRIBUTES:
 * the commitment is part of a larger target (jobs Onepoint creates count inside the 240,000 digital jobs), so it
 * never adds to that target's total: the figures reported for the indicator already include it.
 */
public enum Relation {
    IS, CONTRIBUTES
}
