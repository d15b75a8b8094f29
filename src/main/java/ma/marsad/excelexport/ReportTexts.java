package ma.marsad.excelexport;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;

import ma.marsad.base.FileLanguage;
import ma.marsad.base.LocalizedText;
import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.indicator.IndicatorKind;
import ma.marsad.progress.EntryOrigin;
import ma.marsad.progress.EntryStatus;
import ma.marsad.progress.ProgressStatus;

/**
 * Every word the report workbook shows, in one language, from the message bundles: nothing user-visible is
 * written anywhere else in this package. Made once per report.
 */
final class ReportTexts {

    /** Dates in sentences the way the date cells show them: day first, as in Morocco in every language. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final MessageSource messages;
    private final Locale locale;

    private ReportTexts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** The report's words in {@code locale}'s language (English for a language Marsad does not speak). */
    static ReportTexts in(MessageSource messages, Locale locale) {
        return new ReportTexts(messages, FileLanguage.supported(locale));
    }

    /** Arabic: every sheet reads right to left. */
    boolean rightToLeft() {
        return FileLanguage.rightToLeft(locale);
    }

    /**
     * How much wider a column is than its width in characters: Calibri has no Arabic letters, so spreadsheets
     * draw them in a wider face (Arial in Excel, DejaVu Sans in LibreOffice), and the figures beside them too.
     */
    double columnScale() {
        return rightToLeft() ? 1.2 : 1.0;
    }

    /** The longest status word: the Status column fits it, as its cells do not wrap. */
    int longestStatus() {
        return Arrays.stream(ProgressStatus.values()).mapToInt(s -> status(s).length()).max().orElse(0);
    }

    /** A text from the bundles; a missing key fails loudly rather than print the key in a report. */
    String text(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }

    String summarySheet() {
        return text("report.file.sheet.summary");
    }

    String dataSheet() {
        return text("report.file.sheet.data");
    }

    String aboutSheet() {
        return text("report.file.sheet.about");
    }

    String title() {
        return text("report.file.title");
    }

    String sampleFigures() {
        return text("report.file.sample");
    }

    String noFiguresInPeriod() {
        return text("report.file.no-figures");
    }

    String allRegions() {
        return text("report.file.all-regions");
    }

    /** What a blank indicator code's sheet is called. */
    String indicator() {
        return text("report.file.col.indicator");
    }

    String status(ProgressStatus status) {
        return text("status." + status.name());
    }

    /** A figure's place in review, as the Data sheet's Status column says it. */
    String entryStatus(EntryStatus status) {
        return text("entry.status." + status.name());
    }

    /** The warnings above a table, in one banner: sample figures, figures not yet approved. */
    String warnings(boolean sampleFigures, boolean unapprovedFigures) {
        return Stream.of(sampleFigures ? sampleFigures() : null,
                        unapprovedFigures ? text("report.file.unapproved") : null)
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
    }

    String kind(IndicatorKind kind) {
        return text("report.file.kind." + kind.name());
    }

    /** The heading of the to-date column, which means a different thing for each kind. */
    String toDate(IndicatorKind kind) {
        return text("report.file.to-date." + kind.name());
    }

    String origin(EntryOrigin origin) {
        return text("origin." + origin.name());
    }

    String region(Region region) {
        return region.displayName(locale);
    }

    /** An indicator's name or unit in the report's language, French where it has none. */
    String in(LocalizedText text) {
        return text == null ? null : text.in(locale);
    }

    String regionActual(Region region) {
        return text("report.file.region-actual", region(region));
    }

    String regionToDate(Region region) {
        return text("report.file.region-to-date", region(region));
    }

    String regionsChosen(Optional<Region> region) {
        return region.map(this::region).orElseGet(() -> text("report.file.all-regions-and-national"));
    }

    String indicatorsChosen(List<String> codes) {
        return codes.isEmpty() ? text("report.file.all") : String.join(", ", codes);
    }

    /** A quarter as a person reads it: Q3 2025, T3 2025, الربع الثالث 2025. */
    String quarter(Quarter quarter) {
        return quarter.displayName(locale);
    }

    String quarters(ReportFilter filter) {
        return filter.from().equals(filter.to()) ? quarter(filter.from())
                : text("report.file.quarters", quarter(filter.from()), quarter(filter.to()));
    }

    /** "Q4 2024 to Q3 2026 · All regions and National · All indicators · as of Q3 2026". */
    String filterLine(ReportFilter filter) {
        String indicators = filter.indicatorCodes().isEmpty()
                ? text("report.file.all-indicators")
                : text("report.file.indicators-chosen", String.join(", ", filter.indicatorCodes()));
        return text("report.file.filter-line", quarters(filter), regionsChosen(filter.region()), indicators,
                quarter(filter.to()));
    }

    /** A moment as the date-time cells show it, on Moroccan time. */
    String dateTime(Instant instant) {
        return DATE_TIME.format(ReportCells.moroccan(instant));
    }

    String date(LocalDate date) {
        return DATE.format(date);
    }

    String generatedLine(String when, String by) {
        return text("report.file.generated", when, by);
    }

    String thresholds(double onTrack, double atRisk) {
        return text("report.file.thresholds", percent(onTrack), percent(atRisk));
    }

    /** "DIGITAL_JOBS — Direct digital jobs"; in Arabic the name comes first, so the line reads right to left. */
    String indicatorTitle(String code, String name) {
        return text("report.file.indicator-title", code, name);
    }

    /** "Unit: jobs · Cumulative · Target 240,000 by 31/12/2030"; ANNUAL targets recur each year. */
    String indicatorSubtitle(String unit, IndicatorKind kind, String target, String deadline) {
        String goal = kind == IndicatorKind.ANNUAL
                ? text("report.file.goal.annual", target, deadline)
                : text("report.file.goal", target, deadline);
        return text("report.file.subtitle", unit, kind(kind), goal);
    }

    /** A printed page's footer; page and pages are the spreadsheet's own fields. */
    String pageOf(String page, String pages) {
        return text("report.file.page", page, pages);
    }

    String chartTitle(IndicatorKind kind) {
        return text("report.file.chart-title", toDate(kind));
    }

    /** Summary's source cell: the file on one line, the quote below it. */
    static String source(String file, String quote) {
        String f = file == null ? "" : file.strip();
        String q = quote == null ? "" : quote.strip();
        if (q.isEmpty()) {
            return f;
        }
        return f.isEmpty() ? "“" + q + "”" : f + "\n“" + q + "”";
    }

    /** A figure in a sentence: 240,000 / 240 000 / 240.000, with no decimals a whole number does not need. */
    String number(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    private String percent(double share) {
        DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(locale));
        return format.format(share * 100) + " %";
    }
}
