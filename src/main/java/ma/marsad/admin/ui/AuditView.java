package ma.marsad.admin.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import ma.marsad.audit.ChangeKind;
import ma.marsad.audit.HistoryEvent;
import ma.marsad.audit.HistoryFilter;
import ma.marsad.audit.HistoryLog;
import ma.marsad.base.Morocco;
import ma.marsad.base.security.Role;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorService;
import ma.marsad.base.ui.ComponentTexts;

/**
 * Every change, newest first: figures, reviews, targets and accounts, with who, when, before and after,
 * and why. Filters narrow it by person, indicator, kind of change and dates (Morocco time).
 */
@Route("admin/audit")
@Menu(title = "menu.admin.audit", order = 22)
@RolesAllowed(Role.ADMIN_ROLE)
class AuditView extends Main implements HasDynamicTitle {

    /** The most rows shown at once; more would be slow to send and impossible to read. */
    static final int LIMIT = 500;
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final HistoryLog history;
    private final ComboBox<String> author = new ComboBox<>();
    private final ComboBox<IndicatorDetails> indicator = new ComboBox<>();
    private final MultiSelectComboBox<ChangeKind> kinds = new MultiSelectComboBox<>();
    private final DatePicker from = ComponentTexts.translate(new DatePicker());
    private final DatePicker to = ComponentTexts.translate(new DatePicker());
    private final Paragraph count = new Paragraph();
    private final Grid<HistoryEvent> grid = new Grid<>();

    AuditView(HistoryLog history, IndicatorService indicators) {
        this.history = history;
        addClassName("admin-page");
        add(new H1(getTranslation("admin.audit.title")));
        add(new Paragraph(getTranslation("admin.audit.intro")));

        List<IndicatorDetails> all = indicators.findAll();
        Map<Long, String> codes = all.stream().collect(Collectors.toMap(IndicatorDetails::id, IndicatorDetails::code));
        filters(all);

        var when = AdminFormats.dateTime(getLocale());
        grid.setId("audit-grid");
        grid.addColumn(e -> when.format(e.changedAt())).setHeader(getTranslation("admin.audit.when")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(HistoryEvent::changedBy).setHeader(getTranslation("admin.audit.who")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> kindLabel(e.kind())).setHeader(getTranslation("admin.audit.kind")).setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(e -> e.indicatorId() == null ? "" : codes.getOrDefault(e.indicatorId(), "#" + e.indicatorId()))
                .setHeader(getTranslation("admin.audit.indicator")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.quarter() == null ? "" : e.quarter().displayName(getLocale()))
                .setHeader(getTranslation("admin.audit.quarter")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.region() == null ? "" : e.region().displayName(getLocale()))
                .setHeader(getTranslation("admin.audit.region")).setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(e -> e.subject() == null ? "" : e.subject()).setHeader(getTranslation("admin.audit.subject"))
                .setWidth("6.5rem").setFlexGrow(1);
        grid.addColumn(this::beforeAndAfter).setHeader(getTranslation("admin.audit.change")).setWidth("10rem")
                .setFlexGrow(2);
        grid.addColumn(e -> e.reason() == null ? "" : e.reason()).setHeader(getTranslation("admin.audit.reason"))
                .setWidth("10rem").setFlexGrow(3);
        grid.addColumn(this::source).setHeader(getTranslation("admin.audit.source")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("65vh");
        count.setId("audit-count");
        add(count, grid);
        refresh();
    }

    private void filters(List<IndicatorDetails> all) {
        author.setLabel(getTranslation("admin.audit.filter.who"));
        author.setId("audit-user");
        author.setItems(history.authors());
        author.setClearButtonVisible(true);
        author.setPlaceholder(getTranslation("admin.audit.filter.anyone"));
        indicator.setLabel(getTranslation("admin.audit.filter.indicator"));
        indicator.setId("audit-indicator");
        indicator.setItems(all);
        indicator.setItemLabelGenerator(i -> i.code() + " · " + i.name().in(getLocale()));
        indicator.setClearButtonVisible(true);
        indicator.setPlaceholder(getTranslation("admin.audit.filter.any-indicator"));
        kinds.setLabel(getTranslation("admin.audit.filter.kinds"));
        kinds.setId("audit-kinds");
        kinds.setItems(ChangeKind.values());
        kinds.setItemLabelGenerator(this::kindLabel);
        kinds.setClearButtonVisible(true);
        kinds.setPlaceholder(getTranslation("admin.audit.filter.any-kind"));
        from.setLabel(getTranslation("admin.audit.filter.from"));
        from.setId("audit-from");
        from.setClearButtonVisible(true);
        to.setLabel(getTranslation("admin.audit.filter.to"));
        to.setId("audit-to");
        to.setClearButtonVisible(true);
        author.addValueChangeListener(e -> refresh());
        indicator.addValueChangeListener(e -> refresh());
        kinds.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        Div filters = new Div(author, indicator, kinds, from, to);
        filters.addClassName("audit-filters");
        add(filters);
    }

    private void refresh() {
        HistoryFilter filter = new HistoryFilter(Optional.ofNullable(author.getValue()),
                Optional.ofNullable(indicator.getValue()).map(IndicatorDetails::id), kinds.getValue(),
                Optional.ofNullable(from.getValue()).map(d -> d.atStartOfDay(Morocco.ZONE).toInstant()),
                // The end date is included: changes before the next day's midnight, Morocco time.
                Optional.ofNullable(to.getValue()).map(d -> d.plusDays(1).atStartOfDay(Morocco.ZONE).toInstant()));
        List<HistoryEvent> rows = history.find(filter, LIMIT + 1);
        boolean more = rows.size() > LIMIT;
        grid.setItems(more ? rows.subList(0, LIMIT) : rows);
        count.setText(more ? getTranslation("admin.audit.count.limited", LIMIT)
                : getTranslation("admin.audit.count", rows.size()));
        count.getElement().getClassList().set("admin-warning", more);
    }

    private String kindLabel(ChangeKind kind) {
        return getTranslation("admin.audit.kind." + kind.name());
    }

    private String beforeAndAfter(HistoryEvent e) {
        Function<String, String> shown = value(e);
        if (e.before() == null && e.after() == null) {
            return "";
        }
        if (e.before() == null) {
            return shown.apply(e.after());
        }
        return getTranslation("admin.audit.before-after", shown.apply(e.before()),
                e.after() == null ? "—" : shown.apply(e.after()));
    }

    /** Figures and targets as numbers, dates as dates; anything else (SUBMITTED:3, role lists) as written. */
    private Function<String, String> value(HistoryEvent e) {
        if (e.kind().isEntryChange() || e.kind() == ChangeKind.TARGET_CHANGED
                || e.kind() == ChangeKind.INDICATOR_CREATED) {
            NumberFormat number = NumberFormat.getNumberInstance(getLocale());
            return v -> PLAIN_NUMBER.matcher(v).matches() ? number.format(new BigDecimal(v)) : v;
        }
        if (e.kind() == ChangeKind.DEADLINE_CHANGED || "start_date".equals(e.subject())) {
            var date = AdminFormats.date(getLocale());
            return v -> {
                try {
                    return date.format(LocalDate.parse(v));
                } catch (DateTimeParseException notADate) {
                    return v;
                }
            };
        }
        return Function.identity();
    }

    private String source(HistoryEvent e) {
        return e.importId() == null ? getTranslation("source." + e.source().name())
                : getTranslation("history.import", e.importId());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.audit.page-title");
    }
}
