package ma.marsad.excelexport;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.support.ResourceBundleMessageSource;

import ma.marsad.base.LocalizedText;
import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorKind;
import ma.marsad.progress.EntryOrigin;
import ma.marsad.progress.EntryStatus;
import ma.marsad.progress.IndicatorProgress;
import ma.marsad.progress.PathPoint;
import ma.marsad.progress.ProgressStatus;
import ma.marsad.progress.QuarterPoint;
import ma.marsad.progress.StatusThresholds;

/**
 * Report contents made by hand for the tests, with the figures of the demo's sample data: the national
 * sums of data/sample-progress.csv for Direct digital jobs (2024-Q4 to 2026-Q3) and Technology
 * certificates (2026), and a data centre that has no figure yet.
 */
final class ReportFixtures {

    static final ZonedDateTime GENERATED_AT = ZonedDateTime.of(2026, 11, 23, 13, 5, 0, 0, ZoneId.of("UTC"));
    static final StatusThresholds THRESHOLDS = new StatusThresholds(0.95, 0.75);
    static final Quarter AS_OF = Quarter.of("2026-Q3");

    static final double[] JOBS_PER_QUARTER = {6501, 7151, 7800, 8451, 9100, 9750, 10399, 11050};
    static final double[] CERTIFICATES_PER_QUARTER = {3801, 4300, 4799};

    private ReportFixtures() {
    }

    static IndicatorDetails digitalJobs() {
        return indicator(1, "DIGITAL_JOBS", new LocalizedText("Emplois directs dans le numérique", "Direct digital jobs",
                        "مناصب الشغل المباشرة في القطاع الرقمي"), new LocalizedText("emplois", "jobs", "منصب"),
                IndicatorKind.CUMULATIVE, 240_000,
                "2024-10-01", "2030-12-31", "004_e61645de221c9efb.txt",
                "Cette feuille de route ambitieuse prévoit la création de 240 000 emplois directs dans le secteur"
                        + " du numérique à l’horizon 2030", true);
    }

    static IndicatorDetails techCertificates() {
        return indicator(3, "TECH_CERTIFICATES", new LocalizedText("Certificats technologiques délivrés",
                        "Technology certificates awarded", "الشهادات التكنولوجية المسلمة"),
                new LocalizedText("certificats par an", "certificates a year", "شهادة في السنة"), IndicatorKind.ANNUAL, 20_000, "2026-01-01", "2030-12-31", "002_4c80145cda78cb6b.txt",
                "Délivrer 20.000 certificats chaque année dans des domaines technologiques clés", true);
    }

    static IndicatorDetails datacentre() {
        return indicator(9, "DATACENTER_MW", new LocalizedText("Capacité du data center de Dakhla",
                        "Dakhla data-centre capacity", "قدرة مركز البيانات بالداخلة"),
                new LocalizedText("MW", "MW", "ميغاواط"), IndicatorKind.LEVEL, 500,
                "2027-01-01", "2030-12-31", "003_308efb414219c904.txt",
                "La ministre a évoqué également le projet de data center de 500 mégawatts à Dakhla", false);
    }

    static IndicatorDetails indicator(long id, String code, String name, String unit, IndicatorKind kind, double target,
                                      String start, String deadline, String sourceFile, String quote,
                                      boolean wholeNumbers) {
        return indicator(id, code, new LocalizedText(name, name, name), new LocalizedText(unit, unit, unit), kind,
                target, start, deadline, sourceFile, quote, wholeNumbers);
    }

    /** An indicator named in the three languages, as the seeded targets are. */
    static IndicatorDetails indicator(long id, String code, LocalizedText name, LocalizedText unit, IndicatorKind kind,
                                      double target, String start, String deadline, String sourceFile, String quote,
                                      boolean wholeNumbers) {
        return new IndicatorDetails(id, code, name, unit, kind, BigDecimal.valueOf(target), LocalDate.parse(start), LocalDate.parse(deadline), "", List.of(),
                new LocalizedText("Ministry", "Ministry", "Ministry"), sourceFile, quote, wholeNumbers);
    }

    /** Digital jobs as of 2026-Q3: 70,202 of an expected 76,741, at risk. */
    static IndicatorProgress digitalJobsProgress(Optional<Region> region) {
        IndicatorDetails jobs = digitalJobs();
        List<QuarterPoint> series = new ArrayList<>();
        double total = 0;
        Quarter q = Quarter.of("2024-Q4");
        for (double reported : JOBS_PER_QUARTER) {
            total += reported;
            double expected = straightLine(jobs, q);
            series.add(new QuarterPoint(q, reported, total, expected, region.map(r -> 0.0).orElse(null)));
            q = q.next();
        }
        double actual = total;
        double expected = straightLine(jobs, AS_OF);
        int remaining = AS_OF.quartersUntil(Quarter.of("2030-Q4"));
        double trend = (JOBS_PER_QUARTER[4] + JOBS_PER_QUARTER[5] + JOBS_PER_QUARTER[6] + JOBS_PER_QUARTER[7]) / 4;
        return new IndicatorProgress(jobs, AS_OF, actual, 240_000, actual * 100 / 240_000, expected,
                ProgressStatus.AT_RISK, actual + trend * remaining, (240_000 - actual) / remaining, series,
                path(jobs), true, region, region.map(r -> 0.0).orElse(null), false);
    }

