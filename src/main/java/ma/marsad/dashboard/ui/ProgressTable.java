package ma.marsad.dashboard.ui;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;

import ma.marsad.forecast.FanPoint;
import ma.marsad.forecast.Forecast;
import ma.marsad.progress.IndicatorProgress;
import ma.marsad.progress.PathPoint;
import ma.marsad.progress.QuarterPoint;

/**
 * The chart's numbers as a table, for those who cannot or would rather not read the chart.
 * <p>
 * The table is sent as one piece of markup, not as a component per row and cell: it never changes after it is
 * drawn, and a component per cell made it the largest part of a dashboard session's memory on the server (one
 * state node per row, cell and text: about a thousand per session). Texts are escaped by jsoup's element builder.
 */
class ProgressTable extends Details {

    ProgressTable(IndicatorProgress p, Forecast forecast, Formats f, ForecastTexts texts) {
        setSummaryText(getTranslation("card.table"));
        addClassName("card-table");
        String none = getTranslation("card.none");

        Document markup = new Document("");
        markup.outputSettings().prettyPrint(false);
        Element table = markup.appendElement("table").addClass("progress-table")
                // Named after its indicator: a screen reader lists a dashboard's tables by name.
                .attr("aria-label", getTranslation("card.table.label", p.indicator().name().in(getLocale())));
        Element headRow = table.appendElement("thead").appendElement("tr");
        for (String key : new String[] {"table.quarter", "table.reported", "table.to-date", "table.expected",
                "table.forecast"}) {
            headRow.appendElement("th").attr("scope", "col").text(getTranslation(key));
        }
        Element body = table.appendElement("tbody");
        for (QuarterPoint q : p.series()) {
            Element row = body.appendElement("tr");
            row.appendElement("th").attr("scope", "row").text(f.quarter(q.quarter()));
            row.appendElement("td").text(f.number(q.reported(), none));
            row.appendElement("td").text(f.number(q.actualToDate()));
            row.appendElement("td").text(f.number(q.expected()));
            row.appendElement("td").text(none);
        }
        // The forecast's quarters, from the one after the last actual to the deadline's, with the path beside them.
        for (FanPoint point : forecast.fan().subList(Math.min(1, forecast.fan().size()), forecast.fan().size())) {
            Element row = body.appendElement("tr").addClass("forecast-row");
            row.appendElement("th").attr("scope", "row").text(f.quarter(point.quarter()));
            row.appendElement("td").text(none);
            row.appendElement("td").text(none);
            row.appendElement("td").text(p.path().stream().filter(pp -> pp.quarter().equals(point.quarter()))
                    .map(PathPoint::expected).findFirst().map(f::number).orElse(none));
            row.appendElement("td").text(texts.band(point.central(), point.low80(), point.high80()));
        }
        add(new Html(table.outerHtml()));
    }
}
