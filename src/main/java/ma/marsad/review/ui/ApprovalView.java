package ma.marsad.review.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import ma.marsad.base.Morocco;
import ma.marsad.base.security.Role;
import ma.marsad.progress.ReviewRefusal;
import ma.marsad.review.ApprovalService;
import ma.marsad.review.ApprovedQuarter;
import ma.marsad.review.Decision;
import ma.marsad.review.QuarterForReview;

/**
 * The managers' review: every indicator's quarter with figures waiting, each weighed against the previous
 * quarter and the path to its target, to approve (the quarter locks) or return to the clerks with a
 * comment; and the locked quarters, which an administrator may reopen with a reason.
 */
@Route("approvals")
@Menu(title = "menu.approvals", order = 5)
@RolesAllowed({Role.MANAGER_ROLE, Role.ADMIN_ROLE})
class ApprovalView extends Main implements HasDynamicTitle {

    private final ApprovalService approvals;
    private final String user;
    private final boolean manager;
    private final boolean admin;
    private final Div waiting = new Div();
    private final Grid<ApprovedQuarter> locked = new Grid<>();
    private final Tab waitingTab = new Tab();
    private final Tab lockedTab = new Tab();
    private final TabSheet tabs = new TabSheet();

    ApprovalView(ApprovalService approvals, AuthenticationContext authentication) {
        this.approvals = approvals;
        this.user = authentication.getPrincipalName().orElse("?");
        this.manager = authentication.hasRole(Role.MANAGER_ROLE);
        this.admin = authentication.hasRole(Role.ADMIN_ROLE);
        addClassName("approvals");
        add(new H1(getTranslation("approvals.title")));
        add(new Paragraph(getTranslation("approvals.intro")));
        if (!manager) {
            Paragraph note = new Paragraph(getTranslation("approvals.manager-only"));
            note.setId("approvals-manager-only");
            note.addClassName("approvals-note");
            add(note);
        }

        waiting.setId("approvals-waiting");
        waiting.addClassName("review-list");
        configureLocked();
        Div lockedContent = new Div();
        if (!admin) {
            Paragraph note = new Paragraph(getTranslation("approvals.reopen.admin-only"));
            note.addClassName("approvals-note");
            lockedContent.add(note);
        }
        lockedContent.add(locked);
        waitingTab.setId("tab-waiting");
        lockedTab.setId("tab-locked");
        tabs.add(waitingTab, waiting);
        tabs.add(lockedTab, lockedContent);
        tabs.setId("approvals-tabs");
        tabs.setWidthFull();
        // Vaadin's tab strip puts a focusable scroll box (tabindex=-1) between the tab list and its tabs, so
        // assistive technology does not see the tabs as the list's own (axe: aria-required-children). Arrow
        // keys move between the tabs and scroll the box; it never needs the focus itself.
        tabs.getElement().executeJs("customElements.whenDefined('vaadin-tabs').then(() => {"
                + " const strip = this.querySelector('vaadin-tabs'); return strip.updateComplete.then(() =>"
                + " strip.shadowRoot.querySelector('[part=tabs]').removeAttribute('tabindex')); })");
        add(tabs);
        refresh();
    }

    private void refresh() {
        List<QuarterForReview> pending = approvals.waiting();
        waiting.removeAll();
        if (pending.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("approvals.none"));
            none.setId("approvals-none");
            waiting.add(none);
        }
        pending.forEach(review -> waiting.add(new ReviewPanel(review, manager, this::decide, this::refresh)));
        waitingTab.setLabel(getTranslation("approvals.tab.waiting", pending.size()));
        List<ApprovedQuarter> all = approvals.locked();
        locked.setItems(all);
        lockedTab.setLabel(getTranslation("approvals.tab.locked", all.size()));
    }

    private void decide(ReviewPanel panel, Decision decision, String comment) {
        QuarterForReview review = panel.review();
        try {
            approvals.decide(review.indicator().code(), review.quarter(), decision, comment, user,
                    review.seenVersions());
        } catch (ReviewRefusal refusal) {
            String message = getTranslation(refusal.messageKey(), refusal.displayArgs(getLocale()));
            panel.showRefusal(message, refusal.reason() == ReviewRefusal.Reason.REASON_REQUIRED);
            Notification.show(message, 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        String done = getTranslation(decision == Decision.APPROVE ? "approvals.approved" : "approvals.returned",
                review.indicator().code(), review.quarter());
        Notification.show(done, 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    private void configureLocked() {
        DateTimeFormatter when = Morocco.moments(getLocale());
        locked.setId("locked-quarters");
        locked.addColumn(ApprovedQuarter::indicatorCode).setHeader(getTranslation("approvals.locked.indicator"))
                .setAutoWidth(true).setSortable(true);
        locked.addColumn(q -> q.indicatorName().in(getLocale())).setHeader(getTranslation("approvals.locked.name"))
                .setFlexGrow(1);
        locked.addColumn(q -> q.quarter().displayName(getLocale())).setHeader(getTranslation("approvals.locked.quarter"))
                .setAutoWidth(true).setSortable(true).setComparator(ApprovedQuarter::quarter);
        locked.addColumn(ApprovedQuarter::lockedBy).setHeader(getTranslation("approvals.locked.by")).setAutoWidth(true);
        locked.addColumn(q -> when.format(q.lockedAt())).setHeader(getTranslation("approvals.locked.at"))
                .setAutoWidth(true);
        if (admin) {
            locked.addComponentColumn(q -> {
                Button reopen = new Button(getTranslation("approvals.reopen"), e -> new ReopenDialog(q,
                        reason -> approvals.reopen(q.indicatorId(), q.quarter(), reason, user), this::reopened).open());
                reopen.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                reopen.setId("reopen-" + q.indicatorCode() + "-" + q.quarter());
                return reopen;
            }).setHeader(getTranslation("approvals.locked.actions")).setAutoWidth(true);
        }
        locked.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        locked.setHeight("60vh");
    }

    private void reopened(ApprovedQuarter quarter) {
        Notification.show(getTranslation("approvals.reopened", quarter.indicatorCode(), quarter.quarter()), 5000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("approvals.page-title");
    }
}
