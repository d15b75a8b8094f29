package ma.marsad.excelimport;

import ma.marsad.progress.CellValue;
import ma.marsad.base.Messages;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The clerk's own workbook written back after a dry run, each row of figures marked OK or with its errors,
 * the faulty cells filled red with the message in a note, so the clerk can fix the file and upload it again.
 * Written with SXSSF while the original is read again row by row: only a window of rows is ever in memory.
 */
final class AnnotatedCopy implements RowSink, AutoCloseable {

    /**
     * Notes beyond this many are left out (the red fill and the status text still mark every error): each
     * note is a drawing shape kept in memory until the end, and Excel grows slow with thousands of them.
     */
    static final int MAX_NOTES = 2_000;

    private static final int WINDOW_ROWS = 100;
    private static final int MAX_FROZEN_ROWS = 10;
    private static final int STATUS_WIDTH = 60;
    private static final int LAST_COLUMN = SpreadsheetVersion.EXCEL2007.getLastColumnIndex();
    private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final Annotations annotations;
    private final Messages messages;
    private final boolean rightToLeft;
    private final SXSSFWorkbook workbook;
    private final CopyStyles styles;
    private SheetCopy sheet;
    private int notes;

    /**
     * @param messages    the status column's words, in the clerk's language
     * @param rightToLeft whether the clerk reads right to left (Arabic): every sheet of the copy does then
     */
    AnnotatedCopy(Annotations annotations, Messages messages, boolean rightToLeft) {
        this.annotations = annotations;
        this.messages = messages;
        this.rightToLeft = rightToLeft;
        this.workbook = new SXSSFWorkbook(null, WINDOW_ROWS, true);
        this.styles = new CopyStyles(workbook);
    }

    @Override
    public void sheetStarted(String name, int lastRowHint) {
        SXSSFSheet out = workbook.createSheet(availableName(name));
        out.setRightToLeft(rightToLeft);
        sheet = new SheetCopy(out, annotations.headerRow(name), annotations.lastHeaderColumn(name));
        if (sheet.hasFigures()) {
            // Freezing keeps every row down to the header on screen: below a long title block it would
            // leave no room for the figures, so only a header near the top is frozen.
            if (sheet.headerRow <= MAX_FROZEN_ROWS) {
                sheet.out.createFreezePane(0, sheet.headerRow);
            }
            if (sheet.statusColumn >= 0) {
                sheet.widenTo(sheet.statusColumn, STATUS_WIDTH);
            }
        }
    }

