package ma.marsad.dashboard.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

import ma.marsad.progress.IndicatorProgress;
import ma.marsad.progress.QuarterPoint;

/** The chart's numbers as a table, for those who cannot or would rather not read the chart. */
class ProgressTable extends Details {

    ProgressTable(IndicatorProgress p, Formats f) {
        setSummaryText(getTranslation("card.table"));
        addClassName("card-table");
        String none = getTranslation("card.none");

        NativeTable table = new NativeTable();
        table.addClassName("progress-table");
        // Named after its indicator: a screen reader lists a dashboard's tables by name.
        table.getElement().setAttribute("aria-label",
                getTranslation("card.table.label", p.indicator().name().in(getLocale())));
        NativeTableRow headRow = table.getHead().addRow();
        for (String key : new String[] {"table.quarter", "table.reported", "table.to-date", "table.expected"}) {
            NativeTableHeaderCell th = new NativeTableHeaderCell(getTranslation(key));
            th.getElement().setAttribute("scope", "col");
            headRow.add(th);
        }
        NativeTableBody body = table.getBody();
        for (QuarterPoint q : p.series()) {
            NativeTableRow row = body.addRow();
            NativeTableHeaderCell quarter = new NativeTableHeaderCell(f.quarter(q.quarter()));
            quarter.getElement().setAttribute("scope", "row");
            row.add(quarter, new NativeTableCell(f.number(q.reported(), none)),
                    new NativeTableCell(f.number(q.actualToDate())), new NativeTableCell(f.number(q.expected())));
        }
        add(table);
    }
}
