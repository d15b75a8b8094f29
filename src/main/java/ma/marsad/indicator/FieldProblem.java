package ma.marsad.indicator;

import java.util.Arrays;

/** What is wrong with one field of an indicator form: the field, and the message key and arguments to show. */
public record FieldProblem(IndicatorField field, String messageKey, Object... args) {

    public FieldProblem {
        args = args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldProblem p && p.field == field && p.messageKey.equals(messageKey)
                && Arrays.equals(p.args, args);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * field.hashCode() + messageKey.hashCode()) + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return field + ": " + messageKey + " " + Arrays.toString(args);
    }
}
