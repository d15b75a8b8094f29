package ma.marsad.admin.ui;

import java.text.NumberFormat;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import ma.marsad.base.security.Role;
import ma.marsad.indicator.EditableIndicator;
import ma.marsad.indicator.IndicatorAdminService;
import ma.marsad.indicator.IndicatorDetails;

/**
 * The targets: names in three languages, units, owner, target, dates and milestones. Edits are kept in
 * the history with their reason; an indicator without an English or Arabic name is flagged.
 */
@Route("admin/indicators")
@Menu(title = "menu.admin.indicators", order = 21)
@RolesAllowed(Role.ADMIN_ROLE)
class IndicatorsView extends Main implements HasDynamicTitle {

    private final IndicatorAdminService indicators;
    private final String admin;
    private final Grid<EditableIndicator> grid = new Grid<>();
    private final Paragraph missing = new Paragraph();

    IndicatorsView(IndicatorAdminService indicators, AuthenticationContext authentication) {
        this.indicators = indicators;
        this.admin = authentication.getPrincipalName().orElse("?");
        addClassName("admin-page");
        add(new H1(getTranslation("admin.indicators.title")));
        add(new Paragraph(getTranslation("admin.indicators.intro")));

        Button create = new Button(getTranslation("admin.indicators.new"),
                e -> IndicatorDialog.create(indicators, admin, this::saved).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-indicator");
        Div toolbar = new Div(create);
        toolbar.addClassName("admin-toolbar");
        missing.setId("missing-names");
        missing.addClassName("admin-warning");
        add(toolbar, missing);

        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        var date = AdminFormats.date(getLocale());
        grid.setId("indicators-grid");
        grid.addColumn(i -> i.details().code()).setHeader(getTranslation("admin.indicators.code"))
                .setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(this::name).setHeader(getTranslation("admin.indicators.name")).setWidth("18rem")
                .setFlexGrow(1);
        grid.addColumn(i -> number.format(i.details().target()) + " " + i.details().unit().in(getLocale()))
                .setHeader(getTranslation("admin.indicators.target")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(i -> date.format(i.details().startDate())).setHeader(getTranslation("admin.indicators.start"))
                .setAutoWidth(true);
        grid.addColumn(i -> date.format(i.details().deadline()))
                .setHeader(getTranslation("admin.indicators.deadline")).setAutoWidth(true);
        grid.addColumn(i -> i.details().milestones().size())
                .setHeader(getTranslation("admin.indicators.milestones")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addComponentColumn(i -> {
            Button edit = new Button(getTranslation("admin.indicators.edit"),
                    e -> open(IndicatorDialog.edit(indicators, i, admin, this::saved)));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.setId("edit-" + i.details().code());
            return edit;
        }).setHeader(getTranslation("admin.indicators.actions")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    /** However the dialog ends, the list shows the indicators as stored: after a refusal that is the reload. */
    private void open(IndicatorDialog dialog) {
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                refresh();
            }
        });
        dialog.open();
    }

    private void refresh() {
        var all = indicators.list();
        grid.setItems(all);
        long lacking = all.stream().filter(EditableIndicator::lacksATranslation).count();
        missing.setText(getTranslation("admin.indicators.missing-names", lacking));
        missing.setVisible(lacking > 0);
    }

    private Div name(EditableIndicator indicator) {
        IndicatorDetails d = indicator.details();
        Div cell = new Div(new Span(d.name().in(getLocale())));
        cell.addClassName("indicator-name-cell");
        for (EditableIndicator.MissingTranslation m : indicator.missingTranslations()) {
            cell.add(flag("admin.indicators.missing." + m.field() + "." + m.language(),
                    d.code() + "-missing-" + m.field() + "-" + m.language()));
        }
        return cell;
    }

    private Span flag(String key, String id) {
        Span flag = new Span(getTranslation(key));
        flag.addClassName("missing-name");
        flag.setId(id);
        return flag;
    }

    private void saved(String messageKey, EditableIndicator indicator) {
        refresh();
        Notification done = Notification.show(getTranslation(messageKey, indicator.details().code()), 4000,
                Notification.Position.BOTTOM_START);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.indicators.page-title");
    }
}
