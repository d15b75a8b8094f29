package ma.marsad.progress.ui;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import ma.marsad.base.Quarter;
import ma.marsad.base.security.Role;
import ma.marsad.progress.FigureCheck;
import ma.marsad.progress.FigureRules;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorService;
import ma.marsad.progress.EntryDetails;
import ma.marsad.progress.EntryService;
import ma.marsad.progress.EntryStatus;
import ma.marsad.progress.NewFigure;
import ma.marsad.progress.ui.FigureHistoryPanel;

/**
 * The clerks' data entry: type a figure, see the figures of a quarter with their review status, correct
 * one under its row (with a reason), read a figure's history beside the grid and restore an earlier value.
 * Figures a manager returned are listed first, with the manager's comment.
 */
@Route("entry")
@Menu(title = "menu.entry", order = 2.5)
@RolesAllowed({Role.CLERK_ROLE, Role.ADMIN_ROLE})
class DataEntryView extends Main implements HasDynamicTitle {

    private final EntryService entries;
    private final FigureRules rules;
    private final String user;
    private final Map<Long, IndicatorDetails> indicators;
    private final ReturnedFigures returned;
    private final ComboBox<Quarter> shownQuarter = new ComboBox<>();
    private final ComboBox<IndicatorDetails> shownIndicator = new ComboBox<>();
    private final EntryGrid grid;
    private final FigureHistoryPanel history;
    private boolean settingFilters;

    DataEntryView(EntryService entries, FigureRules rules, IndicatorService indicatorService,
                  AuthenticationContext authentication) {
        this.entries = entries;
        this.rules = rules;
        this.user = authentication.getPrincipalName().orElse("?");
        List<IndicatorDetails> all = indicatorService.findAll();
        this.indicators = all.stream().collect(Collectors.toMap(IndicatorDetails::id, Function.identity()));
        addClassName("entry");
        add(new H1(getTranslation("entry.title")));
        add(new Paragraph(getTranslation("entry.intro")));

        returned = new ReturnedFigures(this::openCorrection);
        add(returned);

        Quarter current = rules.check(getLocale()).currentQuarter();
        add(new NewFigureForm(all, current, new NewFigureForm.Actions() {
            @Override
            public FigureCheck check() {
                return rules.check(getLocale());
            }

            @Override
            public EntryDetails create(NewFigure figure) {
                return entries.create(figure, user);
            }

            @Override
            public void saved(EntryDetails figure) {
                showQuarter(figure.quarter(), figure.indicatorId());
            }

            @Override
            public void exists(NewFigure figure) {
                showQuarter(figure.quarter(), figure.indicatorId());
            }
        }));

        H2 heading = new H2(getTranslation("entry.figures"));
        shownQuarter.setId("shown-quarter");
        shownQuarter.setLabel(getTranslation("figures.quarter"));
        shownQuarter.setItems(NewFigureForm.quarters(all.stream().map(i -> Quarter.containing(i.startDate()))
                .min(Comparator.naturalOrder()).orElse(current), current));
        shownQuarter.setItemLabelGenerator(q -> q.displayName(getLocale()));
        shownQuarter.setValue(NewFigureForm.defaultQuarter(current));
        shownIndicator.setId("shown-indicator");
        shownIndicator.setLabel(getTranslation("figures.indicator"));
        shownIndicator.setPlaceholder(getTranslation("entry.all-indicators"));
        shownIndicator.setClearButtonVisible(true);
        shownIndicator.setItems(all);
        shownIndicator.setItemLabelGenerator(i -> i.code() + " — " + i.name().in(getLocale()));
        Div filters = new Div(shownQuarter, shownIndicator);
        filters.addClassName("entry-filters");

        history = new FigureHistoryPanel(entries, user, true);
        grid = new EntryGrid(getLocale(), corrections(), this::openHistory);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(f -> history.show(f.id())));
        history.addCloseListener(grid::deselectAll);
        history.addChangeListener(changed -> refresh());
        Div workspace = new Div(grid, history);
        workspace.addClassName("history-workspace");
        add(heading, filters, workspace);

        shownQuarter.addValueChangeListener(e -> refreshUnlessSettingFilters());
        shownIndicator.addValueChangeListener(e -> refreshUnlessSettingFilters());
        refresh();
    }

    private CorrectionForm.Actions corrections() {
        return new CorrectionForm.Actions() {
            @Override
            public FigureCheck.Result check(EntryDetails figure, String value, String comment) {
                return rules.check(getLocale()).checkCorrection(indicators.get(figure.indicatorId()),
                        figure.quarter(), figure.region(), value, comment);
            }

            @Override
            public EntryDetails correct(EntryDetails figure, BigDecimal amount, String comment, String reason) {
                return entries.correct(figure.id(), figure.version(), amount, comment, reason, user);
            }

            @Override
            public void saved(EntryDetails figure) {
                grid.closeCorrection();
                refresh();
            }

            @Override
            public void cancelled(EntryDetails figure) {
                grid.closeCorrection();
            }

            @Override
            public void reload(EntryDetails figure) {
                grid.closeCorrection();
                refresh();
                grid.openCorrection(figure.id());
            }
        };
    }

    /** The History button selects its row: the selection opens the panel, the keyboard moves into it. */
    private void openHistory(long id) {
        grid.find(id).ifPresent(grid::select);
        history.focus();
    }

    /** Shows the quarter (and indicator) of a figure, then opens its correction under its row. */
    private void openCorrection(EntryDetails figure) {
        showQuarter(figure.quarter(), figure.indicatorId());
        grid.openCorrection(figure.id());
    }

    /** Shows the figures of this quarter and indicator, where the one just saved (or refused) is. */
    private void showQuarter(Quarter quarter, long indicatorId) {
        settingFilters = true;
        try {
            shownQuarter.setValue(quarter);
            shownIndicator.setValue(indicators.get(indicatorId));
        } finally {
            settingFilters = false;
        }
        refresh();
    }

    /** Both filters change at once: one refresh, not one a filter. */
    private void refreshUnlessSettingFilters() {
        if (!settingFilters) {
            refresh();
        }
    }

    /** Reads the figures afresh: the grid, the returned ones, and the history panel if open. */
    private void refresh() {
        Quarter quarter = Optional.ofNullable(shownQuarter.getValue()).orElse(NewFigureForm.defaultQuarter(
                rules.check(getLocale()).currentQuarter()));
        grid.show(entries.find(Optional.ofNullable(shownIndicator.getValue()).map(IndicatorDetails::id), quarter,
                quarter, Optional.empty()));
        returned.show(entries.find(Optional.empty(), Quarter.of("1900-Q1"), Quarter.of("9999-Q4"), Optional.empty())
                .stream().filter(f -> f.status() == EntryStatus.RETURNED).toList());
        history.shown().ifPresent(f -> history.show(f.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("entry.page-title");
    }
}
