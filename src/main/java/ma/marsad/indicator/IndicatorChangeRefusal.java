package ma.marsad.indicator;

import java.util.List;

import ma.marsad.base.Refusal;

/**
 * An indicator change that was not made, with what the administrator reads: a message key
 * ({@code admin.indicators.refused.<reason>}) and its arguments, and for an invalid form the problem of each
 * field.
 */
public class IndicatorChangeRefusal extends Refusal {

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
    private final transient List<FieldProblem> problems;

    public IndicatorChangeRefusal(Reason reason, Object... args) {
        this(reason, List.of(), args);
    }

    IndicatorChangeRefusal(List<FieldProblem> problems) {
        this(Reason.INVALID, problems);
    }

    private IndicatorChangeRefusal(Reason reason, List<FieldProblem> problems, Object... args) {
        super("admin.indicators.refused.", reason, problems.isEmpty() ? "" : " " + problems, args);
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    public Reason reason() {
        return reason;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
