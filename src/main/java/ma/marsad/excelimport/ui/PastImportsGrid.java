package ma.marsad.excelimport.ui;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import ma.marsad.base.Morocco;
import ma.marsad.excelimport.ImportService;
import ma.marsad.excelimport.ImportSummary;

/** The latest imports: which file, whose, when, and what each did. */
class PastImportsGrid extends Grid<ImportSummary> {

    private final ImportService imports;

    PastImportsGrid(ImportService imports, Locale locale) {
        this.imports = imports;
        setId("past-imports");
        NumberFormat number = NumberFormat.getIntegerInstance(locale);
        DateTimeFormatter when = Morocco.moments(locale);
        addColumn(i -> when.format(i.uploadedAt())).setHeader(getTranslation("imports.past.when")).setAutoWidth(true);
        addColumn(ImportSummary::fileName).setHeader(getTranslation("imports.past.file")).setAutoWidth(true).setFlexGrow(1);
        addColumn(ImportSummary::uploadedBy).setHeader(getTranslation("imports.past.by")).setAutoWidth(true);
        addColumn(i -> getTranslation("imports.outcome." + i.outcome())).setHeader(getTranslation("imports.past.outcome"))
                .setAutoWidth(true);
        addColumn(i -> number.format(i.rowsRead())).setHeader(getTranslation("imports.count.rows-read"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(i -> number.format(i.created())).setHeader(getTranslation("imports.count.created"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(i -> number.format(i.updated())).setHeader(getTranslation("imports.count.updated"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(i -> number.format(i.unchanged())).setHeader(getTranslation("imports.count.unchanged"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(i -> number.format(i.rejected())).setHeader(getTranslation("imports.count.rejected"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("imports.past.none"));
    }

    void refresh() {
        setItems(imports.recentImports(20));
    }
}
