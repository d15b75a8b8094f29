package ma.marsad.excelimport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.progress.LockedQuarter;
import ma.marsad.progress.NewFigure;

/**
 * The rules one figure must pass, wherever it comes from: a row of an import ({@link FigureValidator})
 * or the data entry form. The quarter has started, is not before the indicator's start and is not
 * approved and locked; the value is read as the import reads a text cell ("12 500", "12,500",
 * Arabic-Indic digits) and is whole for counts; the comment is not too long. Holds the current quarter,
 * the locked quarters and the language of the messages as they were when it was made.
 */
public final class FigureCheck {

    static final int MAX_COMMENT_LENGTH = 1000;

    /** Where a problem is: the form field, or the import column. */
    public enum Field {
        INDICATOR, QUARTER, REGION, VALUE, COMMENT
    }

    /** One thing wrong with one field, in the user's language. */
    public record FieldError(Field field, String message) {
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

    FigureCheck(Quarter currentQuarter, Collection<LockedQuarter> locked, Messages messages) {
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

    /** A quarter that has started, not before the indicator's start (when known), and not locked. */
    CellReading<Quarter> quarter(IndicatorDetails indicator, Quarter quarter) {
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
        if (locked.contains(new Key(indicator.id(), quarter))) {
            return CellReading.error("import.error.locked", indicator.code(), quarter);
        }
        return CellReading.of(quarter);
    }

    /** The value of a cell or of a form's text, by the import's rules; whole for counts (and when unknown). */
    CellReading<BigDecimal> value(IndicatorDetails indicator, CellValue cell) {
        return ValueParser.parse(cell, indicator == null || indicator.wholeNumbers());
    }

    /** The comment stripped, null when blank, refused when too long. */
    CellReading<String> comment(String text) {
        String comment = text == null || text.isBlank() ? null : text.strip();
        if (comment != null && comment.length() > MAX_COMMENT_LENGTH) {
            return CellReading.error("import.error.comment.too-long", MAX_COMMENT_LENGTH, comment.length());
        }
        return CellReading.of(comment);
    }

    /** The message of a failed reading, in the check's language. */
    String message(CellReading<?> reading) {
        return messages.text(reading.errorKey(), reading.errorArgs());
    }

    private FieldError error(Field field, CellReading<?> reading) {
        return new FieldError(field, message(reading));
    }
}
