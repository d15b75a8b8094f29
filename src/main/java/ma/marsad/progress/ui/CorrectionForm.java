package ma.marsad.progress.ui;

import java.text.NumberFormat;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import ma.marsad.progress.FigureCheck;
import ma.marsad.progress.EntryDetails;
import ma.marsad.progress.EntryStatus;
import ma.marsad.progress.FigureRefusal;
import ma.marsad.progress.ReviewRefusal;
import ma.marsad.progress.ui.RefusalText;

/**
 * A stored figure's correction, opened under its row: the new value and comment, checked by the import's
 * rules, and the reason the history keeps. Refusals (a locked quarter, someone else's change since the
 * row was read) are shown here, with a way to reload a stale row.
 */
class CorrectionForm extends Div {

    /** What the form needs from the view: the rules, the saving, and what to do after. */
    interface Actions {
        FigureCheck.Result check(EntryDetails figure, String value, String comment);

        EntryDetails correct(EntryDetails figure, java.math.BigDecimal amount, String comment, String reason);

        void saved(EntryDetails figure);

        void cancelled(EntryDetails figure);

        void reload(EntryDetails figure);
    }

    private final TextField value = new TextField();
    private final TextArea comment = new TextArea();
    private final TextField reason = new TextField();
    private final Div problem = new Div();

    CorrectionForm(EntryDetails figure, Actions actions) {
        addClassName("correction-form");
        if (figure.status() == EntryStatus.RETURNED && figure.reviewComment() != null) {
            Span returned = new Span(getTranslation("entry.returned-comment", figure.reviewedBy(),
                    figure.reviewComment()));
            returned.addClassName("entry-review-comment");
            add(returned);
        }
        value.setLabel(getTranslation("entry.value"));
        value.setId("correction-value");
        value.setValue(figure.amount().stripTrailingZeros().toPlainString());
        comment.setLabel(getTranslation("entry.comment"));
        comment.setId("correction-comment");
        comment.setValue(figure.comment() == null ? "" : figure.comment());
        reason.setLabel(getTranslation("entry.correction.reason"));
        reason.setHelperText(getTranslation("entry.correction.reason-helper"));
        reason.setId("correction-reason");
        reason.setRequiredIndicatorVisible(true);
        for (HasValidation field : new HasValidation[] {value, comment, reason}) {
            field.setManualValidation(true);
        }
        value.addValueChangeListener(e -> value.setInvalid(false));
        comment.addValueChangeListener(e -> comment.setInvalid(false));
        reason.addValueChangeListener(e -> reason.setInvalid(false));

        Div fields = new Div(value, comment, reason);
        fields.addClassName("correction-fields");
        Button save = new Button(getTranslation("entry.correction.save"), e -> save(figure, actions));
        save.setId("correction-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("entry.cancel"), e -> actions.cancelled(figure));
        cancel.setId("correction-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div buttons = new Div(save, cancel);
        buttons.addClassName("entry-buttons");
        problem.setId("correction-problem");
        problem.addClassName("entry-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(fields, problem, buttons);
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        value.focus();
    }

    private void save(EntryDetails figure, Actions actions) {
        problem.setVisible(false);
        FigureCheck.Result checked = actions.check(figure, value.getValue(), comment.getValue());
        checked.error(FigureCheck.Field.VALUE).ifPresent(message -> invalid(value, message));
        checked.error(FigureCheck.Field.COMMENT).ifPresent(message -> invalid(comment, message));
        if (!checked.ok()) {
            return;
        }
        try {
            EntryDetails saved = actions.correct(figure, checked.figure().amount(), checked.figure().comment(),
                    reason.getValue());
            Notification done = Notification.show(getTranslation("entry.corrected", saved.indicatorCode(),
                    saved.quarter(), saved.region().displayName(getLocale()),
                    NumberFormat.getNumberInstance(getLocale()).format(saved.amount())));
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            actions.saved(saved);
        } catch (FigureRefusal refusal) {
            refusal.problems().forEach(p -> invalid(p.field() == FigureCheck.Field.COMMENT ? comment : value,
                    RefusalText.of(this, getLocale(), p)));
        } catch (ReviewRefusal refusal) {
            String text = RefusalText.of(this, getLocale(), refusal);
            switch (refusal.reason()) {
                case REASON_REQUIRED -> invalid(reason, text);
                case CHANGED_BY_OTHER -> showProblem(text, () -> actions.reload(figure));
                default -> showProblem(text, null);
            }
        }
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void showProblem(String text, Runnable reload) {
        problem.removeAll();
        problem.add(new Span(text));
        if (reload != null) {
            Button button = new Button(getTranslation("entry.reload"), e -> reload.run());
            button.setId("correction-reload");
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            problem.add(button);
        }
        problem.setVisible(true);
    }
}
