package ma.marsad.progress.ui;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import ma.marsad.base.Morocco;
import ma.marsad.progress.EntryDetails;

/**
 * "N figures were returned to you", above everything else when a manager sent figures back: each with the
 * manager's comment and a button that opens its correction.
 */
class ReturnedFigures extends Section {

    private final Consumer<EntryDetails> correct;
    private final H2 heading = new H2();
    private final UnorderedList list = new UnorderedList();

    ReturnedFigures(Consumer<EntryDetails> correct) {
        this.correct = correct;
        setId("returned-figures");
        addClassName("returned-figures");
        heading.setId("returned-heading");
        getElement().setAttribute("aria-labelledby", "returned-heading");
        add(heading, list);
        setVisible(false);
    }

    void show(List<EntryDetails> returned) {
        list.removeAll();
        setVisible(!returned.isEmpty());
        heading.setText(getTranslation("entry.returned", returned.size()));
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        DateTimeFormatter when = Morocco.moments(getLocale());
        for (EntryDetails f : returned) {
            Span text = new Span(getTranslation("entry.returned.item", f.indicatorCode(), f.quarter(),
                    f.region().displayName(getLocale()), number.format(f.amount()), f.reviewedBy(),
                    f.reviewedAt() == null ? "" : when.format(f.reviewedAt()),
                    f.reviewComment() == null ? "" : f.reviewComment()));
            text.addClassName("returned-text");
            Button open = new Button(getTranslation("entry.correct"), e -> correct.accept(f));
            open.setId("returned-correct-" + f.id());
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            list.add(new ListItem(text, open));
        }
    }
}
