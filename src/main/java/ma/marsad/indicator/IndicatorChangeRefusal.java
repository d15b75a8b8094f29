package ma.marsad.indicator;

import java.util.Arrays;
import java.util.List;

/**
 * An indicator change that was not made, with what the administrator reads: a message key
 * ({@code admin.indicators.refused.<reason>}) and its arguments, and for an invalid form the problem of each
 * field.
 */
public class IndicatorChangeRefusal extends RuntimeException {

    public enum Reason {
        /** Some fields are wrong: see {@link #problems()}. */
        INVALID,
        /** Someone changed the indicator after the administrator read it; args: who, when (an Instant). */
        CHANGED_BY_OTHER,
        /** As above, when the history does not say who. */
        CHANGED_SINCE_READ,
        NOT_FOUND,
        /** The form holds what is stored already. */
        NO_CHANGE
    }

    private final Reason reason;
    private final transient Object[] args;
    private final transient List<FieldProblem> problems;

    public IndicatorChangeRefusal(Reason reason, Object... args) {
        this(reason, List.of(), args);
    }

    IndicatorChangeRefusal(List<FieldProblem> problems) {
        this(Reason.INVALID, problems);
    }

    private IndicatorChangeRefusal(Reason reason, List<FieldProblem> problems, Object... args) {
        super(reason + " " + Arrays.toString(args) + (problems.isEmpty() ? "" : " " + problems));
        this.reason = reason;
        this.args = args.clone();
        this.problems = List.copyOf(problems);
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return "admin.indicators.refused." + reason.name();
    }

    public Object[] args() {
        return args.clone();
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
