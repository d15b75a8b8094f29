package ma.marsad.base;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter such as 2025-Q3, the period every progress figure is reported for.
 * Its text form {@code 2025-Q3} is canonical and sorts in time order.
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern CANONICAL = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 9999;

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A quarter is numbered 1 to 4, not " + number);
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("Year out of range: " + year);
        }
    }

    /** Parses the canonical form {@code 2025-Q3}; empty for anything else, a year before 1900 included. */
    public static Optional<Quarter> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = CANONICAL.matcher(text.strip());
        if (!m.matches() || Integer.parseInt(m.group(1)) < FIRST_YEAR) {
            return Optional.empty();
        }
        return Optional.of(new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }

    public static Quarter of(String canonical) {
        return parse(canonical).orElseThrow(
                () -> new IllegalArgumentException("Not a quarter like 2025-Q3: " + canonical));
    }

    /** The quarter a date falls in. */
    public static Quarter containing(LocalDate date) {
        return new Quarter(date.getYear(), date.get(IsoFields.QUARTER_OF_YEAR));
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    /** Quarters from this one to {@code other}: 0 for the same quarter, negative if other is earlier. */
    public int quartersUntil(Quarter other) {
        return (other.year - year) * 4 + (other.number - number);
    }

    public boolean isAfter(Quarter other) {
        return compareTo(other) > 0;
    }

    public boolean isBefore(Quarter other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Quarter o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(number, o.number);
    }

    /** This quarter as a reader of the locale's language writes it: T3 2025, Q3 2025, الربع الثالث 2025. */
    public String displayName(java.util.Locale locale) {
        return QuarterNames.of(this, locale);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
