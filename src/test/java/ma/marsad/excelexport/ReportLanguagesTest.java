package ma.marsad.excelexport;

import static ma.marsad.excelexport.ReportFixtures.content;
import static ma.marsad.excelexport.ReportFixtures.entries;
import static ma.marsad.excelexport.ReportFixtures.listed;
import static ma.marsad.excelexport.ReportFixtures.nationalFilter;
import static ma.marsad.excelexport.ReportFixtures.soussMassaFilter;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.ReadingOrder;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import ma.marsad.base.Quarter;

/** The report in French and in Arabic: its words, its quarters, its direction; figures stay numbers. */
class ReportLanguagesTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar-MA");

    @Test
    void anArabicReportOpensRightToLeftOnEverySheetWithArabicSheetNames() throws IOException {
        try (XSSFWorkbook arabic = ReportWorkbookTest.open(content(nationalFilter(), listed(entries())), ARABIC);
             XSSFWorkbook english = ReportWorkbookTest.open(content(nationalFilter(), listed(entries())),
                     Locale.ENGLISH)) {
            assertThat(sheetNames(arabic)).containsExactly("ملخص", "DIGITAL_JOBS", "TECH_CERTIFICATES",
                    "DATACENTER_MW", "المعطيات", "الشركاء", "حول التقرير");
            assertThat(IntStream.range(0, arabic.getNumberOfSheets()).mapToObj(arabic::getSheetAt))
                    .allMatch(Sheet::isRightToLeft);
            assertThat(IntStream.range(0, english.getNumberOfSheets()).mapToObj(english::getSheetAt))
                    .noneMatch(Sheet::isRightToLeft);
        }
    }

    @Test
    void anArabicSummaryHeadsItsColumnsInArabicAndKeepsItsFiguresNumbers() throws IOException {
        try (XSSFWorkbook arabic = ReportWorkbookTest.open(content(soussMassaFilter(), listed(entries())), ARABIC)) {
            XSSFSheet summary = arabic.getSheet("ملخص");
            assertThat(text(summary, 0, 0)).isEqualTo("المغرب الرقمي 2030 — تقرير التقدم");
            assertThat(text(summary, 1, 0)).isEqualTo("من الربع الأول 2025 إلى الربع الثالث 2026 · سوس ماسة"
                    + " · المؤشرات: DIGITAL_JOBS, TECH_CERTIFICATES, DATACENTER_MW · إلى غاية الربع الثالث 2026");
            assertThat(text(summary, 2, 0)).isEqualTo("أُعدّ بتاريخ 23/11/2026 14:05 من طرف amina.admin");
            assertThat(texts(summary.getRow(4))).containsExactly("الرمز", "المؤشر", "الوحدة", "النوع", "الهدف",
                    "الأجل", "المنجز", "منجز سوس ماسة", "نسبة الإنجاز", "المتوقع حتى الآن", "الحالة",
                    "مقياس التقدم الأممي", "نسبة المقياس الأممي", "التوقع عند نهاية الأجل",
                    "التوقع، نطاق 80 %، الحد الأدنى", "التوقع، نطاق 80 %، الحد الأعلى", "احتمال بلوغ الهدف",
                    "الوتيرة المطلوبة في كل ربع", "المصدر");
            Row jobs = summary.getRow(5);
            assertThat(texts(jobs).subList(0, 4)).containsExactly("DIGITAL_JOBS", "مناصب الشغل المباشرة في القطاع الرقمي",
                    "منصب", "تراكمي");
            assertThat(jobs.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(jobs.getCell(4).getNumericCellValue()).isEqualTo(240_000);
            assertThat(jobs.getCell(10).getStringCellValue()).isEqualTo("معرّض للخطر");
        }
    }

    @Test
    void arabicTextsStartOnTheRightAndFiguresEndOnTheLeft() throws IOException {
        try (XSSFWorkbook arabic = ReportWorkbookTest.open(content(nationalFilter(), listed(entries())), ARABIC);
             XSSFWorkbook english = ReportWorkbookTest.open(content(nationalFilter(), listed(entries())),
                     Locale.ENGLISH)) {
            Row arabicJobs = arabic.getSheet("ملخص").getRow(5);
            assertThat(arabicJobs.getCell(1).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
            assertThat(arabicJobs.getCell(4).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.LEFT);
            // The report's own sentences read right to left even around a code; data keeps its own direction.
            XSSFCellStyle title = arabic.getSheet("DIGITAL_JOBS").getRow(0).getCell(0).getCellStyle();
            assertThat(title.getReadingOrder()).isEqualTo(ReadingOrder.RIGHT_TO_LEFT);
            assertThat(((XSSFCellStyle) arabicJobs.getCell(0).getCellStyle()).getReadingOrder())
                    .isEqualTo(ReadingOrder.CONTEXT);
            Row englishJobs = english.getSheet("Summary").getRow(5);
            assertThat(englishJobs.getCell(1).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.GENERAL);
            assertThat(englishJobs.getCell(4).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
        }
    }

    @Test
    void anArabicIndicatorSheetNamesQuartersInArabicAndItsChartSpeaksArabic() throws IOException {
        try (XSSFWorkbook arabic = ReportWorkbookTest.open(content(nationalFilter(), listed(entries())), ARABIC)) {
            XSSFSheet jobs = arabic.getSheet("DIGITAL_JOBS");
            assertThat(text(jobs, 0, 0)).isEqualTo("مناصب الشغل المباشرة في القطاع الرقمي — DIGITAL_JOBS");
            assertThat(text(jobs, 1, 0)).isEqualTo("الوحدة: منصب · تراكمي · الهدف 240.000 بحلول 31/12/2030");
            assertThat(texts(jobs.getRow(3))).containsExactly("الربع", "الجهة", "المصرّح به خلال الربع",
                    "المجموع التراكمي", "المسار المستهدف");
            assertThat(texts(jobs.getRow(4)).subList(0, 2)).containsExactly("الربع الأول 2025", "جميع الجهات");
            assertThat(jobs.getColumnWidth(0)).as("wide enough for the quarter's name")
                    .isGreaterThanOrEqualTo("الربع الثالث 2026".length() * 256);

            XSSFChart chart = jobs.getDrawingPatriarch().getCharts().getFirst();
            assertThat(chart.getTitleText().getString()).isEqualTo("المجموع التراكمي والمسار المستهدف");
            XDDFBarChartData.Series bars = (XDDFBarChartData.Series) chart.getChartSeries().getFirst().getSeries(0);
            // The legend shows the header cell the series names: Arabic, as the table.
            assertThat(bars.getCTBarSer().getTx().getStrRef().getF()).isEqualTo("DIGITAL_JOBS!$D$4");
            assertThat(bars.getCTBarSer().getTx().getStrRef().getStrCache().getPtArray(0).getV())
                    .isEqualTo("المجموع التراكمي");
            assertThat(text(arabic.getSheet("DATACENTER_MW"), 4, 0)).isEqualTo("لا توجد أرقام في هذه الفترة");
        }
    }

    @Test
    void anArabicDataSheetKeepsCanonicalQuartersAndCodesBesideArabicWords() throws IOException {
        try (XSSFWorkbook arabic = ReportWorkbookTest.open(content(nationalFilter(), listed(entries())), ARABIC)) {
            Sheet data = arabic.getSheet("المعطيات");
            assertThat(texts(data.getRow(0))).containsExactly("المؤشر", "اسم المؤشر", "الوحدة", "الربع", "رمز الجهة",
                    "الجهة", "القيمة", "ملاحظة", "أدخله", "تاريخ الإدخال", "طريقة الإدخال", "رقم الاستيراد",
                    "الملف المستورد", "الحالة");
            Row first = data.getRow(1);
            assertThat(texts(first).subList(3, 6)).containsExactly("2025-Q1", "CASABLANCA_SETTAT", "الدار البيضاء سطات");
            assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(2_356);
            assertThat(first.getCell(10).getStringCellValue()).isEqualTo("يدوي");
            assertThat(first.getCell(13).getStringCellValue()).isEqualTo("مصادق عليه");
            assertThat(texts(arabic.getSheet("حول التقرير").getRow(0))).containsExactly("المغرب الرقمي 2030 — تقرير التقدم");
        }
    }

    @Test
    void aFrenchReportSpeaksFrenchWithFrenchQuartersAndNumbers() throws IOException {
        try (XSSFWorkbook french = ReportWorkbookTest.open(content(soussMassaFilter(), listed(entries())),
                Locale.FRENCH)) {
            assertThat(sheetNames(french)).containsExactly("Synthèse", "DIGITAL_JOBS", "TECH_CERTIFICATES",
                    "DATACENTER_MW", "Données", "Partenaires", "À propos");
            XSSFSheet summary = french.getSheet("Synthèse");
            assertThat(text(summary, 0, 0)).isEqualTo("Maroc Digital 2030 — rapport d’avancement");
            assertThat(text(summary, 1, 0)).isEqualTo("T1 2025 à T3 2026 · Souss-Massa · Indicateurs : DIGITAL_JOBS, "
                    + "TECH_CERTIFICATES, DATACENTER_MW · arrêté à T3 2026");
            assertThat(texts(summary.getRow(4))).containsExactly("Code", "Indicateur", "Unité", "Type", "Cible",
                    "Échéance", "Réalisé", "Réalisé Souss-Massa", "% réalisé", "Attendu à date", "Statut",
                    "Mesure de progrès de l’ONU", "Ratio de la mesure de l’ONU", "Prévision à l’échéance",
                    "Prévision, fourchette à 80 %, bas", "Prévision, fourchette à 80 %, haut",
                    "Probabilité d’atteindre la cible", "Rythme requis par trimestre", "Source");
            assertThat(text(summary, 5, 1)).isEqualTo("Emplois directs dans le numérique");
            assertThat(text(summary, 5, 10)).isEqualTo("À risque");

            XSSFSheet jobs = french.getSheet("DIGITAL_JOBS");
            // French groups thousands with a narrow no-break space.
            assertThat(text(jobs, 1, 0)).isEqualTo("Unité : emplois · Cumulatif · Cible 240\u202f000 d’ici le 31/12/2030");
            assertThat(text(jobs, 4, 0)).isEqualTo("T1 2025");
            assertThat(jobs.getDrawingPatriarch().getCharts().getFirst().getTitleText().getString())
                    .isEqualTo("Cumul et trajectoire cible");
            assertThat(text(french.getSheet("TECH_CERTIFICATES"), 1, 0)).isEqualTo(
                    "Unité : certificats par an · Annuel · Cible 20\u202f000 chaque année jusqu’au 31/12/2030");

            assertThat(texts(french.getSheet("Données").getRow(0)).subList(0, 7)).containsExactly("Indicateur",
                    "Nom de l’indicateur", "Unité", "Trimestre", "Code région", "Région", "Valeur");
            assertThat(texts(french.getSheet("Données").getRow(2)).subList(3, 6)).containsExactly("2025-Q2",
                    "SOUSS_MASSA", "Souss-Massa");
            assertThat(allTexts(french.getSheet("À propos"))).contains("Établi par", "T1 2025 à T3 2026",
                    "En bonne voie à partir de 95 % du chiffre attendu à date, à risque à partir de 75 %, en retard en"
                            + " dessous.");
            assertThat(french.getSheet("Synthèse").getFooter().getRight()).isEqualTo("Page &P sur &N");
        }
    }

    @Test
    void aLanguageMarsadDoesNotSpeakGetsTheEnglishReport() throws IOException {
        try (XSSFWorkbook german = ReportWorkbookTest.open(content(nationalFilter(), listed(entries())),
                Locale.GERMAN)) {
            assertThat(german.getSheetName(0)).isEqualTo("Summary");
            assertThat(german.getSheetAt(0).isRightToLeft()).isFalse();
        }
    }

    @Test
    void anIndicatorCodedLikeAnArabicSheetStillGetsASheetOfItsOwn() {
        SheetNames names = new SheetNames("المؤشر", "ملخص", "المعطيات", "حول التقرير");
        assertThat(names.claim("ملخص")).isEqualTo("ملخص (2)");
        assertThat(names.claim(" ")).isEqualTo("المؤشر");
    }

    /**
     * The demo's figures in French and in Arabic, beside the English one in target/report-sample/, for
     * scripts/render-report.sh.
     */
    @Test
    void writesTheDemoReportInFrenchAndArabicForRendering() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "report-sample"));
        ReportContent content = new ReportContent(
                new ReportFilter(Quarter.of("2024-Q4"), ReportFixtures.AS_OF, Optional.empty(), List.of()),
                "amina.admin", ReportFixtures.GENERATED_AT, ReportFixtures.THRESHOLDS, true,
                List.of(ReportFixtures.digitalJobsProgress(Optional.empty()),
                        ReportFixtures.techCertificatesProgress(Optional.empty()),
                        ReportFixtures.datacentreProgress(Optional.empty())),
                listed(entries()));
        for (Locale locale : List.of(Locale.FRENCH, ARABIC)) {
            Path file = dir.resolve("marsad-progress-2024-Q4_2026-Q3-" + locale.getLanguage() + ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                ReportWorkbook.write(content, ReportFixtures.texts(locale), out);
            }
            try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
                assertThat(workbook.getSheetAt(1).getDrawingPatriarch().getCharts()).hasSize(1);
            }
        }
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        return IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList();
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "");
        }
        return texts;
    }

    private static List<String> allTexts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        sheet.forEach(row -> texts.addAll(texts(row)));
        return texts;
    }
}
