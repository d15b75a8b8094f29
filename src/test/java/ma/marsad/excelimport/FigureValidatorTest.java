package ma.marsad.excelimport;

import ma.marsad.progress.CellValue;
import ma.marsad.progress.FigureCheck;
import ma.marsad.base.Messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import ma.marsad.base.LocalizedText;
import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorKind;

/** The checks on rows, fed directly (no workbook): headers, every column's rules, duplicates. */
class FigureValidatorTest {

    static final IndicatorDetails JOBS = indicator(1, "DIGITAL_JOBS", "Emplois directs dans le numérique",
            "Direct digital jobs", "مناصب الشغل المباشرة في القطاع الرقمي", LocalDate.of(2024, 10, 1), true);
    static final IndicatorDetails MEGAWATTS = indicator(2, "DATACENTER_MW", "Capacité du data center de Dakhla",
            "Dakhla data centre capacity", "قدرة مركز البيانات بالداخلة", LocalDate.of(2025, 10, 1), false);

    private final List<String> sheetsStarted = new ArrayList<>();

    @Test
    void findsTheHeaderBelowATitleInAnyOrderAndLanguageAndReadsTheRows() {
        CheckedFile result = check(
                row(1, "Chiffres du T3 2025 — Souss-Massa"),
                row(3, "Valeur", "Région", "Trimestre", "Indicateur", "Remarques", "Total"),
                row(4, "12 500", "Souss-Massa", "T3 2025", "Emplois directs dans le numérique", "ok", "x"),
                row(5, "", "", "", "", "", "only an extra cell"),
                row(7, "3,5", "", "2025-Q4", "datacenter_mw", null, null));
        assertThat(result.errors()).isEmpty();
        assertThat(result.rowsRead()).isEqualTo(2);
        assertThat(result.accepted()).extracting(AcceptedRow::indicatorId, AcceptedRow::quarter, AcceptedRow::region,
                        AcceptedRow::amount, AcceptedRow::comment, AcceptedRow::row)
                .containsExactly(
                        tuple(1L, Quarter.of("2025-Q3"), Region.SOUSS_MASSA, new BigDecimal("12500"), "ok", 4),
                        tuple(2L, Quarter.of("2025-Q4"), Region.NATIONAL, new BigDecimal("3.5"), null, 7));
        assertThat(result.headers()).containsEntry("Progress", new CheckedFile.Header(3, 5));
        assertThat(result.warnings()).containsExactly("Sheet Progress: columns not used by Marsad were ignored: Total.");
    }

    @Test
    void readsArabicHeadersAndNames() {
        CheckedFile result = check(
                row(1, "المؤشر", "الفترة", "الجهة", "القيمة"),
                row(2, "مناصب الشغل المباشرة في القطاع الرقمي", "الربع الثالث 2025", "سوس ماسة", "١٢٥٠٠"));
        assertThat(result.errors()).isEmpty();
        assertThat(result.accepted()).singleElement().satisfies(r -> {
            assertThat(r.region()).isEqualTo(Region.SOUSS_MASSA);
            assertThat(r.amount()).isEqualByComparingTo("12500");
        });
    }

    @Test
    void saysWhatIsWrongOnEachRowWithTheCellAndTheHeaderAsWritten() {
        CheckedFile result = check(
                row(1, "Indicateur", "Période", "Région", "Valeur"),
                row(2, "DIGITAL_JOB", "2025-Q3", "Souss", "100"),
                row(3, "DIGITAL_JOBS", "2027-Q1", "Atlantis", "-4"),
                row(4, "DIGITAL_JOBS", "2024-Q2", "", "1,5"),
                row(5, "DATACENTER_MW", "2025-Q4", "", "1,500"),
                row(6, "", "", "", "12"));
        assertThat(result.errors()).extracting(RowError::row, RowError::column, RowError::value, RowError::message)
                .containsExactly(
                        tuple(2, "Indicateur", "DIGITAL_JOB", "Unknown indicator \u201cDIGITAL_JOB\u201d. Nearest: "
                                + "DIGITAL_JOBS (Direct digital jobs), DATACENTER_MW (Dakhla data centre capacity)."
                                + " The Indicators sheet of the template lists them all."),
                        tuple(2, "Région", "Souss", "Unknown region \u201cSouss\u201d. Nearest: SOUSS_MASSA (Souss-Massa),"
                                + " ORIENTAL (Oriental), NATIONAL (National). Leave the cell blank for National."),
                        tuple(3, "Période", "2027-Q1", "Q1 2027 has not started yet: the current quarter is Q4 2026."),
                        tuple(3, "Région", "Atlantis", "Unknown region \u201cAtlantis\u201d. Nearest: "
                                + "ORIENTAL (Oriental), NATIONAL (National), SOUSS_MASSA (Souss-Massa). Leave the cell blank for National."),
                        tuple(3, "Valeur", "-4", "A figure cannot be negative."),
                        tuple(4, "Période", "2024-Q2", "Q2 2024 is before DIGITAL_JOBS started (Q4 2024)."),
                        tuple(4, "Valeur", "1,5", "1.5 is not a whole number; this indicator counts whole units."),
                        tuple(5, "Valeur", "1,500", "\u201c1,500\u201d can be read as 1500 or as 1.5: write 1500 or 1.5,"
                                + " whichever you mean."),
                        tuple(6, "Indicateur", null, "The indicator is missing."),
                        tuple(6, "Période", null, "The period is missing. Write the quarter, e.g. 2025-Q3."));
        assertThat(result.errors()).filteredOn(e -> e.row() == 2).first().extracting(RowError::sheet, RowError::columnIndex)
                .containsExactly("Progress", 0);
        assertThat(result.rowsRead()).isEqualTo(5);
        assertThat(result.rejected()).isEqualTo(5);
        assertThat(result.accepted()).isEmpty();
    }

