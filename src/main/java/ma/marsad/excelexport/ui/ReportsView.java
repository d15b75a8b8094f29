package ma.marsad.excelexport.ui;

import java.io.OutputStream;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;

import ma.marsad.base.ContentTypes;
import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.base.security.Role;
import ma.marsad.base.ui.SampleFiguresNotice;
import ma.marsad.excelexport.ReportFilter;
import ma.marsad.excelexport.ReportFormat;
import ma.marsad.excelexport.ReportService;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.progress.IndicatorProgress;
import ma.marsad.progress.ProgressService;

/**
 * The officials' reports: choose the quarters, a region and indicators, see the summary the workbook
 * will open on, and download it (Excel, or the data as CSV).
 */
@Route("reports")
@Menu(title = "menu.reports", order = 4)
@RolesAllowed({Role.OFFICIAL_ROLE, Role.MANAGER_ROLE, Role.ADMIN_ROLE})
class ReportsView extends Main implements HasDynamicTitle, LocaleChangeObserver {

    private final ReportService reports;
    private final String user;
    private final ComboBox<Quarter> from = new ComboBox<>();
    private final ComboBox<Quarter> to = new ComboBox<>();
    private final ComboBox<Region> region = new ComboBox<>();
    private final MultiSelectComboBox<IndicatorDetails> indicators = new MultiSelectComboBox<>();
    private final Checkbox includeUnapproved = new Checkbox();
    private final Grid<IndicatorProgress> preview = new Grid<>();
    private final Span problem = new Span();
    private final Anchor workbook;
    private final Anchor csv;
    private final Paragraph asOf = new Paragraph();
    /** The indicators in their usual order, loaded once: the chosen ones keep this order in the report. */
    private final List<IndicatorDetails> allIndicators;
    private Grid.Column<IndicatorProgress> regionColumn;
    /** The filter the downloads use; set on the UI thread whenever a field changes. */
    private volatile ReportFilter current;
    /**
     * The UI's language, which the files speak: kept here because downloads run outside the session's
     * lock, where the UI is not to be read.
     */
    private volatile Locale language;

    ReportsView(ReportService reports, ProgressService progress, AuthenticationContext authentication) {
        this.reports = reports;
        this.user = authentication.getPrincipalName().orElse("?");
        this.language = getLocale();
        addClassName("reports");
        add(new H1(getTranslation("reports.title")));
        add(new Paragraph(getTranslation("reports.intro")));
        if (progress.hasSampleFigures()) {
            add(new SampleFiguresNotice());
        }

        List<Quarter> quarters = reports.quarters();
        from.setLabel(getTranslation("reports.from"));
        from.setId("report-from");
        from.setItems(quarters);
        from.setItemLabelGenerator(q -> q.displayName(getLocale()));
        from.setValue(reports.firstQuarter());
        to.setLabel(getTranslation("reports.to"));
        to.setId("report-to");
        to.setItems(quarters);
        to.setItemLabelGenerator(q -> q.displayName(getLocale()));
        to.setValue(reports.currentQuarter());
        region.setLabel(getTranslation("reports.region"));
        region.setId("report-region");
        region.setItems(Region.values());
        region.setItemLabelGenerator(r -> r.displayName(getLocale()));
        region.setPlaceholder(getTranslation("reports.region.all"));
        region.setClearButtonVisible(true);
        indicators.setLabel(getTranslation("reports.indicators"));
        indicators.setId("report-indicators");
        allIndicators = reports.indicators();
        indicators.setItems(allIndicators);
        indicators.setItemLabelGenerator(i -> i.code() + " — " + i.name().in(getLocale()));
        indicators.setPlaceholder(getTranslation("reports.indicators.all"));
        indicators.setClearButtonVisible(true);
        includeUnapproved.setLabel(getTranslation("reports.include-unapproved"));
        includeUnapproved.setHelperText(getTranslation("reports.include-unapproved.helper"));
        includeUnapproved.setId("report-include-unapproved");
        Div filters = new Div(from, to, region, indicators, includeUnapproved);
        filters.addClassName("report-filters");
        add(filters);

        workbook = new Anchor(download(ReportFormat.XLSX), getTranslation("reports.download.xlsx"));
        workbook.setId("report-download");
        workbook.addClassName("button-link");
        csv = new Anchor(download(ReportFormat.CSV), getTranslation("reports.download.csv"));
        csv.setId("report-download-csv");
        csv.addClassName("button-link");
        problem.addClassName("report-problem");
        problem.setId("report-problem");
        problem.getElement().setAttribute("role", "alert");
        Div actions = new Div(workbook, csv, problem);
        actions.addClassName("import-actions");
        add(actions);

        add(new H2(getTranslation("reports.preview")));
        asOf.setId("report-as-of");
        configurePreview();
        add(asOf, preview);

        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        region.addValueChangeListener(e -> refresh());
        indicators.addValueChangeListener(e -> refresh());
        includeUnapproved.addValueChangeListener(e -> refresh());
        refresh();
    }

