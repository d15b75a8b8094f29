package ma.marsad.review.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import ma.marsad.progress.ReviewRefusal;
import ma.marsad.review.ApprovedQuarter;

/** An administrator reopens a locked quarter, saying why: the reason goes into the history. */
class ReopenDialog extends Dialog {

    ReopenDialog(ApprovedQuarter quarter, Consumer<String> reopen, Consumer<ApprovedQuarter> done) {
        setId("reopen-dialog");
        setHeaderTitle(getTranslation("approvals.reopen.title", quarter.indicatorCode(), quarter.quarter()));
        Paragraph explanation = new Paragraph(getTranslation("approvals.reopen.explanation"));
        TextArea reason = new TextArea(getTranslation("approvals.reopen.reason"));
        reason.setId("reopen-reason");
        reason.setHelperText(getTranslation("approvals.reopen.helper"));
        reason.setRequired(true);
        reason.setMaxLength(1000);
        reason.setWidthFull();
        add(explanation, reason);

        Button confirm = new Button(getTranslation("approvals.reopen.confirm"), e -> {
            try {
                reopen.accept(reason.getValue());
            } catch (ReviewRefusal refusal) {
                reason.setErrorMessage(getTranslation(refusal.messageKey(), refusal.displayArgs(getLocale())));
                reason.setInvalid(true);
                return;
            }
            close();
            done.accept(quarter);
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("reopen-confirm");
        Button cancel = new Button(getTranslation("approvals.reopen.cancel"), e -> close());
        cancel.setId("reopen-cancel");
        getFooter().add(cancel, confirm);
        setWidth("min(36rem, 95vw)");
    }
}
