package ma.marsad.dashboard.ui;

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
import ma.marsad.base.ui.SampleFiguresNotice;
import ma.marsad.base.security.Role;
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
        add(header);
        if (progress.hasSampleFigures()) {
            add(new SampleFiguresNotice());
        }
        cards.addClassName("cards");
        add(cards);
        show(Optional.empty());
    }

    private void show(Optional<Region> region) {
        List<IndicatorProgress> overview = progress.overview(region);
        cards.removeAll();
        overview.forEach(p -> cards.add(new IndicatorCard(p, charts)));
        overview.stream().findFirst().ifPresent(p -> asOf.setText(getTranslation("dashboard.as-of", p.asOf())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.page-title");
    }
}
