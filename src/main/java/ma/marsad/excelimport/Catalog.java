package ma.marsad.excelimport;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ma.marsad.base.Region;
import ma.marsad.indicator.IndicatorDetails;

/** The names a clerk's rows may give indicators and regions by, in any of the three languages. */
final class Catalog {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    final NameMatcher<IndicatorDetails> indicators;
    final NameMatcher<Region> regions;

    Catalog(List<IndicatorDetails> indicators, Locale locale) {
        Map<IndicatorDetails, List<String>> indicatorNames = new LinkedHashMap<>();
        for (IndicatorDetails i : indicators) {
            indicatorNames.put(i, List.of(i.code(), i.name().fr(), i.name().en(), i.name().ar()));
        }
        this.indicators = new NameMatcher<>(indicatorNames, i -> i.code() + " (" + i.name().in(locale) + ")");
        Map<Region, List<String>> regionNames = new LinkedHashMap<>();
        Arrays.stream(Region.values()).forEach(r -> regionNames.put(r, List.of(r.name(),
                r.displayName(Locale.FRENCH), r.displayName(Locale.ENGLISH), r.displayName(ARABIC))));
        this.regions = new NameMatcher<>(regionNames, r -> r.name() + " (" + r.displayName(locale) + ")");
    }
}
