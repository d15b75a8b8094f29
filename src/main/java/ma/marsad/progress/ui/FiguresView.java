package ma.marsad.progress.ui;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import ma.marsad.base.Morocco;
import ma.marsad.base.security.Role;
import ma.marsad.base.ui.SampleFiguresNotice;
import ma.marsad.progress.EntryService;
import ma.marsad.progress.ProgressService;
import ma.marsad.progress.ReportedFigure;

/** Every stored figure, newest quarter first: what clerks have sent in and where it came from. */
@Route("figures")
@Menu(title = "menu.figures", order = 2)
@RolesAllowed({Role.CLERK_ROLE, Role.MANAGER_ROLE, Role.ADMIN_ROLE})
class FiguresView extends Main implements HasDynamicTitle {

    FiguresView(ProgressService progress, EntryService entries, AuthenticationContext authentication) {
        addClassName("figures");
        List<ReportedFigure> figures = progress.reportedFigures();
        add(new H1(getTranslation("figures.title")));
        if (progress.hasSampleFigures()) {
            add(new SampleFiguresNotice());
        }
        add(new Paragraph(getTranslation("figures.count", figures.size())));

        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        DateTimeFormatter when = Morocco.moments(getLocale());
        // Those who may change figures may restore an earlier value; managers read the history only.
        FigureHistoryPanel panel = new FigureHistoryPanel(entries, authentication.getPrincipalName().orElse("?"),
                authentication.hasAnyRole(Role.CLERK_ROLE, Role.ADMIN_ROLE));
        Grid<ReportedFigure> grid = new Grid<>();
        grid.setId("figures-grid");
        grid.addColumn(ReportedFigure::indicatorCode).setHeader(getTranslation("figures.indicator"))
                .setSortable(true).setAutoWidth(true);
        // Sorted by time, not by name: "T1 2026" comes after "T3 2025".
        grid.addColumn(f -> f.quarter().displayName(getLocale())).setHeader(getTranslation("figures.quarter"))
                .setSortable(true).setComparator(ReportedFigure::quarter).setAutoWidth(true);
        grid.addColumn(f -> f.region().displayName(getLocale())).setHeader(getTranslation("figures.region"))
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(f -> number.format(f.value())).setHeader(getTranslation("figures.value"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(ReportedFigure::comment).setHeader(getTranslation("figures.comment")).setFlexGrow(1);
        grid.addColumn(ReportedFigure::enteredBy).setHeader(getTranslation("figures.entered-by")).setAutoWidth(true);
        grid.addColumn(f -> when.format(f.enteredAt())).setHeader(getTranslation("figures.entered-at"))
                .setAutoWidth(true);
        grid.addColumn(f -> getTranslation("origin." + f.origin())).setHeader(getTranslation("figures.origin"))
                .setAutoWidth(true);
        grid.addComponentColumn(f -> {
            if (f.changes() == 0) {
                return new com.vaadin.flow.component.html.Span();
            }
            // Selecting the row opens the panel; the keyboard moves into it.
            Button history = new Button(getTranslation("figures.history", f.changes()), e -> {
                grid.select(f);
                panel.focus();
            });
            history.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            history.setId("history-" + f.id());
            return history;
        }).setHeader(getTranslation("figures.changes")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(figures);
        grid.setHeight("70vh");
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(f -> panel.show(f.id())));
        panel.addCloseListener(grid::deselectAll);
        panel.addChangeListener(changed -> grid.setItems(progress.reportedFigures()));
        Div workspace = new Div(grid, panel);
        workspace.addClassName("history-workspace");
        add(workspace);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("figures.page-title");
    }
}
