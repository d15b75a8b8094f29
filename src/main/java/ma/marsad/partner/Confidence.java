package ma.marsad.partner;

/**
 * How likely delivery on time and in full is, in the five levels delivery units use; each level's definition
 * is shown beside it (bundle keys partners.confidence.X.definition).
 */
public enum Confidence {
    GREEN, AMBER_GREEN, AMBER, AMBER_RED, RED
}
