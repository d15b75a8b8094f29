package ma.marsad.dashboard.ui;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import ma.marsad.partner.CommitmentDetails;
import ma.marsad.partner.IndicatorDelivery;

/**
 * On a dashboard card, the partners' commitments that feed its indicator ("Onepoint: 500 engineers by 30 June
 * 2029 — 160 so far"); those that only contribute are said to be counted within the figures, never added.
 */
@StyleSheet("styles/partners.css")
class CardCommitments extends Div {

    private CardCommitments(IndicatorDelivery delivery) {
        Locale locale = getLocale();
        Formats f = new Formats(locale);
        addClassName("card-commitments-block");
        setId("commitments-" + delivery.indicatorCode());
        Paragraph title = new Paragraph(getTranslation("card.commitments"));
        title.addClassName("card-commitments-title");
        UnorderedList list = new UnorderedList();
        list.addClassName("card-commitments");
        delivery.measuredBy().forEach(c -> list.add(new ListItem(getTranslation("card.commitment.is", promise(c, f, locale),
                f.number(delivery.actual())))));
        delivery.contributing().forEach(c -> list.add(new ListItem(getTranslation("card.commitment.contributes",
                promise(c, f, locale)))));
        add(title, list);
    }

    /** "Onepoint: 500 engineers by 30 June 2029", or the promise in words when it has no quantity. */
    private String promise(CommitmentDetails c, Formats f, Locale locale) {
        if (!c.quantified()) {
            return getTranslation("card.commitment.words", c.partnerName(), c.text().in(locale));
        }
        String amount = f.number(c.quantity().doubleValue()) + " " + c.unit().in(locale);
        return c.deadline() == null ? getTranslation("card.commitment.words", c.partnerName(), amount)
                : getTranslation("card.commitment.by", c.partnerName(), amount, f.date(c.deadline()));
    }

    /** The card's source line to the agreements whose commitments the indicator measures. */
    static final class AgreementLinks extends Paragraph {

        AgreementLinks(IndicatorDelivery delivery) {
            Locale locale = getLocale();
            setId("agreement-link-" + delivery.indicatorCode());
            add(getTranslation("card.commitment.agreement") + " ");
            delivery.measuredBy().stream().collect(Collectors.toMap(CommitmentDetails::agreementCode,
                    c -> c.agreementTitle().in(locale), (a, b) -> a, LinkedHashMap::new))
                    .forEach((code, title) -> add(new Anchor("partners?agreement=" + code, title)));
        }
    }

    /** Adds each card's commitments, and its agreement links under its source, for the indicators that have any. */
    static void addTo(HasComponents cards, Map<Long, IndicatorDelivery> deliveries) {
        Map<String, IndicatorDelivery> byCard = deliveries.values().stream()
                .collect(Collectors.toMap(d -> "card-" + d.indicatorCode(), d -> d));
        cards.getElement().getChildren().map(e -> e.getComponent().orElse(null))
                .filter(IndicatorCard.class::isInstance).map(IndicatorCard.class::cast)
                .forEach(card -> card.getId().map(byCard::get).ifPresent(d -> card.showCommitments(
                        new CardCommitments(d), d.measuredBy().isEmpty() ? null : new AgreementLinks(d))));
    }
}
