package ma.marsad.progress.ui;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.progress.FigureCheck;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.progress.EntryDetails;
import ma.marsad.progress.NewFigure;
import ma.marsad.progress.FigureRefusal;
import ma.marsad.progress.ReviewRefusal;
import ma.marsad.progress.ui.RefusalText;

/**
 * A new figure typed by hand: indicator, quarter (from the indicator's start to the current quarter),
 * region, value and comment, checked by the same rules as an imported row, each problem shown next to its
 * field.
 */
class NewFigureForm extends Section {

    /** What the form needs from the view. */
    interface Actions {
        FigureCheck check();

        EntryDetails create(NewFigure figure);

        void saved(EntryDetails figure);

        /** The figure exists already: show it so the clerk can correct it. */
        void exists(NewFigure figure);
    }

    private final ComboBox<IndicatorDetails> indicator = new ComboBox<>();
    private final ComboBox<Quarter> quarter = new ComboBox<>();
    private final ComboBox<Region> region = new ComboBox<>();
    private final TextField value = new TextField();
    private final TextArea comment = new TextArea();
    private final Div problem = new Div();
    private final Map<FigureCheck.Field, HasValidation> fields = Map.of(FigureCheck.Field.INDICATOR, indicator,
            FigureCheck.Field.QUARTER, quarter, FigureCheck.Field.REGION, region, FigureCheck.Field.VALUE, value,
            FigureCheck.Field.COMMENT, comment);
    private final Quarter current;

    NewFigureForm(List<IndicatorDetails> indicators, Quarter current, Actions actions) {
        this.current = current;
        addClassName("entry-form");
        H2 heading = new H2(getTranslation("entry.new"));
        heading.setId("entry-new-heading");
        getElement().setAttribute("aria-labelledby", "entry-new-heading");

        indicator.setId("entry-indicator");
        indicator.setLabel(getTranslation("figures.indicator"));
        indicator.setItems(indicators);
        indicator.setItemLabelGenerator(i -> i.code() + " — " + i.name().in(getLocale()));
        indicator.addValueChangeListener(e -> indicatorChosen(e.getValue()));

        quarter.setId("entry-quarter");
        quarter.setLabel(getTranslation("figures.quarter"));
        quarter.setItemLabelGenerator(q -> q.displayName(getLocale()));
        quarter.setItems(quarters(indicators.stream().map(i -> Quarter.containing(i.startDate()))
                .min(Quarter::compareTo).orElse(current), current));
        quarter.setValue(defaultQuarter(current));

        region.setId("entry-region");
        region.setLabel(getTranslation("figures.region"));
        region.setItems(Stream.concat(Stream.of(Region.NATIONAL),
                Arrays.stream(Region.values()).filter(r -> !r.isNational())).toList());
        region.setItemLabelGenerator(r -> r.displayName(getLocale()));
        region.setValue(Region.NATIONAL);

        value.setId("entry-value");
        value.setLabel(getTranslation("figures.value"));
        comment.setId("entry-comment");
        comment.setLabel(getTranslation("figures.comment"));
        fields.values().forEach(f -> f.setManualValidation(true));
        indicator.addValueChangeListener(e -> indicator.setInvalid(false));
        quarter.addValueChangeListener(e -> quarter.setInvalid(false));
        region.addValueChangeListener(e -> region.setInvalid(false));
        value.addValueChangeListener(e -> value.setInvalid(false));
        comment.addValueChangeListener(e -> comment.setInvalid(false));

        Div row = new Div(indicator, quarter, region, value, comment);
        row.addClassName("entry-form-fields");
        Button save = new Button(getTranslation("entry.save"), e -> save(actions));
        save.setId("entry-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        problem.setId("entry-problem");
        problem.addClassName("entry-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        Div buttons = new Div(save);
        buttons.addClassName("entry-buttons");
        add(heading, row, problem, buttons);
    }

    /** Quarters from {@code first} to {@code last}, newest first. */
    static List<Quarter> quarters(Quarter first, Quarter last) {
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter q = last; !q.isBefore(first); q = q.previous()) {
            quarters.add(q);
        }
        return quarters;
    }

    /** Figures are usually sent once a quarter has ended: the last one ended, or the current one. */
    static Quarter defaultQuarter(Quarter current) {
        return current.previous();
    }

    private void indicatorChosen(IndicatorDetails chosen) {
        if (chosen == null) {
            value.setHelperText(null);
            return;
        }
        Quarter start = Quarter.containing(chosen.startDate());
        Quarter before = quarter.getValue();
        List<Quarter> allowed = quarters(start, current);
        quarter.setItems(allowed);
        Quarter preferred = defaultQuarter(current);
        quarter.setValue(before != null && allowed.contains(before) ? before
                : allowed.contains(preferred) ? preferred : allowed.getFirst());
        value.setHelperText(getTranslation(chosen.wholeNumbers() ? "entry.value.whole" : "entry.value.decimal",
                chosen.unit().in(getLocale())));
    }

    private void save(Actions actions) {
        problem.setVisible(false);
        fields.values().forEach(f -> f.setInvalid(false));
        FigureCheck.Result checked = actions.check().check(indicator.getValue(), quarter.getValue(),
                region.getValue(), value.getValue(), comment.getValue());
        checked.errors().forEach(e -> invalid(fields.get(e.field()), e.message()));
        if (!checked.ok()) {
            return;
        }
        NewFigure figure = checked.figure();
        try {
            EntryDetails saved = actions.create(figure);
            Notification done = Notification.show(getTranslation("entry.saved", saved.indicatorCode(),
                    saved.quarter(), saved.region().displayName(getLocale()),
                    NumberFormat.getNumberInstance(getLocale()).format(saved.amount())));
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            value.clear();
            comment.clear();
            actions.saved(saved);
        } catch (FigureRefusal refusal) {
            // The server's own check: the rules may have changed since the form checked (a quarter locked).
            refusal.problems().forEach(p -> invalid(fields.get(p.field()), RefusalText.of(this, getLocale(), p)));
        } catch (ReviewRefusal refusal) {
            String text = RefusalText.of(this, getLocale(), refusal);
            if (refusal.reason() == ReviewRefusal.Reason.LOCKED) {
                invalid(quarter, text);
            } else {
                problem.removeAll();
                problem.add(new Span(text));
                problem.setVisible(true);
                if (refusal.reason() == ReviewRefusal.Reason.ALREADY_EXISTS) {
                    actions.exists(figure);
                }
            }
        }
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