    @Test
    void theSameIndicatorQuarterAndRegionTwiceIsAnErrorOnTheSecondRow() {
        CheckedFile result = check(
                row(1, "Indicator", "Period", "Region", "Value"),
                row(2, "DIGITAL_JOBS", "2025-Q3", "Souss-Massa", "10"),
                row(3, "digital jobs", "Q3 2025", "SOUSS_MASSA", "11"));
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.message()).isEqualTo("DIGITAL_JOBS, Q3 2025, SOUSS_MASSA already appears in row 2."
                    + " Keep one row per indicator, quarter and region.");
        });
        assertThat(result.accepted()).hasSize(1);
    }

    @Test
    void aHeaderWithoutTheValueColumnIsReportedOnce() {
        CheckedFile result = check(
                row(2, "Indicator", "Period", "Region", "Amount"),
                row(3, "DIGITAL_JOBS", "2025-Q3", "", "10"));
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.column()).isEqualTo("Value");
            assertThat(e.message()).isEqualTo("Column Value is missing from this header row. A sheet of figures"
                    + " needs the columns Indicator, Period, Value.");
        });
    }

    @Test
    void aFileWithoutAnyHeaderSaysWhichColumnsAreNeeded() {
        CheckedFile result = check(row(1, "Hello"), row(2, "world"));
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.sheet()).isNull();
            assertThat(e.message()).startsWith("No sheet has a header row with the columns Indicator, Period, Value.");
        });
    }

    private CheckedFile check(SheetRow... rows) {
        return check(new FigureCheck(Quarter.of("2026-Q4"), List.of(), english()), rows);
    }

    /** The rows checked as an import checks them, with {@code rules} for each figure. */
    static CheckedFile check(FigureCheck rules, SheetRow... rows) {
        Catalog catalog = new Catalog(List.of(JOBS, MEGAWATTS), Locale.ENGLISH);
        FigureValidator validator = new FigureValidator(catalog, java.util.Set.of("Indicators", "Regions", "Instructions"), rules,
                english(), ImportProgress.NONE);
        validator.sheetStarted("Progress", 0);
        for (SheetRow row : rows) {
            validator.row(row);
        }
        validator.sheetEnded("Progress");
        return validator.result();
    }

    /** The bundles' English texts, as the application reads them. */
    static Messages english() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("vaadin-i18n/translations");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return Messages.of(source, Locale.ENGLISH);
    }

    static SheetRow row(int number, String... texts) {
        List<SheetRow.Cell> cells = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null && !texts[i].isEmpty()) {
                cells.add(new SheetRow.Cell(i, CellValue.text(texts[i])));
            }
        }
        return new SheetRow("Progress", number, cells);
    }

    static IndicatorDetails indicator(long id, String code, String fr, String en, String ar, LocalDate start,
                                      boolean wholeNumbers) {
        LocalizedText name = new LocalizedText(fr, en, ar);
        return new IndicatorDetails(id, code, name, name, IndicatorKind.CUMULATIVE, BigDecimal.TEN, start,
                LocalDate.of(2030, 12, 31), null, List.of(), name, "file.txt", "quote", wholeNumbers);
    }
}
