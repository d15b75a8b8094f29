package ma.marsad.progress.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ma.marsad.base.ApiError;
import ma.marsad.base.LocalizedText;
import ma.marsad.base.Region;
import ma.marsad.base.security.Role;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorKind;
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
class IndicatorApiController {

    private final ProgressService progress;

    IndicatorApiController(ProgressService progress) {
        this.progress = progress;
    }

    @GetMapping
    ResponseEntity<?> indicators(@RequestParam(required = false) String region,
                                 @RequestParam(defaultValue = "false") boolean includeUnapproved) {
        Optional<Region> chosen = Optional.empty();
        if (region != null && !region.isBlank()) {
            chosen = Arrays.stream(Region.values()).filter(r -> r.name().equalsIgnoreCase(region.strip())).findFirst();
            if (chosen.isEmpty()) {
                return ResponseEntity.badRequest().body(new ApiError("Unknown region '" + region
                        + "'. Use one of: " + Arrays.toString(Region.values())));
            }
        }
        return ResponseEntity.ok(progress.overview(chosen, includeUnapproved).stream().map(IndicatorJson::of).toList());
    }

    /**
     * One indicator in the API's words. Numbers are rounded to two decimals. unapprovedFigures: whether
     * figures not yet approved by a manager were counted (only ever with includeUnapproved=true).
     */
    record IndicatorJson(String code, String name, LocalizedText names, String unit, IndicatorKind kind,
                         BigDecimal target, LocalDate startDate, LocalDate deadline, String asOf,
                         BigDecimal actual, BigDecimal percentAchieved, BigDecimal expectedToDate,
                         ProgressStatus status, BigDecimal forecast, BigDecimal runRateNeeded,
                         boolean sampleFigures, String region, BigDecimal regionActual, Source source,
                         String owner, boolean unapprovedFigures) {

        static IndicatorJson of(IndicatorProgress p) {
            IndicatorDetails i = p.indicator();
            return new IndicatorJson(i.code(), i.name().fr(), i.name(), i.unit().fr(), i.kind(),
                    round(p.target()), i.startDate(), i.deadline(), p.asOf().toString(),
                    round(p.actual()), round(p.percentAchieved()), round(p.expectedToDate()), p.status(),
                    round(p.forecast()), round(p.runRateNeeded()), p.includesSampleFigures(),
                    p.region().map(Region::name).orElse(null), round(p.regionActual()),
                    new Source(i.sourceFile(), i.sourceQuote()), i.owner().fr(), p.includesUnapprovedFigures());
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
}
