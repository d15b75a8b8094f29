package ma.marsad.partner.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;

import ma.marsad.base.Refusal;
import ma.marsad.partner.CommitmentDetails;
import ma.marsad.partner.CommitmentService;
import ma.marsad.partner.Completion;
import ma.marsad.partner.Confidence;
import ma.marsad.partner.PartnerRefusal;

/** A manager's review of one commitment: completion, confidence (each level with its definition) and a comment. */
class ReviewDialog extends Dialog {

    private final RadioButtonGroup<Completion> completion = new RadioButtonGroup<>();
    private final RadioButtonGroup<Confidence> confidence = new RadioButtonGroup<>();
    private final TextArea comment = new TextArea();

    ReviewDialog(CommitmentDetails c, CommitmentService commitments, String user, Runnable saved) {
        Locale locale = getLocale();
        setHeaderTitle(getTranslation("partners.review.title"));
        add(new Paragraph(c.partnerName() + " — " + c.text().in(locale)));

        completion.setLabel(getTranslation("partners.completion"));
        completion.setItems(Completion.values());
        completion.setItemLabelGenerator(v -> getTranslation("partners.completion." + v));
        completion.setId("review-completion");
        completion.setValue(c.completion());
        completion.setRequiredIndicatorVisible(true);

        confidence.setLabel(getTranslation("partners.confidence"));
        confidence.setItems(Confidence.values());
        confidence.setItemLabelGenerator(v -> getTranslation("partners.confidence." + v) + " — "
                + getTranslation("partners.confidence." + v + ".definition"));
        confidence.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        confidence.setId("review-confidence");
        confidence.setValue(c.confidence());
        confidence.setRequiredIndicatorVisible(true);

        comment.setLabel(getTranslation("partners.review.comment"));
        comment.setHelperText(getTranslation("partners.review.comment.helper"));
        comment.setRequired(true);
        comment.setMaxLength(1000);
        comment.setWidthFull();
        comment.setId("review-comment");
        add(completion, confidence, comment);

        Button save = new Button(getTranslation("partners.save"), e -> {
            try {
                commitments.review(c.id(), completion.getValue(), confidence.getValue(), comment.getValue(), user);
                close();
                saved.run();
            } catch (PartnerRefusal refusal) {
                comment.setInvalid(true);
                comment.setErrorMessage(getTranslation(refusal.messageKey(), Refusal.displayArgs(refusal.args(), locale)));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("review-save");
        getFooter().add(new Button(getTranslation("partners.cancel"), e -> close()), save);
        setWidth("min(44rem, 100vw)");
    }
}
