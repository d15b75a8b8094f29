package ma.marsad.excelimport.ui;

import java.text.NumberFormat;
import java.util.Comparator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;

import ma.marsad.excelimport.ImportOutcome;
import ma.marsad.excelimport.ImportReport;
import ma.marsad.excelimport.RowError;

/** What a dry run or an import found: the verdict in one sentence, the counts, the errors, what to do next. */
class ImportResultPanel extends Div {

    ImportResultPanel(ImportReport report, String fileName, DownloadHandler annotatedCopy, Runnable importFile) {
        addClassName("import-result");
        NumberFormat number = NumberFormat.getIntegerInstance(getLocale());
        boolean ok = report.clean();
        addClassName(ok ? "import-result-ok" : "import-result-errors");

        String verdict = switch (report.outcome()) {
            case CHECKED -> ok
                    ? getTranslation("imports.result.checked-ok", fileName, number.format(report.accepted()))
                    : getTranslation("imports.result.checked-errors", fileName, number.format(report.rejected()),
                            number.format(report.rowsRead()));
            case IMPORTED -> getTranslation("imports.result.imported", fileName);
            case REJECTED -> getTranslation("imports.result.rejected", fileName);
        };
        H2 heading = new H2((ok ? "✓ " : "✗ ") + verdict);
        heading.setId("import-verdict");
        // The verdict is read out when it appears; the live region wraps the heading, which stays a heading.
        Div status = new Div(heading);
        status.getElement().setAttribute("role", "status");
        add(status);

        Div counts = new Div();
        counts.addClassName("import-counts");
        counts.setId("import-counts");
        count(counts, "imports.count.rows-read", report.rowsRead(), number);
        count(counts, "imports.count.accepted", report.accepted(), number);
        count(counts, "imports.count.rejected", report.rejected(), number);
        String tense = report.outcome() == ImportOutcome.CHECKED ? ".would" : "";
        count(counts, "imports.count.created" + tense, report.created(), number);
        count(counts, "imports.count.updated" + tense, report.updated(), number);
        count(counts, "imports.count.unchanged", report.unchanged(), number);
        add(counts);

        if (!report.warnings().isEmpty()) {
            UnorderedList warnings = new UnorderedList();
            warnings.addClassName("import-warnings");
            report.warnings().forEach(w -> warnings.add(new ListItem(w)));
            add(warnings);
        }

        Div actions = new Div();
        actions.addClassName("import-actions");
        if (report.outcome() == ImportOutcome.CHECKED && ok && report.accepted() > 0) {
            Button importButton = new Button(getTranslation("imports.import-button", number.format(report.accepted())),
                    e -> {
                        e.getSource().setEnabled(false);
                        importFile.run();
                    });
            importButton.setId("import-button");
            importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(importButton);
        }
        if (report.outcome() == ImportOutcome.IMPORTED) {
            Anchor dashboard = new Anchor("", getTranslation("imports.open-dashboard"));
            dashboard.setId("open-dashboard");
            dashboard.addClassName("button-link");
            actions.add(dashboard);
        }
        if (!ok) {
            Anchor download = new Anchor(annotatedCopy, getTranslation("imports.annotated"));
            download.setId("annotated-download");
            download.addClassName("button-link");
            actions.add(download);
            actions.add(new Span(getTranslation("imports.annotated.hint")));
        }
        add(actions);

        if (!report.errors().isEmpty()) {
            add(errorGrid(report));
            if (report.errorCount() > report.errors().size()) {
                add(new Paragraph(getTranslation("imports.errors.more", number.format(report.errors().size()),
                        number.format(report.errorCount()))));
            }
        }
    }

    private void count(Div counts, String key, int value, NumberFormat number) {
        Div item = new Div(new Span(number.format(value)), new Span(getTranslation(key)));
        item.addClassName("import-count");
        counts.add(item);
    }

    private Grid<RowError> errorGrid(ImportReport report) {
        Grid<RowError> grid = new Grid<>();
        grid.setId("import-errors");
        grid.setAriaLabel(getTranslation("imports.errors.label"));
        grid.addColumn(e -> e.sheet() == null ? "" : e.sheet()).setHeader(getTranslation("imports.errors.sheet"))
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.row() == null ? "" : String.valueOf(e.row()))
                .setHeader(getTranslation("imports.errors.row"))
                .setComparator(Comparator.comparing(RowError::row, Comparator.nullsFirst(Comparator.naturalOrder())))
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.column() == null ? "" : e.column()).setHeader(getTranslation("imports.errors.column"))
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.value() == null ? "" : e.value()).setHeader(getTranslation("imports.errors.value"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RowError::message).setHeader(getTranslation("imports.errors.message")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(report.errors());
        grid.setAllRowsVisible(report.errors().size() <= 12);
        if (report.errors().size() > 12) {
            grid.setHeight("28rem");
        }
        return grid;
    }
}
