package ma.marsad.excelimport;

import ma.marsad.base.Region;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Clerks' workbooks made by the tests, so anyone can read how each was made. Cells are given as Java
 * values: String → text, Number → number, LocalDate → a date-formatted number, Boolean → boolean,
 * {@link Formula} → a formula (evaluated, so the file holds its result, as Excel would save it), null → no cell.
 */
public final class TestWorkbook {

    /** A formula such as {@code "D2*2"}, written without the leading =. */
    public record Formula(String expression) {
    }

    private final boolean xls;
    private final Map<String, List<Object[]>> sheets = new LinkedHashMap<>();

    private TestWorkbook(boolean xls) {
        this.xls = xls;
    }

    public static TestWorkbook xlsx() {
        return new TestWorkbook(false);
    }

    public static TestWorkbook xls() {
        return new TestWorkbook(true);
    }

    /** Rows from row 1 down; an empty array leaves a blank row. */
    public TestWorkbook sheet(String name, Object[]... rows) {
        sheets.put(name, new ArrayList<>(List.of(rows)));
        return this;
    }

    /** The template's header row followed by the given rows. */
    public TestWorkbook progress(Object[]... rows) {
        List<Object[]> all = new ArrayList<>();
        all.add(new Object[] {"Indicator", "Period", "Region", "Value", "Comment"});
        all.addAll(List.of(rows));
        sheets.put("Progress", all);
        return this;
    }

    public static Object[] row(Object... cells) {
        return cells;
    }

    public Path writeTo(Path file) throws IOException {
        try (Workbook workbook = xls ? new HSSFWorkbook() : new XSSFWorkbook();
             OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            sheets.forEach((name, rows) -> {
                Sheet sheet = workbook.createSheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    Object[] values = rows.get(r);
                    if (values.length == 0) {
                        continue;
                    }
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < values.length; c++) {
                        write(row, c, values[c], date);
                    }
                }
            });
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
        return file;
    }

    public byte[] bytes(Path dir) throws IOException {
        return Files.readAllBytes(writeTo(dir.resolve("workbook" + (xls ? ".xls" : ".xlsx"))));
    }

    private static void write(Row row, int column, Object value, CellStyle date) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        switch (value) {
            case String s -> cell.setCellValue(s);
            case Number n -> cell.setCellValue(n.doubleValue());
            case LocalDate d -> {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            }
            case Boolean b -> cell.setCellValue(b);
            case Formula f -> cell.setCellFormula(f.expression());
            default -> throw new IllegalArgumentException("No cell for " + value.getClass());
        }
    }
}
