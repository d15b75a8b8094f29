package ma.marsad.progress.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;

import ma.marsad.progress.ReviewRefusal;

/** What a user reads when a change is refused: the bundle's message, times in Morocco's time and the user's format. */
public final class RefusalText {

    private RefusalText() {
    }

    public static String of(Component view, Locale locale, ReviewRefusal refusal) {
        return view.getTranslation(refusal.messageKey(), refusal.displayArgs(locale));
    }
}
