package ma.marsad.dashboard.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import ma.marsad.base.Region;
import ma.marsad.base.security.Role;
import ma.marsad.base.ui.SampleFiguresNotice;
import ma.marsad.chart.ChartService;
import ma.marsad.progress.IndicatorProgress;
import ma.marsad.progress.ProgressService;

/** The landing page: one card per target with where it stands, and its chart. */
@Route("")
@Menu(title = "menu.dashboard", order = 1)
@RolesAllowed({Role.MANAGER_ROLE, Role.OFFICIAL_ROLE, Role.CLERK_ROLE, Role.ADMIN_ROLE})
class DashboardView extends Main implements HasDynamicTitle {

    private final ProgressService progress;
    private final ChartService charts;
    private final Div cards = new Div();
    private final Paragraph asOf = new Paragraph();
    private final SampleFiguresNotice sampleNotice = new SampleFiguresNotice();

    DashboardView(ProgressService progress, ChartService charts) {
        this.progress = progress;
        this.charts = charts;
        addClassName("dashboard");

        H1 title = new H1(getTranslation("dashboard.title"));
        asOf.addClassName("as-of");
        ComboBox<Region> region = new ComboBox<>(getTranslation("dashboard.region"));
        region.setId("region-filter");
        region.setItems(Region.values());
        region.setItemLabelGenerator(r -> r.displayName(getLocale()));
        region.setPlaceholder(getTranslation("dashboard.region.all"));
        region.setClearButtonVisible(true);
        region.setHelperText(getTranslation("dashboard.region.helper"));
        region.addValueChangeListener(e -> show(Optional.ofNullable(e.getValue())));

        Div header = new Div(new Div(title, asOf), region);
        header.addClassName("dashboard-header");
        cards.addClassName("cards");
        add(header, sampleNotice, cards);
        show(Optional.empty());
    }

    private void show(Optional<Region> region) {
        List<IndicatorProgress> overview = progress.overview(region);
        cards.removeAll();
        overview.forEach(p -> cards.add(new IndicatorCard(p, charts)));
        // The last closed quarter: an indicator whose next quarter is already in speaks of a later one.
        overview.stream().map(IndicatorProgress::asOf).min(Comparator.naturalOrder())
                .ifPresent(q -> asOf.setText(getTranslation("dashboard.as-of", q)));
        sampleNotice.setVisible(overview.stream().anyMatch(IndicatorProgress::includesSampleFigures));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.page-title");
    }
}
