package ma.marsad.progress;

import ma.marsad.base.Digits;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Reads the Value column. Number cells are taken as they are (to Excel's 15 significant digits, so a
 * formula's 0.30000000000000004 is 0.3). Text is read by these rules, written in docs/import.md:
 * <ul>
 *   <li>spaces, no-break and narrow no-break spaces between digits separate thousands: {@code 12 500};</li>
 *   <li>Arabic-Indic digits are read as digits: {@code ١٢٥٠٠};</li>
 *   <li>with both a comma and a point, the last one is the decimal mark: {@code 12,500.5}, {@code 12.500,5};</li>
 *   <li>a mark repeated is a thousands separator: {@code 1,234,567};</li>
 *   <li>a single mark followed by exactly three digits ({@code 1,500}) separates thousands for whole-number
 *       indicators; for decimal ones (megawatts) it is refused as ambiguous: write 1500 or 1.5;</li>
 *   <li>otherwise a single mark is the decimal mark: {@code 1,5} is one and a half, refused for counts.</li>
 * </ul>
 * Negative values, fractions of a count, more than two decimals and anything else are refused.
 */
public final class ValueParser {

    /** The largest figure the database column holds (numeric(19, 2)), with room to add up quarters. */
    static final BigDecimal MAX = new BigDecimal("1000000000000000");
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private ValueParser() {
    }

    public static CellReading<BigDecimal> parse(CellValue cell, boolean wholeNumbers) {
        if (cell == null || cell.isBlank()) {
            return CellReading.error("import.error.value.missing");
        }
        return switch (cell.kind()) {
            case NUMBER -> check(BigDecimal.valueOf(cell.number()).round(EXCEL_PRECISION), wholeNumbers);
            case TEXT -> parseText(cell.text(), wholeNumbers);
            case DATE -> CellReading.error("import.error.value.date", cell.text());
            case ERROR -> CellReading.error("import.error.formula-error", cell.text());
            case FORMULA_WITHOUT_VALUE -> CellReading.error("import.error.formula-without-value");
            case BOOLEAN -> CellReading.error("import.error.value.not-a-number");
        };
    }

    private static CellReading<BigDecimal> parseText(String raw, boolean wholeNumbers) {
        String text = Digits.toLatin(raw).strip();
        if (text.startsWith("-") || text.startsWith("\u2212") || (text.startsWith("(") && text.endsWith(")"))) {
            String rest = text.startsWith("(") ? text.substring(1, text.length() - 1) : text.substring(1);
            return parseText(rest, wholeNumbers).ok()
                    ? CellReading.error("import.error.value.negative")
                    : CellReading.error("import.error.value.not-a-number");
        }
        if (text.startsWith("+")) {
            text = text.substring(1).strip();
        }
        text = text.replace('\u066B', '.').replace("\u066C", ",");
        String digits = joinSpaceGroups(text);
        if (digits == null || digits.isEmpty() || !digits.matches("[0-9.,]+") || !Character.isDigit(digits.charAt(0))
                || !Character.isDigit(digits.charAt(digits.length() - 1))) {
            return CellReading.error("import.error.value.not-a-number");
        }
        int lastComma = digits.lastIndexOf(',');
        int lastPoint = digits.lastIndexOf('.');
        String plain;
        if (lastComma < 0 && lastPoint < 0) {
            plain = digits;
        } else if (lastComma >= 0 && lastPoint >= 0) {
            char decimal = lastComma > lastPoint ? ',' : '.';
            char thousands = decimal == ',' ? '.' : ',';
            int mark = Math.max(lastComma, lastPoint);
            String whole = digits.substring(0, mark);
            if (whole.indexOf(decimal) >= 0 || !groupedByThousands(whole, thousands)) {
                return CellReading.error("import.error.value.not-a-number");
            }
            plain = whole.replace(String.valueOf(thousands), "") + "." + digits.substring(mark + 1);
        } else {
            char mark = lastComma >= 0 ? ',' : '.';
            int first = digits.indexOf(mark);
            int last = digits.lastIndexOf(mark);
            if (first != last) {
                if (!groupedByThousands(digits, mark)) {
                    return CellReading.error("import.error.value.not-a-number");
                }
                plain = digits.replace(String.valueOf(mark), "");
            } else {
                String before = digits.substring(0, first);
                String after = digits.substring(first + 1);
                boolean couldBeThousands = after.length() == 3 && before.length() <= 3 && before.charAt(0) != '0';
                if (couldBeThousands && !wholeNumbers) {
                    return CellReading.error("import.error.value.ambiguous", raw.strip(), before + after,
                            new BigDecimal(before + "." + after).stripTrailingZeros().toPlainString());
                }
                plain = couldBeThousands ? before + after : before + "." + after;
            }
        }
        return check(new BigDecimal(plain), wholeNumbers);
    }

    /** "12 500" → "12500" when every group after the first has three digits; null when grouped wrongly. */
    private static String joinSpaceGroups(String text) {
        String[] groups = text.split("[\\s\\u00A0\\u202F\\u2007\\u2009]+");
        if (groups.length == 1) {
            return text;
        }
        for (int i = 1; i < groups.length; i++) {
            if (!groups[i].matches("[0-9]{3}([.,][0-9]*)?") || (i < groups.length - 1 && groups[i].length() != 3)) {
                return null;
            }
        }
        return String.join("", groups);
    }

    private static boolean groupedByThousands(String digits, char separator) {
        String[] groups = digits.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return false;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return false;
            }
        }
        return true;
    }

    /** The rules every stored value passes, however it was written: not negative, not huge, whole for counts. */
    public static CellReading<BigDecimal> check(BigDecimal value, boolean wholeNumbers) {
        if (value.signum() < 0) {
            return CellReading.error("import.error.value.negative");
        }
        if (value.compareTo(MAX) >= 0) {
            return CellReading.error("import.error.value.too-large");
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (wholeNumbers && stripped.scale() > 0) {
            return CellReading.error("import.error.value.fraction", stripped.toPlainString());
        }
        if (stripped.scale() > 2) {
            return CellReading.error("import.error.value.decimals", stripped.toPlainString());
        }
        return CellReading.of(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }
}
