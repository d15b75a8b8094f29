package ma.marsad.excelimport;

/**
 * One thing wrong in a clerk's file, where Excel would show it.
 *
 * @param sheet       the sheet's name, or null for a problem with the whole file
 * @param row         the row number as Excel shows it, or null for a problem with a whole sheet or file
 * @param column      the column's header as written in the file (or the expected header when missing)
 * @param columnIndex the column's index (0 for A), or -1 when the error is about the row or the sheet
 * @param value       the cell's text as read, or null
 * @param message     what is wrong and how to fix it, in the clerk's language
 */
public record RowError(String sheet, Integer row, String column, int columnIndex, String value, String message) {
}