    /** Technology certificates in 2026 so far: 12,900 of the year's 20,000, expected 15,000. */
    static IndicatorProgress techCertificatesProgress(Optional<Region> region) {
        IndicatorDetails certificates = techCertificates();
        List<QuarterPoint> series = new ArrayList<>();
        double yearToDate = 0;
        Quarter q = Quarter.of("2026-Q1");
        for (double reported : CERTIFICATES_PER_QUARTER) {
            yearToDate += reported;
            series.add(new QuarterPoint(q, reported, yearToDate, 5_000.0 * q.number(),
                    region.map(r -> 1_200.0).orElse(null)));
            q = q.next();
        }
        List<PathPoint> path = new ArrayList<>();
        for (Quarter p = Quarter.of("2026-Q1"); !p.isAfter(Quarter.of("2030-Q4")); p = p.next()) {
            path.add(new PathPoint(p, 5_000.0 * p.number()));
        }
        return new IndicatorProgress(certificates, AS_OF, yearToDate, 20_000, yearToDate * 100 / 20_000, 15_000,
                ProgressStatus.AT_RISK,
                yearToDate + 4_300, 20_000.0 - yearToDate, series, path, true, region,
                region.map(r -> 1_200.0).orElse(null), false);
    }

    /** The data centre starts in 2027: nothing to show in 2025-2026, no forecast. */
    static IndicatorProgress datacentreProgress(Optional<Region> region) {
        IndicatorDetails mw = datacentre();
        return new IndicatorProgress(mw, AS_OF, 0, 500, 0, 0, ProgressStatus.NO_DATA, null, 31.25, List.of(),
                path(mw), false, region, null, false);
    }

    static ReportContent content(ReportFilter filter, ReportContent.Entries entries) {
        Optional<Region> region = filter.region();
        return new ReportContent(filter, "amina.admin", GENERATED_AT, THRESHOLDS, true,
                List.of(digitalJobsProgress(region), techCertificatesProgress(region), datacentreProgress(region)),
                entries);
    }

    /** The report's words in a language, from the bundles as the application reads them. */
    static ReportTexts texts(Locale locale) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("vaadin-i18n/translations");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return ReportTexts.in(source, locale);
    }

    static ReportFilter nationalFilter() {
        return new ReportFilter(Quarter.of("2025-Q1"), AS_OF, Optional.empty(), List.of());
    }

    static ReportFilter soussMassaFilter() {
        return new ReportFilter(Quarter.of("2025-Q1"), AS_OF, Optional.of(Region.SOUSS_MASSA),
                List.of("DIGITAL_JOBS", "TECH_CERTIFICATES", "DATACENTER_MW"));
    }

    /** An approved entry, as reports hold by default. */
    static ReportEntry entry(String code, String quarter, Region region, String value, String comment, String user,
                             Instant at, EntryOrigin origin, Long importId, String importFile) {
        return entry(code, quarter, region, value, comment, user, at, origin, importId, importFile,
                EntryStatus.APPROVED);
    }

    static ReportEntry entry(String code, String quarter, Region region, String value, String comment, String user,
                             Instant at, EntryOrigin origin, Long importId, String importFile, EntryStatus status) {
        IndicatorDetails indicator = switch (code) {
            case "TECH_CERTIFICATES" -> techCertificates();
            case "DATACENTER_MW" -> datacentre();
            default -> digitalJobs();
        };
        return new ReportEntry(code, indicator.name().en(), indicator.unit().en(), Quarter.of(quarter), region,
                new BigDecimal(value), comment, user, at, origin, importId, importFile, status);
    }

    /** Entries a clerk might type, and some a prankster would. */
    static List<ReportEntry> entries() {
        Instant at = Instant.parse("2025-11-12T13:05:00Z");
        return List.of(
                entry("DIGITAL_JOBS", "2025-Q1", Region.CASABLANCA_SETTAT, "2356", "Quarterly survey, revised", "karim",
                        at, EntryOrigin.MANUAL, null, null),
                entry("DIGITAL_JOBS", "2025-Q2", Region.SOUSS_MASSA, "814", "=HYPERLINK(\"http://x\")", "+212",
                        at.plus(1, ChronoUnit.HOURS), EntryOrigin.IMPORT, 42L, "@home.xlsx"),
                entry("DIGITAL_JOBS", "2025-Q3", Region.NATIONAL, "120", "-1", "@home", at, EntryOrigin.IMPORT, 42L,
                        "-figures.xlsx", EntryStatus.SUBMITTED),
                entry("TECH_CERTIFICATES", "2026-Q1", Region.FES_MEKNES, "3801", "\tx", "-1", at, EntryOrigin.SAMPLE,
                        null, null),
                entry("TECH_CERTIFICATES", "2026-Q2", Region.ORIENTAL, "4300", "\rcarriage", "\tx", at,
                        EntryOrigin.MANUAL, null, null));
    }

    static ReportContent.Entries listed(List<ReportEntry> entries) {
        return each -> entries.forEach(each);
    }

    /** The straight line from nothing at the start date to the target at the deadline, at a quarter's end. */
    private static double straightLine(IndicatorDetails indicator, Quarter quarter) {
        LocalDate start = indicator.startDate();
        LocalDate end = indicator.deadline().plusDays(1);
        double days = ChronoUnit.DAYS.between(start, quarter.next().firstDay());
        return indicator.target().doubleValue() * Math.min(1, days / ChronoUnit.DAYS.between(start, end));
    }

    private static List<PathPoint> path(IndicatorDetails indicator) {
        List<PathPoint> path = new ArrayList<>();
        for (Quarter q = Quarter.containing(indicator.startDate()); !q.isAfter(Quarter.containing(indicator.deadline()));
             q = q.next()) {
            path.add(new PathPoint(q, straightLine(indicator, q)));
        }
        return path;
    }
}
