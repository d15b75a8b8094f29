package ma.marsad.dashboard.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import ma.marsad.base.Region;
import ma.marsad.base.security.Role;
import ma.marsad.base.ui.SampleFiguresNotice;
import ma.marsad.chart.ChartService;
import ma.marsad.dashboard.DashboardService;
import ma.marsad.dashboard.TargetChange;
import ma.marsad.dashboard.OverdueIndicator;
import ma.marsad.forecast.ForecastService;
import ma.marsad.forecast.ForecastService.Outlook;
import ma.marsad.progress.IndicatorProgress;
import ma.marsad.partner.PartnerService;

/**
 * The landing page: one card per target with where it stands, and its chart; approved figures only unless
 * the reader switches on the others; and the indicators whose figures for the last closed quarter are late.
 */
@Route("")
@Menu(title = "menu.dashboard", order = 1)
@RolesAllowed({Role.MANAGER_ROLE, Role.OFFICIAL_ROLE, Role.CLERK_ROLE, Role.ADMIN_ROLE})
class DashboardView extends Main implements HasDynamicTitle {

    private final ForecastService forecasts;
    private final ChartService charts;
    private final DashboardService dashboard;
    private final PartnerService partners;
    private final Div cards = new Div();
    private final ComboBox<Region> region = new ComboBox<>();
    private final Checkbox includeUnapproved = new Checkbox();
    private final Paragraph asOf = new Paragraph();
    private final SampleFiguresNotice sampleNotice = new SampleFiguresNotice();

    DashboardView(ForecastService forecasts, ChartService charts, DashboardService dashboard,
                  PartnerService partners) {
        this.forecasts = forecasts;
        this.partners = partners;
        this.charts = charts;
        this.dashboard = dashboard;
        addClassName("dashboard");

        H1 title = new H1(getTranslation("dashboard.title"));
        asOf.addClassName("as-of");
        region.setLabel(getTranslation("dashboard.region"));
        region.setId("region-filter");
        region.setItems(Region.values());
        region.setItemLabelGenerator(r -> r.displayName(getLocale()));
        region.setPlaceholder(getTranslation("dashboard.region.all"));
        region.setClearButtonVisible(true);
        region.setHelperText(getTranslation("dashboard.region.helper"));
        region.addValueChangeListener(e -> show());
        includeUnapproved.setLabel(getTranslation("dashboard.include-unapproved"));
        includeUnapproved.setHelperText(getTranslation("dashboard.include-unapproved.helper"));
        includeUnapproved.setId("include-unapproved");
        includeUnapproved.addValueChangeListener(e -> show());

        Div filters = new Div(region, includeUnapproved);
        filters.addClassName("dashboard-filters");
        Div header = new Div(new Div(title, asOf), filters);
        header.addClassName("dashboard-header");
        cards.addClassName("cards");
        add(header, sampleNotice);
        overdue().ifPresent(this::add);
        add(cards);
        show();
    }

    private void show() {
        List<Outlook> outlooks = forecasts.overview(Optional.ofNullable(region.getValue()),
                includeUnapproved.getValue());
        List<IndicatorProgress> overview = outlooks.stream().map(Outlook::progress).toList();
        cards.removeAll();
        Map<Long, TargetChange> targetChanges = dashboard.targetChanges();
        outlooks.forEach(o -> cards.add(new IndicatorCard(o, charts,
                Optional.ofNullable(targetChanges.get(o.progress().indicator().id())))));
        CardCommitments.addTo(cards, partners.deliveries());
        // The last closed quarter: an indicator whose next quarter is already in speaks of a later one.
        overview.stream().map(IndicatorProgress::asOf).min(Comparator.naturalOrder())
                .ifPresent(q -> asOf.setText(getTranslation("dashboard.as-of", q)));
        sampleNotice.setVisible(overview.stream().anyMatch(IndicatorProgress::includesSampleFigures));
    }

    /** The indicators with no figure for the last closed quarter, and who owes them; nothing when none is late. */
    private Optional<Div> overdue() {
        List<OverdueIndicator> late = dashboard.overdue();
        if (late.isEmpty()) {
            return Optional.empty();
        }
        H2 heading = new H2(getTranslation("overdue.title", dashboard.lastClosedQuarter()));
        UnorderedList list = new UnorderedList();
        late.forEach(o -> {
            ListItem item = new ListItem(getTranslation("overdue.item", o.indicator().name().in(getLocale()),
                    o.indicator().code(), o.indicator().owner().in(getLocale())));
            item.setId("overdue-" + o.indicator().code());
            list.add(item);
        });
        Div panel = new Div(heading, list);
        panel.setId("overdue");
        panel.addClassName("overdue-panel");
        panel.getElement().setAttribute("role", "region");
        panel.getElement().setAttribute("aria-label", heading.getText());
        return Optional.of(panel);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.page-title");
    }
}
