package ma.marsad.excelexport;

import static ma.marsad.excelexport.ReportFixtures.entries;
import static ma.marsad.excelexport.ReportFixtures.listed;
import static ma.marsad.excelexport.ReportFixtures.nationalFilter;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import ma.marsad.base.LocalizedText;
import ma.marsad.partner.CommitmentDetails;
import ma.marsad.partner.CommitmentProgress;
import ma.marsad.partner.Completion;
import ma.marsad.partner.Confidence;
import ma.marsad.partner.Relation;
import ma.marsad.progress.ProgressStatus;

/** The Partners sheet: one row per commitment, numbers and dates as such, every text guarded. */
class PartnersSheetTest {

    private static final List<String> HEADER = List.of("Partner", "Agreement", "Pillar", "Commitment", "Indicator",
            "Relation", "Quantity", "Unit", "Deadline", "Progress", "Completion", "Confidence", "Last evidence",
            "Next review");

    @Test
    void oneRowPerCommitmentWithItsProgressCompletionAndConfidence() throws IOException {
        try (XSSFWorkbook workbook = ReportWorkbookTest.open(content(), Locale.ENGLISH)) {
            XSSFSheet sheet = workbook.getSheet("Partners");
            assertThat(texts(sheet.getRow(0))).containsExactlyElementsOf(HEADER);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);

            Row engineers = sheet.getRow(1);
            assertThat(engineers.getCell(0).getStringCellValue()).isEqualTo("Onepoint");
            assertThat(engineers.getCell(4).getStringCellValue()).isEqualTo("ONEPOINT_ENGINEERS");
            assertThat(engineers.getCell(5).getStringCellValue()).isEqualTo("is the indicator");
            assertThat(engineers.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(engineers.getCell(6).getNumericCellValue()).isEqualTo(500);
            assertThat(engineers.getCell(8).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2029, 6, 30));
            assertThat(engineers.getCell(9).getStringCellValue()).isEqualTo("160 of 500 (On track)");
            assertThat(engineers.getCell(10).getStringCellValue()).isEqualTo("Limited");
            assertThat(engineers.getCell(11).getStringCellValue()).isEqualTo("Amber/green");
            assertThat(engineers.getCell(12).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 20));

            Row jobs = sheet.getRow(2);
            assertThat(jobs.getCell(9).getStringCellValue()).isEqualTo("Counted within the indicator's figures");
            assertThat(jobs.getCell(6).getCellType()).as("a qualitative commitment has no quantity").isEqualTo(CellType.BLANK);
            assertThat(jobs.getCell(10).getStringCellValue()).isEqualTo("Not reviewed yet");
        }
    }

    @Test
    void everyTextThatLooksLikeAFormulaStaysText() throws IOException {
        try (XSSFWorkbook workbook = ReportWorkbookTest.open(content(), Locale.ENGLISH)) {
            XSSFSheet sheet = workbook.getSheet("Partners");
            List<String> guarded = new ArrayList<>();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING && SafeText.looksLikeFormula(cell.getStringCellValue())) {
                        assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getStringCellValue()).isTrue();
                        guarded.add(cell.getStringCellValue());
                    }
                }
            }
            assertThat(guarded).containsExactlyInAnyOrder("=HYPERLINK(\"http://x\",\"jobs\")", "+212 jobs", "@pillar");
        }
    }

    @Test
    void theArabicSheetReadsRightToLeftInArabic() throws IOException {
        try (XSSFWorkbook workbook = ReportWorkbookTest.open(content(), Locale.forLanguageTag("ar-MA"))) {
            XSSFSheet sheet = workbook.getSheet("الشركاء");
            assertThat(sheet.isRightToLeft()).isTrue();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("الشريك");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("توظيف 500 مهندس");
        }
    }

    private static ReportContent content() {
        ReportContent base = ReportFixtures.content(nationalFilter(), listed(entries()));
        LocalizedText agreement = new LocalizedText("Protocole d’accord", "Memorandum", "مذكرة تفاهم");
        CommitmentDetails engineers = new CommitmentDetails(1, "ONEPOINT_ENGINEERS", 2, "ONEPOINT_MOU", agreement, 2,
                "Onepoint", text("Talents"), new LocalizedText("Recruter 500 ingénieurs", "Recruit 500 engineers",
                "توظيف 500 مهندس"), text("Onepoint"), BigDecimal.valueOf(500), text("engineers"),
                LocalDate.of(2029, 6, 30), null, 2L, "ONEPOINT_ENGINEERS", Relation.IS, "001.txt", "quote",
                Completion.LIMITED, Confidence.AMBER_GREEN, "First cohort", "manager", LocalDate.of(2026, 11, 20),
                LocalDate.of(2027, 2, 20), 1, LocalDate.of(2026, 11, 20),
                new CommitmentProgress(160, 500, ProgressStatus.ON_TRACK), 0);
        CommitmentDetails jobs = new CommitmentDetails(2, "ONEPOINT_QUALIFIED_JOBS", 2, "ONEPOINT_MOU", agreement, 2,
                "=HYPERLINK(\"http://x\",\"jobs\")", text("@pillar"), text("+212 jobs"), text("Onepoint"), null, null,
                null, null, 1L, "DIGITAL_JOBS", Relation.CONTRIBUTES, "001.txt", "quote", null, null, null, null, null,
                null, 0, null, null, 0);
        return new ReportContent(base.filter(), base.generatedBy(), base.generatedAt(), base.thresholds(),
                base.sampleFigures(), base.indicators(), base.entries(), List.of(engineers, jobs));
    }

    private static LocalizedText text(String words) {
        return new LocalizedText(words, words, words);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }
}
