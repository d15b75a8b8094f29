package ma.marsad.progress;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;

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
public record CellValue(Kind kind, String text, Double number, LocalDateTime date) {

    public enum Kind {
        TEXT, NUMBER, DATE, BOOLEAN,
        /** An Excel error value such as #DIV/0! or #REF!. */
        ERROR,
        /** A formula whose result was never stored in the file (written by a program, not saved by Excel). */
        FORMULA_WITHOUT_VALUE
    }

    public static CellValue text(String text) {
        return new CellValue(Kind.TEXT, text, null, null);
    }

    public static CellValue number(double value) {
        return new CellValue(Kind.NUMBER, plainNumber(value), value, null);
    }

    /** A number shown with a date format: {@code serial} is Excel's day count, {@code date} what it means. */
    public static CellValue date(double serial, LocalDateTime date) {
        return new CellValue(Kind.DATE, isoText(date), serial, date);
    }

    public static CellValue bool(boolean value) {
        return new CellValue(Kind.BOOLEAN, value ? "TRUE" : "FALSE", null, null);
    }

    /** An error value as Excel shows it, such as {@code #DIV/0!}. */
    public static CellValue error(String shown) {
        return new CellValue(Kind.ERROR, shown, null, null);
    }

    /** A formula, without its leading '=', that has no stored result. */
    public static CellValue formulaWithoutValue(String formula) {
        return new CellValue(Kind.FORMULA_WITHOUT_VALUE, "=" + formula, null, null);
    }

    public boolean isBlank() {
        return kind == Kind.TEXT && text.isBlank();
    }

    /** Plain digits, no exponent, no trailing zeros: 12500, 1.5, 0.1, -3. */
    public static String plainNumber(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        // Whole numbers are nearly every figure a clerk types; long arithmetic spares a BigDecimal.
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        // toPlainString writes a negative scale as zeros (1.25E+4 as 12500), never with an exponent.
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** 2025-09-30 for a date alone, 2025-09-30 14:30 (or 14:30:15) when there is a time of day. */
    public static String isoText(LocalDateTime dateTime) {
        LocalTime time = dateTime.toLocalTime();
        String day = dateTime.toLocalDate().toString();
        return time.equals(LocalTime.MIDNIGHT) ? day : day + " " + time;
    }
}
