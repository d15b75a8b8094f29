package ma.marsad.partner.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

import ma.marsad.partner.AgreementDetails;

/** An agreement's header: its title and kind, when and where it was signed and by whom, and its source sentence. */
class AgreementPanel extends Div {

    AgreementPanel(AgreementDetails a, List<? extends com.vaadin.flow.component.Component> commitments) {
        Locale locale = getLocale();
        PartnerFormats f = new PartnerFormats(locale);
        addClassName("agreement");
        setId("agreement-" + a.code());
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", a.title().in(locale));

        add(new H3(a.title().in(locale)));
        String signed = a.signedOn() != null ? f.date(a.signedOn()) : getTranslation("partners.not-stated");
        String place = a.place() != null ? a.place() : getTranslation("partners.not-stated");
        add(note(getTranslation("partners.agreement.meta", getTranslation("partners.agreement.kind." + a.kind()),
                signed, place)));
        if (a.signedNote() != null) {
            add(note(a.signedNote().in(locale)));
        }
        String ministries = a.ministries().stream().map(m -> getTranslation("ministry." + m.name()))
                .collect(Collectors.joining(" ; "));
        add(note(getTranslation("partners.agreement.signatories", ministries,
                a.otherSignatories() == null ? "" : a.otherSignatories())));
        add(note(a.validUntil() != null ? getTranslation("partners.agreement.valid-until", f.date(a.validUntil()))
                : a.validityNote() != null ? a.validityNote().in(locale) : getTranslation("partners.not-stated")));
        Paragraph quote = new Paragraph(getTranslation("partners.source", PartnerFormats.isolated(a.sourceQuote()),
                PartnerFormats.isolated(a.sourceFile())));
        quote.addClassName("commitment-source");
        quote.setId("agreement-source-" + a.code());
        add(quote);

        Div list = new Div();
        list.addClassName("commitments");
        commitments.forEach(list::add);
        if (commitments.isEmpty()) {
            list.add(new Paragraph(getTranslation("partners.none-match")));
        }
        add(list);
    }

    private Paragraph note(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("commitment-note");
        return p;
    }
}
