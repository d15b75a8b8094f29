package ma.marsad.excelimport;

import ma.marsad.base.Region;

import ma.marsad.progress.CellValue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AnnotatedCopyTest {

    private static final LocalDateTime SEPTEMBER_30 = LocalDateTime.of(2025, 9, 30, 0, 0);
    private static final byte[] LIGHT_RED = {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE};

    private static XSSFWorkbook copy;

    /**
     * Progress: a title in row 1, the header in row 3, figures in rows 4 to 7; row 5's value is refused,
     * row 6 lacks its indicator and has a refused date, row 7 repeats row 4. Notes: no figures at all.
     */
    @BeforeAll
    static void annotateAClerksFile() throws IOException {
        FakeAnnotations annotations = new FakeAnnotations();
        annotations.figures("Progress", 3, 4);
        annotations.error("Progress", 5, 3, "Value must be 0 or more");
        annotations.error("Progress", 6, 0, "Indicator is missing");
        annotations.error("Progress", 6, 1, "Period 2025-09-30 is in a quarter not yet open");
        annotations.error("Progress", 6, 1, "Use 2025-Q3");
        annotations.error("Progress", 7, -1, "Same indicator, quarter and region as row 4");

        copy = annotate(annotations, List.of(
                new Sheet("Progress", List.of(
                        row("Progress", 1, text(0, "Digital jobs, third quarter")),
                        row("Progress", 3, text(0, "Indicator"), text(1, "Period"), text(2, "Region"),
                                text(3, "Value"), text(4, "Comment")),
                        row("Progress", 4, text(0, "DIGITAL_JOBS"), text(1, "2025-Q3"), text(2, "ORIENTAL"),
                                number(3, 1250)),
                        row("Progress", 5, text(0, "DIGITAL_JOBS"), text(1, "2025-Q3"), text(2, "SOUSS_MASSA"),
                                text(3, "-12"), text(4, "=HYPERLINK(\"http://x\")")),
                        row("Progress", 6, date(1, SEPTEMBER_30), text(2, "ORIENTAL"), number(3, 3.5)),
                        row("Progress", 7, text(0, "DIGITAL_JOBS"), text(1, "2025-Q3"), text(2, "ORIENTAL"),
                                number(3, 1250), text(5, "stray note")))),
                new Sheet("Notes", List.of(
                        row("Notes", 1, text(0, "Remarks"), date(2, SEPTEMBER_30.withHour(14).withMinute(30))),
                        row("Notes", 2, new SheetRow.Cell(0, new CellValue(CellValue.Kind.BOOLEAN, "TRUE", null, null)),
                                new SheetRow.Cell(1, new CellValue(CellValue.Kind.ERROR, "#DIV/0!", null, null)),
                                new SheetRow.Cell(2, new CellValue(CellValue.Kind.FORMULA_WITHOUT_VALUE, "=B2*2", null, null)),
                                number(3, 42)),
                        row("Notes", 4, text(0, "+212 600"), text(1, "@home"))))));
    }

    @Test
    void putsTheStatusHeaderJustAfterTheHeaderInBold() {
        XSSFSheet progress = copy.getSheet("Progress");
        XSSFCell status = progress.getRow(2).getCell(5);
        assertThat(status.getStringCellValue()).isEqualTo("Status");
        assertThat(copy.getFontAt(status.getCellStyle().getFontIndex()).getBold()).isTrue();
        assertThat(progress.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Value");
        assertThat(progress.getColumnWidth(5)).isEqualTo(60 * 256);
        assertThat(progress.getColumnWidth(2)).as("the template's width for Region").isEqualTo(28 * 256);
        assertThat(progress.getCTWorksheet().getColsArray(0).getColList()).extracting(col -> col.getMin())
                .as("Excel expects the columns in order").isSorted();
        assertThat(progress.getPaneInformation().isFreezePane()).isTrue();
        assertThat(progress.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
    }

    @Test
    void copiesTheTitleAboveTheHeaderAsItWas() {
        XSSFCell title = copy.getSheet("Progress").getRow(0).getCell(0);
        assertThat(title.getStringCellValue()).isEqualTo("Digital jobs, third quarter");
        assertThat(title.getRow().getLastCellNum()).isEqualTo((short) 1);
        assertThat((Object) copy.getSheet("Progress").getRow(1)).isNull();
    }

    @Test
    void marksAGoodRowOkAndKeepsItsNumberANumber() {
        XSSFSheet progress = copy.getSheet("Progress");
        assertThat(progress.getRow(3).getCell(5).getStringCellValue()).isEqualTo("OK");
        XSSFCell value = progress.getRow(3).getCell(3);
        assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(value.getNumericCellValue()).isEqualTo(1250);
        assertThat(isRed(value)).isFalse();
    }

    @Test
    void fillsTheRefusedCellRedWithTheMessageInANote() {
        XSSFSheet progress = copy.getSheet("Progress");
        assertThat(progress.getRow(4).getCell(5).getStringCellValue()).isEqualTo("Error: Value must be 0 or more");
        XSSFCell value = progress.getRow(4).getCell(3);
        assertThat(value.getCellType()).isEqualTo(CellType.STRING);
        assertThat(value.getStringCellValue()).isEqualTo("-12");
        assertThat(isRed(value)).isTrue();
        assertThat(progress.getCellComment(new CellAddress("D5")).getString().getString())
                .isEqualTo("Value must be 0 or more");
        assertThat(isRed(progress.getRow(4).getCell(5))).as("a cell error leaves the status plain").isFalse();
    }

    @Test
    void makesARedCellWhereARequiredValueIsMissing() {
        XSSFSheet progress = copy.getSheet("Progress");
        XSSFCell indicator = progress.getRow(5).getCell(0);
        assertThat(indicator).isNotNull();
        assertThat(indicator.getCellType()).isEqualTo(CellType.BLANK);
        assertThat(isRed(indicator)).isTrue();
        assertThat(progress.getCellComment(new CellAddress("A6")).getString().getString())
                .isEqualTo("Indicator is missing");
        assertThat(progress.getRow(5).getCell(5).getStringCellValue()).isEqualTo(
                "Error: Indicator is missing; Period 2025-09-30 is in a quarter not yet open; Use 2025-Q3");
    }

    @Test
    void keepsARefusedDateADateAndJoinsItsMessagesInOneNote() {
        XSSFSheet progress = copy.getSheet("Progress");
        XSSFCell period = progress.getRow(5).getCell(1);
        assertThat(period.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(period)).isTrue();
        assertThat(period.getLocalDateTimeCellValue()).isEqualTo(SEPTEMBER_30);
        assertThat(isRed(period)).isTrue();
        assertThat(progress.getCellComment(new CellAddress("B6")).getString().getString())
                .isEqualTo("Period 2025-09-30 is in a quarter not yet open\nUse 2025-Q3");
        assertThat(progress.getRow(5).getCell(3).getNumericCellValue()).isEqualTo(3.5);
        assertThat(progress.getCellComments()).hasSize(3);
    }

    @Test
    void aRowErrorFillsTheStatusAndAStrayCellMovesPastIt() {
        XSSFCell status = copy.getSheet("Progress").getRow(6).getCell(5);
        assertThat(status.getStringCellValue()).isEqualTo("Error: Same indicator, quarter and region as row 4");
        assertThat(isRed(status)).isTrue();
        assertThat(copy.getSheet("Progress").getRow(6).getCell(6).getStringCellValue()).isEqualTo("stray note");
    }

    @Test
    void writesATextThatLooksLikeAFormulaAsText() {
        XSSFCell comment = copy.getSheet("Progress").getRow(4).getCell(4);
        assertThat(comment.getCellType()).isEqualTo(CellType.STRING);
        assertThat(comment.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
    }

    @Test
    void copiesASheetWithoutFiguresUnchanged() {
        XSSFSheet notes = copy.getSheet("Notes");
        assertThat(copy.getSheetIndex(notes)).isEqualTo(1);
        assertThat(notes.getPaneInformation()).isNull();
        assertThat(notes.getCellComments()).isEmpty();
        assertThat(notes.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Remarks");
        assertThat(notes.getRow(0).getCell(2).getLocalDateTimeCellValue()).isEqualTo(SEPTEMBER_30.withHour(14).withMinute(30));
        assertThat(DateUtil.isCellDateFormatted(notes.getRow(0).getCell(2))).isTrue();
        assertThat(notes.getRow(0).getLastCellNum()).isEqualTo((short) 3);
        assertThat(notes.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.BOOLEAN);
        assertThat(notes.getRow(1).getCell(0).getBooleanCellValue()).isTrue();
        assertThat(notes.getRow(1).getCell(1).getStringCellValue()).isEqualTo("#DIV/0!");
        assertThat(notes.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.STRING);
        assertThat(notes.getRow(1).getCell(2).getStringCellValue()).isEqualTo("=B2*2");
        assertThat(notes.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(42);
        assertThat((Object) notes.getRow(2)).isNull();
        assertThat(notes.getRow(3).getCell(0).getStringCellValue()).isEqualTo("+212 600");
        assertThat(notes.getRow(3).getCell(1).getStringCellValue()).isEqualTo("@home");
    }

    @Test
    void copiesSheetsWhoseNamesExcelWouldRefuseUnderNamesItAccepts() throws IOException {
        FakeAnnotations annotations = new FakeAnnotations();
        List<Sheet> sheets = List.of(
                new Sheet("Progress", List.of(row("Progress", 1, text(0, "a")))),
                new Sheet("progress", List.of(row("progress", 1, text(0, "b")))),
                new Sheet("T3/2025", List.of(row("T3/2025", 1, text(0, "c")), row("T3/2025", 1, text(0, "again")))));

        XSSFWorkbook copied = annotate(annotations, sheets);

        assertThat(copied.getNumberOfSheets()).isEqualTo(3);
        assertThat(copied.getSheetName(0)).isEqualTo("Progress");
        assertThat(copied.getSheetName(1)).isEqualTo("progress (2)");
        assertThat(copied.getSheetName(2)).isEqualTo("T3 2025");
        assertThat(copied.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("b");
        assertThat(copied.getSheetAt(2).getRow(0).getCell(0).getStringCellValue()).isEqualTo("c");
    }

    @Test
    void streamsFiftyThousandRowsWithNotesCappedButEveryErrorFilled() throws IOException {
        FakeAnnotations annotations = new FakeAnnotations();
        annotations.figures("Progress", 1, 3);
        List<SheetRow> rows = new ArrayList<>();
        rows.add(row("Progress", 1, text(0, "Indicator"), text(1, "Period"), text(2, "Region"), text(3, "Value")));
        for (int r = 2; r <= 50_001; r++) {
            rows.add(row("Progress", r, text(0, "DIGITAL_JOBS"), text(1, "2025-Q3"), text(2, "ORIENTAL"),
                    number(3, r)));
            if (r % 10 == 0) {
                annotations.error("Progress", r, 3, "Too high");
            }
        }

        XSSFWorkbook big = annotate(annotations, List.of(new Sheet("Progress", rows)));

        XSSFSheet sheet = big.getSheet("Progress");
        assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(50_001);
        assertThat(sheet.getLastRowNum()).isEqualTo(50_000);
        assertThat(sheet.getCellComments()).hasSize(AnnotatedCopy.MAX_NOTES);
        assertThat(sheet.getRow(50_000).getCell(4).getStringCellValue()).isEqualTo("OK");
        assertThat(sheet.getRow(49_999).getCell(4).getStringCellValue()).isEqualTo("Error: Too high");
        assertThat(isRed(sheet.getRow(49_999).getCell(3))).isTrue();
        assertThat(big.getNumCellStyles()).isLessThan(20);
    }

    private static XSSFWorkbook annotate(Annotations annotations, List<Sheet> sheets) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AnnotatedCopy copy = new AnnotatedCopy(annotations, FigureValidatorTest.english(), false)) {
            for (Sheet sheet : sheets) {
                copy.sheetStarted(sheet.name(), 0);
                sheet.rows().forEach(copy::row);
                copy.sheetEnded(sheet.name());
            }
            copy.writeTo(out);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static boolean isRed(Cell cell) {
        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
        return style.getFillPattern() == FillPatternType.SOLID_FOREGROUND
                && style.getFillForegroundXSSFColor() != null
                && java.util.Arrays.equals(style.getFillForegroundXSSFColor().getRGB(), LIGHT_RED);
    }

    private record Sheet(String name, List<SheetRow> rows) {
    }

    private static SheetRow row(String sheet, int number, SheetRow.Cell... cells) {
        return new SheetRow(sheet, number, List.of(cells));
    }

    private static SheetRow.Cell text(int column, String text) {
        return new SheetRow.Cell(column, CellValue.text(text));
    }

    private static SheetRow.Cell number(int column, double number) {
        return new SheetRow.Cell(column, new CellValue(CellValue.Kind.NUMBER, String.valueOf(number), number, null));
    }

    private static SheetRow.Cell date(int column, LocalDateTime date) {
        return new SheetRow.Cell(column,
                new CellValue(CellValue.Kind.DATE, date.toLocalDate().toString(), DateUtil.getExcelDate(date), date));
    }

    /** What a dry run would have found, set by hand. */
    private static final class FakeAnnotations implements Annotations {
        private final Map<String, int[]> headers = new HashMap<>();
        private final Map<String, List<RowError>> errors = new HashMap<>();

        void figures(String sheet, int headerRow, int lastHeaderColumn) {
            headers.put(sheet, new int[] {headerRow, lastHeaderColumn});
        }

        void error(String sheet, int row, int column, String message) {
            errors.computeIfAbsent(sheet + "!" + row, k -> new ArrayList<>())
                    .add(new RowError(sheet, row, null, column, null, message));
        }

        @Override
        public int headerRow(String sheet) {
            return headers.getOrDefault(sheet, new int[] {0, -1})[0];
        }

        @Override
        public int lastHeaderColumn(String sheet) {
            return headers.getOrDefault(sheet, new int[] {0, -1})[1];
        }

        @Override
        public List<RowError> errorsAt(String sheet, int row) {
            return errors.getOrDefault(sheet + "!" + row, List.of());
        }
    }
}