    private DownloadHandler download(ReportFormat format) {
        return event -> {
            ReportFilter filter = current;
            if (filter == null) {
                event.getResponse().setStatus(400);
                return;
            }
            event.setFileName(filter.fileName(format));
            event.setContentType(format.contentType());
            try (OutputStream out = event.getOutputStream()) {
                reports.write(format, filter, user, language, out);
            }
        };
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        language = event.getLocale();
    }

    private void refresh() {
        Quarter first = Optional.ofNullable(from.getValue()).orElse(reports.firstQuarter());
        Quarter last = Optional.ofNullable(to.getValue()).orElse(reports.currentQuarter());
        if (first.isAfter(last)) {
            current = null;
            problem.setText(getTranslation("report.error.from-after-to", first, last));
            workbook.setEnabled(false);
            csv.setEnabled(false);
            preview.setItems(List.of());
            return;
        }
        List<String> codes = allIndicators.stream().filter(indicators.getValue()::contains)
                .map(IndicatorDetails::code).toList();
        current = new ReportFilter(first, last, Optional.ofNullable(region.getValue()), codes,
                includeUnapproved.getValue());
        problem.setText("");
        workbook.setEnabled(true);
        csv.setEnabled(true);
        List<IndicatorProgress> summary = reports.summary(current);
        preview.setItems(summary);
        regionColumn.setVisible(current.region().isPresent());
        asOf.setText(getTranslation("dashboard.as-of", summary.stream().map(IndicatorProgress::asOf)
                .min(java.util.Comparator.naturalOrder()).orElse(last)));
    }

    private void configurePreview() {
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(1);
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        percent.setMaximumFractionDigits(1);
        preview.setId("report-preview");
        preview.addColumn(p -> p.indicator().code()).setHeader(getTranslation("reports.col.code")).setAutoWidth(true);
        preview.addColumn(p -> p.indicator().name().in(getLocale())).setHeader(getTranslation("reports.col.indicator"))
                .setWidth("16rem").setFlexGrow(1);
        preview.addColumn(p -> number.format(p.actual())).setHeader(getTranslation("card.actual"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        regionColumn = preview.addColumn(p -> p.region().isPresent() && p.regionActual() != null
                        ? number.format(p.regionActual()) : "")
                .setHeader(getTranslation("reports.col.region-actual")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        preview.addColumn(p -> number.format(p.target())).setHeader(getTranslation("reports.col.target"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        preview.addColumn(p -> percent.format(p.percentAchieved() / 100)).setHeader(getTranslation("reports.col.achieved"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        preview.addColumn(p -> number.format(p.expectedToDate())).setHeader(getTranslation("card.expected"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        preview.addColumn(p -> getTranslation("status." + p.status())).setHeader(getTranslation("reports.col.status"))
                .setAutoWidth(true);
        preview.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        preview.setAllRowsVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.page-title");
    }
}