    /**
     * A sheet name Excel accepts and this copy has not used yet: files written by other programs may hold
     * names Excel would refuse (a slash, 40 characters, "Progress" and "progress").
     */
    private String availableName(String name) {
        String safe = WorkbookUtil.createSafeSheetName(name);
        String candidate = safe;
        for (int n = 2; workbook.getSheetIndex(candidate) >= 0 || !unusedIgnoringCase(candidate); n++) {
            String suffix = " (" + n + ")";
            candidate = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }

    private boolean unusedIgnoringCase(String candidate) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (workbook.getSheetName(i).equalsIgnoreCase(candidate)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void row(SheetRow row) {
        if (row.rowNumber() - 1 <= sheet.out.getLastRowNum() && sheet.out.getPhysicalNumberOfRows() > 0) {
            return; // a row number repeated out of order by a hand-made file: the copy keeps the first
        }
        Row out = sheet.out.createRow(row.rowNumber() - 1);
        if (!sheet.hasFigures() || row.rowNumber() < sheet.headerRow) {
            row.cells().forEach(cell -> copy(cell.value(), out.createCell(cell.column()), false));
        } else if (row.rowNumber() == sheet.headerRow) {
            copyHeader(row, out);
        } else {
            copyFigures(row, out);
        }
    }

    @Override
    public void sheetEnded(String name) {
        sheet.applyWidths();
        try {
            sheet.out.flushRows();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the annotated copy's temporary file", e);
        }
    }

    void writeTo(OutputStream out) throws IOException {
        if (workbook.getNumberOfSheets() == 0) {
            workbook.createSheet();
        }
        workbook.write(out);
    }

    /** Deletes the temporary files: SXSSFWorkbook.close() disposes of them since POI 5.3. */
    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private void copyHeader(SheetRow row, Row out) {
        Map<Integer, List<String>> cellErrors = cellErrors(annotations.errorsAt(row.sheet(), row.rowNumber()));
        for (SheetRow.Cell cell : row.cells()) {
            Cell copied = out.createCell(cell.column());
            copy(cell.value(), copied, cellErrors.containsKey(cell.column()));
            if (cell.value().kind() == CellValue.Kind.TEXT && !cellErrors.containsKey(cell.column())) {
                copied.setCellStyle(styles.forText(styles.header, cell.value().text()));
            }
            ImportColumn.matching(cell.value().text()).ifPresent(column ->
                    sheet.widenTo(cell.column(), ImportTemplate.widthInCharacters(column)));
        }
        if (sheet.statusColumn >= 0) {
            Cell status = out.createCell(sheet.statusColumn);
            status.setCellValue(messages.text("template.annotated.status"));
            status.setCellStyle(styles.header);
        }
        markCells(out, cellErrors, row);
    }

    private void copyFigures(SheetRow row, Row out) {
        List<RowError> errors = annotations.errorsAt(row.sheet(), row.rowNumber());
        Map<Integer, List<String>> cellErrors = cellErrors(errors);
        for (SheetRow.Cell cell : row.cells()) {
            int column = sheet.placeOf(cell.column());
            if (column >= 0) {
                copy(cell.value(), out.createCell(column), cellErrors.containsKey(column));
            }
        }
        markCells(out, cellErrors, row);
        // A row of spaces was skipped by the import, so it gets no verdict unless something was found on it.
        if (sheet.statusColumn < 0 || (errors.isEmpty() && row.isBlank())) {
            return;
        }
        Cell status = out.createCell(sheet.statusColumn);
        if (!annotations.checked(row.sheet(), row.rowNumber())) {
            status.setCellValue(messages.text("template.annotated.not-checked"));
        } else if (errors.isEmpty()) {
            status.setCellValue(messages.text("template.annotated.ok"));
        } else {
            String found = String.join("; ", errors.stream().map(RowError::message).toList());
            status.setCellValue(fitted(messages.text("template.annotated.error", found)));
            if (errors.stream().anyMatch(e -> e.columnIndex() < 0)) {
                status.setCellStyle(styles.error);
            }
        }
    }

    /** The messages of the errors that name a cell, by the column where that cell is in the copy. */
    private Map<Integer, List<String>> cellErrors(List<RowError> errors) {
        Map<Integer, List<String>> byColumn = new TreeMap<>();
        for (RowError error : errors) {
            int column = error.columnIndex() < 0 ? -1 : sheet.placeOf(error.columnIndex());
            if (column >= 0) {
                byColumn.computeIfAbsent(column, c -> new ArrayList<>()).add(error.message());
            }
        }
        return byColumn;
    }

    /** Notes on the cells errors name, made while their row is still in memory; a missing cell is made blank. */
    private void markCells(Row out, Map<Integer, List<String>> cellErrors, SheetRow row) {
        cellErrors.forEach((column, messages) -> {
            Cell cell = out.getCell(column);
            if (cell == null) {
                cell = out.createCell(column);
                cell.setCellStyle(styles.error);
            }
            if (notes < MAX_NOTES) {
                cell.setCellComment(note(row.rowNumber() - 1, column, String.join("\n", messages)));
                notes++;
            }
        });
    }

    private Comment note(int row, int column, String text) {
        CreationHelper helper = workbook.getCreationHelper();
        ClientAnchor anchor = helper.createClientAnchor();
        // The box opens to the right of the cell; the note itself belongs to the cell (setAddress below).
        anchor.setCol1(Math.min(column + 1, LAST_COLUMN));
        anchor.setCol2(Math.min(column + 4, LAST_COLUMN));
        anchor.setRow1(row);
        anchor.setRow2(Math.min(row + 4, LAST_ROW));
        Comment comment = sheet.drawing().createCellComment(anchor);
        comment.setAddress(row, column);
        comment.setString(helper.createRichTextString(fitted(text)));
        comment.setAuthor("Marsad");
        return comment;
    }

    /** Copies a cell with its type; a string is always written as a string, never read as a formula. */
    private void copy(CellValue value, Cell cell, boolean faulty) {
        String text = value.text() == null ? "" : value.text();
        switch (value.kind()) {
            case NUMBER -> {
                if (value.number() != null) {
                    cell.setCellValue(value.number());
                    styleIf(cell, faulty ? styles.error : null);
                } else {
                    writeText(cell, text, faulty ? styles.error : null);
                }
            }
            case DATE -> {
                boolean withTime = value.date() != null && !value.date().toLocalTime().equals(LocalTime.MIDNIGHT);
                if (value.number() != null) {
                    cell.setCellValue(value.number());
                } else if (value.date() != null) {
                    cell.setCellValue(value.date());
                } else {
                    cell.setCellValue(fitted(text));
                }
                cell.setCellStyle(styles.date(withTime, faulty));
                sheet.widenTo(cell.getColumnIndex(), withTime ? 17 : 11);
            }
            case BOOLEAN -> {
                cell.setCellValue("true".equalsIgnoreCase(text.strip()) || "1".equals(text.strip()));
                styleIf(cell, faulty ? styles.error : null);
            }
            case TEXT, ERROR, FORMULA_WITHOUT_VALUE -> writeText(cell, text, faulty ? styles.error : null);
        }
    }

    /** A text as a string cell, quote-prefixed when a spreadsheet could take it for a formula. */
    private void writeText(Cell cell, String text, CellStyle style) {
        String fitted = fitted(text);
        cell.setCellValue(fitted);
        styleIf(cell, styles.forText(style, fitted));
    }

    private static void styleIf(Cell cell, CellStyle style) {
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** A cell holds at most 32,767 characters; a longer text (only a hand-made file can have one) is cut. */
    private static String fitted(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
