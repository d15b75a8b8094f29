package ma.marsad.indicator;

/**
 * An indicator as the administrators' screen shows it.
 *
 * @param version what an edit sends back, so that an edit of an indicator changed since is refused
 */
public record EditableIndicator(IndicatorDetails details, long version) {

    /** True when the English or the Arabic name is missing: readers of that language see the French one. */
    public boolean lacksATranslatedName() {
        return details.name().en() == null || details.name().en().isBlank()
                || details.name().ar() == null || details.name().ar().isBlank();
    }
}
