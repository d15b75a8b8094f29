package ma.marsad.base;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Direction;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Tells the browser the page's language and direction: {@code lang} for screen readers and hyphenation,
 * right to left for Arabic (Lumo's components mirror themselves).
 */
@Component
class PageLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI()));
    }

    static void apply(UI ui) {
        String language = ui.getLocale().getLanguage();
        ui.setDirection("ar".equals(language) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getPage().executeJs("document.documentElement.lang = $0", language.isEmpty() ? "en" : language);
    }
}
