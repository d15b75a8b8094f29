package ma.marsad.progress.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ma.marsad.base.AnswersInEnglish;
import ma.marsad.base.LocalizedText;
import ma.marsad.base.Region;
import ma.marsad.base.security.Role;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorKind;
import ma.marsad.progress.ForecastFigures;
import ma.marsad.progress.IndicatorProgress;
import ma.marsad.progress.ProgressService;
import ma.marsad.progress.ProgressStatus;

/**
 * GET /api/indicators: every target with where it stands, for other systems and scripts. For every role, as
 * the dashboard is (docs/role-matrix.md): clerks read there what this answers. Approved figures only, unless
 * includeUnapproved=true.
 */
@RestController
@RequestMapping("/api/indicators")
@RolesAllowed({Role.MANAGER_ROLE, Role.OFFICIAL_ROLE, Role.CLERK_ROLE, Role.ADMIN_ROLE})
@AnswersInEnglish
class IndicatorApiController {

    private final ProgressService progress;
    private final ObjectProvider<ForecastFigures> forecasts;

    IndicatorApiController(ProgressService progress, ObjectProvider<ForecastFigures> forecasts) {
        this.progress = progress;
        this.forecasts = forecasts;
    }

    @GetMapping
    List<IndicatorJson> indicators(@RequestParam Optional<Region> region,
                                   @RequestParam(defaultValue = "false") boolean includeUnapproved) {
        ForecastFigures forecast = forecasts.getIfAvailable();
        return progress.overview(region, includeUnapproved).stream()
                .map(p -> IndicatorJson.of(p, forecast == null ? null : forecast.of(p))).toList();
    }

    /**
     * One indicator in the API's words. Numbers are rounded to two decimals. unapprovedFigures: whether
     * figures not yet approved by a manager were counted (only ever with includeUnapproved=true). forecast is the
     * central forecast at the deadline, with its 80 % and 95 % bands, and chance the chance of reaching the target
     * (0–1, or null with chanceNote saying why); progressMeasure is the UN SDG progress measure (docs/forecast.md).
     */
    record IndicatorJson(String code, String name, LocalizedText names, String unit, IndicatorKind kind,
                         BigDecimal target, LocalDate startDate, LocalDate deadline, String asOf,
                         BigDecimal actual, BigDecimal percentAchieved, BigDecimal expectedToDate,
                         ProgressStatus status, BigDecimal forecast, BigDecimal runRateNeeded,
                         boolean sampleFigures, String region, BigDecimal regionActual, Source source,
                         String owner, boolean unapprovedFigures, BigDecimal chance, String chanceNote,
                         BigDecimal forecastLow80, BigDecimal forecastHigh80, BigDecimal forecastLow95,
                         BigDecimal forecastHigh95, Measure progressMeasure) {

        static IndicatorJson of(IndicatorProgress p, ForecastFigures.Figures f) {
            IndicatorDetails i = p.indicator();
            if (f == null) {
                f = new ForecastFigures.Figures(p.forecast(), null, null, null, null, null, null, null, null, null);
            }
            return new IndicatorJson(i.code(), i.name().fr(), i.name(), i.unit().fr(), i.kind(),
                    round(p.target()), i.startDate(), i.deadline(), p.asOf().toString(),
                    round(p.actual()), round(p.percentAchieved()), round(p.expectedToDate()), p.status(),
                    round(f.forecast()), round(p.runRateNeeded()), p.includesSampleFigures(),
                    p.region().map(Region::name).orElse(null), round(p.regionActual()),
                    new Source(i.sourceFile(), i.sourceQuote()), i.owner().fr(), p.includesUnapprovedFigures(),
                    round(f.chance()), f.chanceNote(), round(f.low80()), round(f.high80()), round(f.low95()),
                    round(f.high95()), f.measureCategory() == null ? null
                            : new Measure(f.measureCategory(), round(f.measureRatio()), f.measureMethod()));
        }

        /** Two decimals at most, never in exponent form: 240000, 29.25. */
        private static BigDecimal round(Double value) {
            if (value == null) {
                return null;
            }
            BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
            return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
        }
    }

    record Source(String file, String quote) {
    }

    /** The UN SDG progress measure: its category, the ratio it comes from and which ratio (CAGR, LINEAR_PACE). */
    record Measure(String category, BigDecimal ratio, String method) {
    }
}
