package ma.marsad.progress;

import ma.marsad.base.Messages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.base.TypedText;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.progress.LockedQuarter;
import ma.marsad.progress.NewFigure;

/**
 * The rules one figure must pass, wherever it comes from: a row of an import, the data entry form, a
 * correction, a restored value. The quarter has started, lies within the indicator's dates (from its start
 * to its deadline) and is not approved and locked; the value is read as the import reads a text cell
 * ("12 500", "12,500", Arabic-Indic digits), is not negative and is whole for counts; the comment is not
 * too long. The services that store figures ask {@link #problems} and refuse with {@link FigureRefusal};
 * the import and the form use the same methods and keys, so a broken rule reads the same on every path.
 * Holds the current quarter, the locked quarters and the language of the messages as they were when it
 * was made ({@link FigureRules#check}).
 */
public final class FigureCheck {

    static final int MAX_COMMENT_LENGTH = ReviewRefusal.MAX_COMMENT_LENGTH;

    /** Where a problem is: the form field, or the import column. */
    public enum Field {
        INDICATOR, QUARTER, REGION, VALUE, COMMENT
    }

    /** One thing wrong with one field, in the user's language. */
    public record FieldError(Field field, String message) {
    }

    /** One thing wrong with one field, as a bundle key and its arguments: any language can read it. */
    public record Problem(Field field, String key, Object[] args) {
    }

    /**
     * What the check made of a typed figure: the figure, ready for {@code EntryService.create}, or the
     * errors, at most one per field.
     */
    public record Result(NewFigure figure, List<FieldError> errors) {

        public Result {
            errors = List.copyOf(errors);
        }

        public boolean ok() {
            return errors.isEmpty();
        }

        /** The error of one field, if it has one. */
        public java.util.Optional<String> error(Field field) {
            return errors.stream().filter(e -> e.field() == field).map(FieldError::message).findFirst();
        }
    }

    private record Key(long indicatorId, Quarter quarter) {
    }

    private final Quarter currentQuarter;
    private final Set<Key> locked;
    private final Messages messages;

    public FigureCheck(Quarter currentQuarter, Collection<LockedQuarter> locked, Messages messages) {
        this.currentQuarter = currentQuarter;
        this.locked = locked.stream().map(l -> new Key(l.indicatorId(), l.quarter())).collect(Collectors.toSet());
        this.messages = messages;
    }

    /** The latest quarter a figure may be given for: the one in progress. */
    public Quarter currentQuarter() {
        return currentQuarter;
    }

    /**
     * Checks a figure typed in a form.
     *
     * @param indicator null when none was chosen
     * @param quarter   null when none was chosen
     * @param region    null for National
     * @param value     the value as typed
     * @param comment   the comment as typed, or null
     */
    public Result check(IndicatorDetails indicator, Quarter quarter, Region region, String value, String comment) {
        List<FieldError> errors = new ArrayList<>();
        if (indicator == null) {
            errors.add(error(Field.INDICATOR, CellReading.error("import.error.indicator.missing")));
        }
        CellReading<Quarter> period = quarter == null ? CellReading.error("entry.error.quarter-missing")
                : quarter(indicator, quarter);
        if (!period.ok()) {
            errors.add(error(Field.QUARTER, period));
        }
        return checkValueAndComment(indicator, quarter, region, value, comment, errors);
    }

    /**
     * Checks a new value and comment for a stored figure: its indicator, quarter and region stay as they are,
     * and whether its quarter is locked is the saving service's to say (with who locked it).
     */
    public Result checkCorrection(IndicatorDetails indicator, Quarter quarter, Region region, String value,
                                  String comment) {
        return checkValueAndComment(indicator, quarter, region, value, comment, new ArrayList<>());
    }

    private Result checkValueAndComment(IndicatorDetails indicator, Quarter quarter, Region region, String value,
                                        String comment, List<FieldError> errors) {
        CellReading<BigDecimal> amount = value(indicator, CellValue.text(value == null ? "" : value));
        if (!amount.ok()) {
            errors.add(error(Field.VALUE, amount));
        }
        CellReading<String> note = comment(comment);
        if (!note.ok()) {
            errors.add(error(Field.COMMENT, note));
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        return new Result(new NewFigure(indicator.id(), quarter, region == null ? Region.NATIONAL : region,
                amount.value(), note.value()), List.of());
    }

    /**
     * The problems of a figure whose value is already a number, as a service about to store it sees it.
     *
     * @param newFigure true for a figure that does not exist yet: its quarter is checked (started, within the
     *                  indicator's dates, not locked); a stored figure's quarter was checked when it was
     *                  stored, and whether it is locked now is the saving service's to say, with who locked it
     */
    public List<Problem> problems(IndicatorDetails indicator, Quarter quarter, BigDecimal amount, String comment,
                                  boolean newFigure) {
        List<Problem> problems = new ArrayList<>();
        if (newFigure) {
            add(problems, Field.QUARTER, quarter(indicator, quarter));
        }
        add(problems, Field.VALUE, amount == null ? CellReading.error("import.error.value.missing")
                : ValueParser.check(amount, indicator == null || indicator.wholeNumbers()));
        add(problems, Field.COMMENT, comment(comment));
        return problems;
    }

    private static void add(List<Problem> problems, Field field, CellReading<?> reading) {
        if (!reading.ok()) {
            problems.add(new Problem(field, reading.errorKey(), reading.errorArgs()));
        }
    }

    /** A quarter that has started, within the indicator's start and deadline (when known), and not locked. */
    public CellReading<Quarter> quarter(IndicatorDetails indicator, Quarter quarter) {
        if (quarter.isAfter(currentQuarter)) {
            return CellReading.error("import.error.period.future", quarter, currentQuarter);
        }
        if (indicator == null) {
            return CellReading.of(quarter);
        }
        Quarter start = Quarter.containing(indicator.startDate());
        if (quarter.isBefore(start)) {
            return CellReading.error("import.error.period.before-start", quarter, indicator.code(), start);
        }
        Quarter end = Quarter.containing(indicator.deadline());
        if (quarter.isAfter(end)) {
            return CellReading.error("import.error.period.after-deadline", quarter, indicator.code(), end);
        }
        if (locked.contains(new Key(indicator.id(), quarter))) {
            return CellReading.error("import.error.locked", indicator.code(), quarter);
        }
        return CellReading.of(quarter);
    }

    /** The value of a cell or of a form's text, by the import's rules; whole for counts (and when unknown). */
    public CellReading<BigDecimal> value(IndicatorDetails indicator, CellValue cell) {
        return ValueParser.parse(cell, indicator == null || indicator.wholeNumbers());
    }

    /**
     * The comment stripped of direction overrides and invisible characters ({@link TypedText}), null when
     * blank, refused when too long.
     */
    public CellReading<String> comment(String text) {
        String cleaned = TypedText.clean(text);
        String comment = cleaned == null || cleaned.isBlank() ? null : cleaned.strip();
        if (comment != null && comment.length() > MAX_COMMENT_LENGTH) {
            return CellReading.error("import.error.comment.too-long", MAX_COMMENT_LENGTH, comment.length());
        }
        return CellReading.of(comment);
    }

    /** The message of a failed reading, in the check's language. */
    public String message(CellReading<?> reading) {
        return messages.text(reading.errorKey(), reading.errorArgs());
    }

    private FieldError error(Field field, CellReading<?> reading) {
        return new FieldError(field, message(reading));
    }
}
