package ma.marsad.review.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

import ma.marsad.base.Morocco;
import ma.marsad.progress.EntryDetails;
import ma.marsad.progress.EntryStatus;
import ma.marsad.review.Decision;
import ma.marsad.review.QuarterForReview;

/**
 * One indicator's quarter waiting for a manager: its figures by region, how they compare with the previous
 * quarter and with the path to the target, and the manager's decision.
 */
class ReviewPanel extends Div {

    /** What the view does with a decision: the panel, the decision and the comment typed. */
    interface DecisionHandler {
        void decide(ReviewPanel panel, Decision decision, String comment);
    }

    private final QuarterForReview review;
    private final TextArea comment = new TextArea();
    private final Div refusal = new Div();

    ReviewPanel(QuarterForReview review, boolean mayDecide, DecisionHandler handler, Runnable reload) {
        this.review = review;
        Locale locale = getLocale();
        String id = review.indicator().code() + "-" + review.quarter();
        setId("review-" + id);
        addClassName("review-panel");
        getElement().setAttribute("role", "region");
        String heading = getTranslation("approvals.heading", review.indicator().name().in(locale),
                review.indicator().code(), review.quarter());
        getElement().setAttribute("aria-label", heading);

        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(2);
        Span counts = new Span(getTranslation("approvals.counts", review.submitted(), review.returned()));
        counts.addClassName("review-counts");
        add(new H2(heading), counts, figures(number, locale), comparison(number, locale));

        if (mayDecide) {
            comment.setLabel(getTranslation("approvals.comment"));
            comment.setHelperText(getTranslation("approvals.comment.helper"));
            comment.setId("comment-" + id);
            comment.setMaxLength(1000);
            comment.addClassName("review-comment");
            Button approve = new Button(getTranslation("approvals.approve"),
                    e -> handler.decide(this, Decision.APPROVE, comment.getValue()));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            approve.setId("approve-" + id);
            Button sendBack = new Button(getTranslation("approvals.return"),
                    e -> handler.decide(this, Decision.RETURN, comment.getValue()));
            sendBack.setId("return-" + id);
            // Only submitted figures can go back; returned ones are with the clerks already.
            sendBack.setEnabled(review.submitted() > 0);
            Div actions = new Div(approve, sendBack);
            actions.addClassName("review-actions");
            add(comment, actions);
        }
        refusal.setId("refusal-" + id);
        refusal.addClassName("review-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        Button reloadButton = new Button(getTranslation("approvals.reload"), e -> reload.run());
        reloadButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        reloadButton.setId("reload-" + id);
        refusal.add(new Span(), reloadButton);
        add(refusal);
    }

    QuarterForReview review() {
        return review;
    }

    /** Shows why the decision was refused, next to the buttons; the comment stays as typed. */
    void showRefusal(String message, boolean commentMissing) {
        ((Span) refusal.getComponentAt(0)).setText(message);
        refusal.setVisible(true);
        comment.setInvalid(commentMissing);
        if (commentMissing) {
            comment.setErrorMessage(message);
        }
    }

    private Grid<EntryDetails> figures(NumberFormat number, Locale locale) {
        DateTimeFormatter when = Morocco.moments(locale);
        Grid<EntryDetails> grid = new Grid<>();
        grid.setId("figures-" + review.indicator().code() + "-" + review.quarter());
        grid.addColumn(f -> f.region().displayName(locale)).setHeader(getTranslation("approvals.col.region"))
                .setAutoWidth(true);
        grid.addColumn(f -> number.format(f.amount())).setHeader(getTranslation("approvals.col.value"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(EntryDetails::enteredBy).setHeader(getTranslation("approvals.col.entered-by")).setAutoWidth(true);
        grid.addColumn(f -> when.format(f.enteredAt())).setHeader(getTranslation("approvals.col.entered-at"))
                .setAutoWidth(true);
        grid.addColumn(f -> getTranslation("approvals.status." + f.status()))
                .setHeader(getTranslation("approvals.col.status")).setAutoWidth(true);
        grid.addColumn(this::comments).setHeader(getTranslation("approvals.col.comment")).setFlexGrow(1);
        grid.setItems(review.figures());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    /** The clerk's comment, and the manager's word when the figure was returned. */
    private String comments(EntryDetails f) {
        String clerk = f.comment() == null ? "" : f.comment();
        if (f.status() != EntryStatus.RETURNED || f.reviewComment() == null) {
            return clerk;
        }
        String returned = getTranslation("approvals.returned-because", f.reviewComment());
        return clerk.isEmpty() ? returned : clerk + " · " + returned;
    }

    private Div comparison(NumberFormat number, Locale locale) {
        NumberFormat signed = signed(locale);
        Paragraph total = new Paragraph(getTranslation("approvals.total", review.quarter(),
                number.format(review.total())));
        total.setId("total-" + review.indicator().code() + "-" + review.quarter());
        BigDecimal change = review.change();
        Paragraph previous = new Paragraph(change == null
                ? getTranslation("approvals.previous.none", review.previousQuarter())
                : getTranslation("approvals.previous", review.previousQuarter(), number.format(review.previousTotal()),
                        signed.format(change)));
        previous.setId("previous-" + review.indicator().code() + "-" + review.quarter());
        Paragraph path = new Paragraph(getTranslation("approvals.path", review.quarter(),
                number.format(review.toDate()), number.format(review.expected()), signed.format(review.gap())));
        path.setId("path-" + review.indicator().code() + "-" + review.quarter());
        path.addClassName(review.gap() < 0 ? "review-behind" : "review-ahead");
        Div comparison = new Div(total, previous, path);
        comparison.addClassName("review-comparison");
        return comparison;
    }

    /** +2, −1.5: a change says its direction in its sign, not in colour only. */
    private static NumberFormat signed(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        if (format instanceof DecimalFormat decimal) {
            decimal.setPositivePrefix("+");
        }
        return format;
    }
}
