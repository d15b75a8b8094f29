package ma.marsad.partner.ui;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import ma.marsad.partner.CommitmentDetails;
import ma.marsad.partner.CommitmentProgress;
import ma.marsad.partner.PartnerService;
import ma.marsad.partner.Relation;

/**
 * One commitment: what is promised, by whom, by when; how it feeds its indicator and where that indicator stands
 * (when the commitment IS it), else its completion and confidence; its last and next review; its source; and,
 * opened on demand, its evidence and history. Managers and administrators see the buttons that change it.
 */
class CommitmentPanel extends Div {

    CommitmentPanel(CommitmentDetails c, LocalDate today, boolean canEdit, PartnerService partners,
                    Consumer<CommitmentDetails> review, Consumer<CommitmentDetails> addEvidence) {
        Locale locale = getLocale();
        PartnerFormats f = new PartnerFormats(locale);
        addClassName("commitment");
        setId("commitment-" + c.code());

        Span pillar = new Span(c.pillar().in(locale));
        pillar.addClassName("commitment-pillar");
        H4 text = new H4(c.text().in(locale));
        add(pillar, text);
        add(line("partners.delivered-by", c.deliveredBy().in(locale)));
        if (c.quantified()) {
            add(new Paragraph(c.deadline() == null
                    ? getTranslation("partners.quantity", f.number(c.quantity()), c.unit().in(locale))
                    : getTranslation("partners.quantity.by", f.number(c.quantity()), c.unit().in(locale),
                            f.date(c.deadline()))));
        } else if (c.deadlineNote() == null) {
            add(new Paragraph(getTranslation("partners.qualitative")));
        }
        if (c.deadlineNote() != null) {
            Paragraph note = new Paragraph(c.deadlineNote().in(locale));
            note.addClassName("commitment-note");
            add(note);
        }
        add(indicatorLine(c, f));
        add(reviewState(c, today, f));

        Paragraph quote = new Paragraph(getTranslation("partners.source", PartnerFormats.isolated(c.sourceQuote()),
                PartnerFormats.isolated(c.sourceFile())));
        quote.addClassName("commitment-source");
        add(quote);

        Details more = new Details(getTranslation("partners.evidence-and-history", c.evidenceCount()));
        more.setId("more-" + c.code());
        more.addClassName("commitment-more");
        more.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                more.removeAll();
                more.add(new EvidenceAndHistory(c, partners));
            }
        });
        add(more);

        if (canEdit) {
            Button reviewButton = new Button(getTranslation("partners.review.open"), e -> review.accept(c));
            reviewButton.setId("review-" + c.code());
            reviewButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button evidenceButton = new Button(getTranslation("partners.evidence.open"), e -> addEvidence.accept(c));
            evidenceButton.setId("add-evidence-" + c.code());
            Div buttons = new Div(reviewButton, evidenceButton);
            buttons.addClassName("commitment-buttons");
            add(buttons);
        }
    }

    private Paragraph indicatorLine(CommitmentDetails c, PartnerFormats f) {
        Paragraph p = new Paragraph();
        p.addClassName("commitment-indicator");
        p.setId("indicator-line-" + c.code());
        if (c.indicatorCode() == null) {
            p.setText(getTranslation("partners.indicator.none"));
        } else if (c.relation() == Relation.CONTRIBUTES) {
            p.setText(getTranslation("partners.indicator.contributes", c.indicatorCode()));
        } else {
            CommitmentProgress progress = c.progress();
            p.add(new Span(getTranslation("partners.indicator.is", c.indicatorCode(), f.number(progress.actual()),
                    f.number(progress.target())) + " "));
            Span status = new Span(getTranslation("status." + progress.status()));
            status.addClassNames("status", "status-" + progress.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            p.add(status);
        }
        return p;
    }

    private Div reviewState(CommitmentDetails c, LocalDate today, PartnerFormats f) {
        Div state = new Div();
        state.addClassName("commitment-review");
        state.setId("review-state-" + c.code());
        if (c.completion() == null) {
            state.add(new Span(getTranslation("partners.not-reviewed")));
        } else {
            Span completion = new Span(getTranslation("partners.completion." + c.completion()));
            completion.addClassNames("completion", "completion-" + css(c.completion().name()));
            completion.setId("completion-" + c.code());
            Span confidence = new Span(getTranslation("partners.confidence." + c.confidence()));
            confidence.addClassNames("confidence", "confidence-" + css(c.confidence().name()));
            confidence.setId("confidence-" + c.code());
            confidence.setTitle(getTranslation("partners.confidence." + c.confidence() + ".definition"));
            state.add(completion, confidence);
            Paragraph last = new Paragraph(getTranslation("partners.last-review", f.date(c.lastReview()),
                    c.reviewedBy(), c.reviewComment()));
            last.addClassName("commitment-note");
            state.add(last);
        }
        if (c.reviewDue(today)) {
            Span due = new Span(c.nextReview() == null ? getTranslation("partners.review-due.never")
                    : getTranslation("partners.review-due.since", f.date(c.nextReview())));
            due.addClassName("review-due");
            state.add(due);
        } else {
            state.add(new Span(getTranslation("partners.next-review", f.date(c.nextReview()))));
        }
        return state;
    }

    private Paragraph line(String key, String value) {
        Paragraph p = new Paragraph(getTranslation(key, value));
        p.addClassName("commitment-note");
        return p;
    }

    private static String css(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
