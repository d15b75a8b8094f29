package ma.marsad.base;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/**
 * The one place that says which quarter it is, in Morocco's time, from the injected clock: the quarter in
 * progress (the latest a figure may be given for) and the last closed one (the one figures are due for).
 */
@Component
public class ReportingCalendar {

    private final Clock clock;

    public ReportingCalendar(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The quarter in progress today. */
    public Quarter currentQuarter() {
        return Quarter.containing(today());
    }

    /** The last quarter that has ended. */
    public Quarter lastClosedQuarter() {
        return currentQuarter().previous();
    }
}
