package ma.marsad.progress.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;

import ma.marsad.base.Refusal;
import ma.marsad.progress.FigureCheck;
import ma.marsad.progress.ReviewRefusal;

/** What a user reads when a change is refused: the bundle's message, times in Morocco's time and the user's format. */
public final class RefusalText {

    private RefusalText() {
    }

    public static String of(Component view, Locale locale, ReviewRefusal refusal) {
        return view.getTranslation(refusal.messageKey(), refusal.displayArgs(locale));
    }

    /** A figure rule's problem as the import and the form word it, in the page's language. */
    public static String of(Component view, Locale locale, FigureCheck.Problem problem) {
        return view.getTranslation(problem.key(), Refusal.displayArgs(problem.args(), locale));
    }
}
