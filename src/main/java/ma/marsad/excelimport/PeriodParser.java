package ma.marsad.excelimport;

import ma.marsad.progress.CellReading;
import ma.marsad.progress.CellValue;
import ma.marsad.base.Digits;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ma.marsad.base.Quarter;

/**
 * Reads the Period column: {@code 2025-Q3} (canonical), {@code Q3 2025}, {@code T3 2025}, {@code 2025 T3},
 * {@code الربع الثالث 2025}, a date cell, or a date typed as text ({@code 2025-09-30}, {@code 30/09/2025}:
 * day first, as written in Morocco). A date stands for the quarter it falls in.
 */
final class PeriodParser {

    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})\\s*[-/ ]?\\s*[QT]([1-4])");
    private static final Pattern QUARTER_FIRST = Pattern.compile("[QT]([1-4])\\s*[-/ ]?\\s*(\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ][0-9:.]+)?");
    private static final Pattern DAY_FIRST_DATE = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?: [0-9:.]+)?");
    private static final Pattern ARABIC = Pattern.compile("الربع\\s+(\\S+)\\s*(?:من\\s+)?(?:سنة\\s+)?(\\d{4})");
    private static final Map<String, Integer> ARABIC_ORDINALS = Map.of(
            "الاول", 1, "الثاني", 2, "الثالث", 3, "الرابع", 4, "1", 1, "2", 2, "3", 3, "4", 4);

    private PeriodParser() {
    }

    static CellReading<Quarter> parse(CellValue cell) {
        if (cell == null || cell.isBlank()) {
            return CellReading.error("import.error.period.missing");
        }
        return switch (cell.kind()) {
            case DATE -> cell.date().getYear() < 1900 || cell.date().getYear() > 9999
                    // An empty date cell a formula points at shows as 0, Excel's 1900-01-00.
                    ? CellReading.error("import.error.period.unreadable")
                    : CellReading.of(Quarter.containing(cell.date().toLocalDate()));
            case TEXT -> parseText(cell.text());
            case NUMBER -> CellReading.error("import.error.period.number");
            case ERROR -> CellReading.error("import.error.formula-error", cell.text());
            case FORMULA_WITHOUT_VALUE -> CellReading.error("import.error.formula-without-value");
            case BOOLEAN -> CellReading.error("import.error.period.unreadable");
        };
    }

    private static CellReading<Quarter> parseText(String raw) {
        String text = Digits.toLatin(raw).replace('\u00A0', ' ').replace('\u202F', ' ').strip()
                .toUpperCase(Locale.ROOT);
        Matcher m = YEAR_FIRST.matcher(text);
        if (m.matches()) {
            return quarter(m.group(1), m.group(2));
        }
        m = QUARTER_FIRST.matcher(text);
        if (m.matches()) {
            return quarter(m.group(2), m.group(1));
        }
        m = ISO_DATE.matcher(text);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = DAY_FIRST_DATE.matcher(text);
        if (m.matches()) {
            return date(m.group(3), m.group(2), m.group(1));
        }
        m = ARABIC.matcher(ImportColumn.normalise(text));
        if (m.matches() && ARABIC_ORDINALS.containsKey(m.group(1))) {
            return quarter(m.group(2), String.valueOf(ARABIC_ORDINALS.get(m.group(1))));
        }
        return CellReading.error("import.error.period.unreadable");
    }

    private static CellReading<Quarter> quarter(String year, String number) {
        int y = Integer.parseInt(year);
        if (y < 1900) {
            return CellReading.error("import.error.period.unreadable");
        }
        return CellReading.of(new Quarter(y, Integer.parseInt(number)));
    }

    private static CellReading<Quarter> date(String year, String month, String day) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            if (date.getYear() < 1900 || date.getYear() > 9999) {
                return CellReading.error("import.error.period.unreadable");
            }
            return CellReading.of(Quarter.containing(date));
        } catch (DateTimeException e) {
            return CellReading.error("import.error.period.bad-date");
        }
    }
}
