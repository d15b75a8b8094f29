package ma.marsad.progress;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import ma.marsad.base.Messages;
import ma.marsad.base.ReportingCalendar;

/**
 * Where every path that stores figures gets the one {@link FigureCheck}: as things stand now (the quarter in
 * progress, the locked quarters), with its messages in the reader's language.
 */
@Service
public class FigureRules {

    private final ReportingCalendar calendar;
    private final QuarterLocks locks;
    private final MessageSource messages;

    FigureRules(ReportingCalendar calendar, QuarterLocks locks, MessageSource messages) {
        this.calendar = calendar;
        this.locks = locks;
        this.messages = messages;
    }

    /** The check as of now, writing in {@code locale}. */
    public FigureCheck check(Locale locale) {
        return new FigureCheck(calendar.currentQuarter(), locks.all(), Messages.of(messages, locale));
    }
}
