package ma.marsad.dashboard.ui;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.BiFunction;

import ma.marsad.forecast.Forecast;
import ma.marsad.forecast.ProgressMeasure;
import ma.marsad.indicator.IndicatorKind;
import ma.marsad.progress.IndicatorProgress;

/**
 * The forecast's and the UN measure's sentences, in the reader's language, for the card, its table view and its
 * chart's text alternative: one place, so that they say the same thing.
 */
final class ForecastTexts {

    private final BiFunction<String, Object[], String> translation;
    private final Formats f;
    private final Locale locale;

    ForecastTexts(BiFunction<String, Object[], String> translation, Formats f, Locale locale) {
        this.translation = translation;
        this.f = f;
        this.locale = locale;
    }

    private String t(String key, Object... args) {
        return translation.apply(key, args);
    }

    /** "Chance of reaching 240,000 by 31 Dec 2030: 46 %", or the words that stand for the number. */
    String chance(IndicatorProgress p, Forecast forecast) {
        if (forecast.chanceNote() == ma.marsad.forecast.ChanceNote.DEADLINE_PASSED) {
            return t(forecast.achieved() ? "card.chance.deadline-reached" : "card.chance.deadline-missed",
                    f.date(forecast.deadline()));
        }
        String value;
        if (forecast.achieved()) {
            value = f.percent(100) + " — " + t("card.chance.achieved");
        } else if (forecast.chance() == null) {
            value = t("card.chance.not-enough", forecast.quartersWithFigures(), forecast.quartersNeeded());
        } else {
            value = f.percent(forecast.chance() * 100);
        }
        return p.indicator().kind() == IndicatorKind.ANNUAL
                ? t("card.chance.annual", f.number(forecast.target()), String.valueOf(forecast.deadlineQuarter().year()), value)
                : t("card.chance", f.number(forecast.target()), f.date(forecast.deadline()), value);
    }

    /** "Forecast at 31 Dec 2030" */
    String forecastLabel(Forecast forecast) {
        return t("card.forecast.at", f.date(forecast.deadline()));
    }

    /** "182,000 (80 %: 150,000 – 210,000)", or the dash without a forecast. */
    String band(Forecast forecast) {
        if (!forecast.hasBand()) {
            return t("card.none");
        }
        return band(forecast.central(), forecast.low80(), forecast.high80());
    }

    String band(double central, double low, double high) {
        return t("card.forecast.band", f.number(central), f.number(low), f.number(high));
    }

    /** "UN progress measure: moderate progress (ratio 0.72)" */
    String measure(ProgressMeasure m) {
        String category = t("measure." + m.category());
        return t("card.measure", m.ratio() == null ? category : t("card.measure.ratio", category, ratio(m.ratio())));
    }

    /** What the measure is and how it was computed here, for the one click away. */
    String measureExplanation(ProgressMeasure m, Forecast forecast) {
        if (m.method() == null) {
            return t("card.measure.explain.none", forecast.quartersNeeded(), forecast.quartersWithFigures());
        }
        return t("card.measure.explain." + m.method(), ratio(m.ratio()));
    }

    /** The chart's text alternative's forecast sentences; empty without a forecast. */
    String chartAlt(Forecast forecast) {
        StringBuilder alt = new StringBuilder();
        if (forecast.hasBand()) {
            alt.append(' ').append(t("chart.alt.forecast", f.date(forecast.deadline()), f.number(forecast.central()),
                    f.number(forecast.low80()), f.number(forecast.high80())));
        }
        if (forecast.chance() != null) {
            alt.append(' ').append(t("chart.alt.chance", f.percent(forecast.chance() * 100)));
        }
        return alt.toString();
    }

    private String ratio(double ratio) {
        NumberFormat n = NumberFormat.getNumberInstance(locale);
        n.setMinimumFractionDigits(2);
        n.setMaximumFractionDigits(2);
        return n.format(ratio);
    }
}
