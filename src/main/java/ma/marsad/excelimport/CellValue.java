package ma.marsad.excelimport;

import java.time.LocalDateTime;

/**
 * One cell as read from a clerk's file: the text a clerk would recognise (used in error messages
 * and the annotated copy) and, where the cell has one, its typed value.
 *
 * @param kind   what the cell holds
 * @param text   the cell's content as text: a string as typed, a number in plain digits
 *               ({@code 12500}, {@code 1.5}), a date as {@code 2025-09-30}, an error as {@code #DIV/0!},
 *               a formula without a stored result as {@code =B2*2}
 * @param number the numeric value of NUMBER and DATE cells (Excel's serial number for dates), else null
 * @param date   the date-time of DATE cells (a number shown with a date format), else null
 */
record CellValue(Kind kind, String text, Double number, LocalDateTime date) {

    enum Kind {
        TEXT, NUMBER, DATE, BOOLEAN,
        /** An Excel error value such as #DIV/0! or #REF!. */
        ERROR,
        /** A formula whose result was never stored in the file (written by a program, not saved by Excel). */
        FORMULA_WITHOUT_VALUE
    }

    static CellValue text(String text) {
        return new CellValue(Kind.TEXT, text, null, null);
    }

    boolean isBlank() {
        return kind == Kind.TEXT && text.isBlank();
    }
}
