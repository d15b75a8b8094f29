package ma.marsad.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import ma.marsad.base.Languages;
import ma.marsad.base.PageLanguage;

/**
 * The header's language switcher. Each language is listed by its own name (Français, العربية, English), so a
 * reader finds theirs whatever the page's language is now.
 */
class LanguageSelect extends Select<Locale> {

    LanguageSelect(PageLanguage pageLanguage) {
        setId("language");
        addClassName("language-select");
        setAriaLabel(getTranslation("language.choose"));
        setTooltipText(getTranslation("language.choose"));
        setItems(Languages.SUPPORTED);
        setItemLabelGenerator(l -> getTranslation("language.name." + Languages.tag(l)));
        // Each name carries its own lang, so that a screen reader pronounces العربية in Arabic on a French page.
        setRenderer(new ComponentRenderer<>(l -> {
            Span name = new Span(getTranslation("language.name." + Languages.tag(l)));
            name.getElement().setAttribute("lang", Languages.tag(l));
            return name;
        }));
        Locale current = getLocale();
        setValue(Languages.SUPPORTED.stream().filter(l -> l.getLanguage().equals(current.getLanguage()))
                .findFirst().orElse(Locale.ENGLISH));
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> pageLanguage.choose(ui, e.getValue()));
            }
        });
    }
}
