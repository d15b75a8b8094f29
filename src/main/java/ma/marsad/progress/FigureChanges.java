package ma.marsad.progress;

/**
 * What storing a set of figures does, or would do.
 *
 * @param created   figures for an indicator, quarter and region that had none
 * @param updated   figures that replace a different stored value or comment (the old one goes to history)
 * @param unchanged figures equal to what is stored
 */
public record FigureChanges(int created, int updated, int unchanged) {
}
