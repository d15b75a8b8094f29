package ma.marsad.partner.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import ma.marsad.base.security.Role;
import ma.marsad.partner.AgreementDetails;
import ma.marsad.partner.CommitmentDetails;
import ma.marsad.partner.CommitmentService;
import ma.marsad.partner.Confidence;
import ma.marsad.partner.Ministry;
import ma.marsad.partner.PartnerDetails;
import ma.marsad.partner.PartnerProperties;
import ma.marsad.partner.PartnerService;

/**
 * The register of partners: each partner's agreements and each commitment with its progress, evidence and review,
 * filtered by ministry, pillar and status; the reviews that are due; what each confidence level means. Everyone
 * reads it; managers and administrators record reviews and add evidence. ?agreement=CODE shows one agreement
 * (the dashboard's cards link there).
 */
@Route("partners")
@Menu(title = "menu.partners", order = 4.5)
@RolesAllowed({Role.MANAGER_ROLE, Role.OFFICIAL_ROLE, Role.CLERK_ROLE, Role.ADMIN_ROLE})
@StyleSheet("styles/partners.css")
class PartnersView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final PartnerService partners;
    private final CommitmentService commitments;
    private final long maxEvidenceBytes;
    private final String user;
    private final boolean canEdit;
    private final ComboBox<Ministry> ministry = new ComboBox<>();
    private final ComboBox<String> pillar = new ComboBox<>();
    private final ComboBox<StatusFilter> status = new ComboBox<>();
    private final Div due = new Div();
    private final Div content = new Div();
    private final Div onlyOne = new Div();
    private String agreementCode;

    PartnersView(PartnerService partners, CommitmentService commitments, PartnerProperties properties,
                 AuthenticationContext authentication) {
        this.partners = partners;
        this.commitments = commitments;
        this.maxEvidenceBytes = properties.maxEvidenceSize().toBytes();
        this.user = authentication.getPrincipalName().orElse("?");
        this.canEdit = authentication.hasAnyRole(Role.MANAGER_ROLE, Role.ADMIN_ROLE);
        addClassName("partners");
        Locale locale = getLocale();

        add(new H1(getTranslation("partners.title")));
        add(new Paragraph(getTranslation(canEdit ? "partners.intro.edit" : "partners.intro.read")));

        ministry.setLabel(getTranslation("partners.filter.ministry"));
        ministry.setItems(Ministry.values());
        ministry.setItemLabelGenerator(m -> getTranslation("ministry." + m.name()));
        ministry.setId("filter-ministry");
        pillar.setLabel(getTranslation("partners.filter.pillar"));
        pillar.setItems(partners.commitments().stream().map(c -> c.pillar().in(locale)).distinct().toList());
        pillar.setId("filter-pillar");
        status.setLabel(getTranslation("partners.filter.status"));
        status.setItems(StatusFilter.values());
        status.setItemLabelGenerator(s -> getTranslation("partners.filter.status." + s));
        status.setId("filter-status");
        for (ComboBox<?> box : List.of(ministry, pillar, status)) {
            box.setClearButtonVisible(true);
            box.setPlaceholder(getTranslation("partners.filter.all"));
            box.addValueChangeListener(e -> show());
        }
        Div filters = new Div(ministry, pillar, status);
        filters.addClassName("partners-filters");
        add(filters, confidenceDefinitions());

        onlyOne.addClassName("partners-one");
        onlyOne.setVisible(false);
        due.setId("reviews-due");
        due.addClassName("reviews-due");
        due.getElement().setAttribute("role", "region");
        due.getElement().setAttribute("aria-label", getTranslation("partners.due.title"));
        content.addClassName("partners-list");
        add(onlyOne, due, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        agreementCode = event.getLocation().getQueryParameters().getSingleParameter("agreement").orElse(null);
        show();
    }

    private void show() {
        Locale locale = getLocale();
        LocalDate today = partners.today();
        List<PartnerDetails> all = partners.partners();
        content.removeAll();
        onlyOne.removeAll();
        onlyOne.setVisible(agreementCode != null);
        if (agreementCode != null) {
            Button showAll = new Button(getTranslation("partners.show-all"), e -> {
                agreementCode = null;
                getUI().ifPresent(ui -> ui.navigate(PartnersView.class));
            });
            showAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            showAll.setId("show-all-agreements");
            onlyOne.add(new Paragraph(getTranslation("partners.one-agreement")), showAll);
        }
        showDue(all, today, locale);
        int shown = 0;
        for (PartnerDetails p : all) {
            List<AgreementPanel> agreements = p.agreements().stream()
                    .filter(a -> agreementCode == null || a.code().equals(agreementCode))
                    .filter(a -> ministry.getValue() == null || a.ministries().contains(ministry.getValue()))
                    .map(a -> agreement(a, today, locale))
                    .flatMap(Optional::stream).toList();
            if (agreements.isEmpty()) {
                continue;
            }
            shown++;
            Div section = new Div();
            section.addClassName("partner");
            section.setId("partner-" + p.code());
            section.add(new H2(p.name()));
            section.add(new Paragraph(getTranslation("partners.partner.meta",
                    getTranslation("partners.partner.kind." + p.kind()),
                    p.country() == null ? getTranslation("partners.not-stated") : Locale.of("", p.country()).getDisplayCountry(locale),
                    p.website() == null ? getTranslation("partners.not-stated") : p.website())));
            section.add(new Paragraph(p.description().in(locale)));
            agreements.forEach(section::add);
            content.add(section);
        }
        if (shown == 0) {
            Paragraph none = new Paragraph(getTranslation("partners.none-match"));
            none.setId("partners-none");
            content.add(none);
        }
    }

    /** The agreement with the commitments that pass the filters; none when no commitment does. */
    private Optional<AgreementPanel> agreement(AgreementDetails a, LocalDate today, Locale locale) {
        List<CommitmentPanel> shown = a.commitments().stream()
                .filter(c -> pillar.getValue() == null || Objects.equals(c.pillar().in(locale), pillar.getValue()))
                .filter(c -> status.getValue() == null || status.getValue().matches(c, today))
                .map(c -> new CommitmentPanel(c, today, canEdit, partners, this::openReview, this::openEvidence))
                .toList();
        return shown.isEmpty() ? Optional.empty() : Optional.of(new AgreementPanel(a, shown));
    }

    private void showDue(List<PartnerDetails> all, LocalDate today, Locale locale) {
        List<CommitmentDetails> overdue = all.stream().flatMap(p -> p.agreements().stream())
                .flatMap(a -> a.commitments().stream()).filter(c -> c.reviewDue(today)).toList();
        due.removeAll();
        Details details = new Details(getTranslation("partners.due.title") + " (" + overdue.size() + ")");
        details.setId("reviews-due-details");
        UnorderedList list = new UnorderedList();
        PartnerFormats f = new PartnerFormats(locale);
        overdue.forEach(c -> list.add(new ListItem(getTranslation("partners.due.item", c.partnerName(),
                c.text().in(locale), c.nextReview() == null ? getTranslation("partners.review-due.never")
                        : getTranslation("partners.review-due.since", f.date(c.nextReview()))))));
        details.add(overdue.isEmpty() ? new Paragraph(getTranslation("partners.due.none")) : list);
        due.add(details);
    }

    private Details confidenceDefinitions() {
        UnorderedList list = new UnorderedList();
        for (Confidence c : Confidence.values()) {
            list.add(new ListItem(getTranslation("partners.confidence." + c) + " — "
                    + getTranslation("partners.confidence." + c + ".definition")));
        }
        Details details = new Details(getTranslation("partners.confidence.definitions"), list);
        details.setId("confidence-definitions");
        return details;
    }

    private void openReview(CommitmentDetails c) {
        new ReviewDialog(c, commitments, user, this::show).open();
    }

    private void openEvidence(CommitmentDetails c) {
        new EvidenceDialog(c, partners, commitments, maxEvidenceBytes, user, this::show).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partners.page-title");
    }
}
