package ma.marsad.dashboard.ui;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import ma.marsad.chart.ChartLabels;
import ma.marsad.chart.ChartService;
import ma.marsad.chart.ChartSize;
import ma.marsad.chart.ChartForecast;
import ma.marsad.dashboard.TargetChange;
import ma.marsad.forecast.Forecast;
import ma.marsad.forecast.ForecastService.Outlook;
import ma.marsad.forecast.ProgressMeasure;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorKind;
import ma.marsad.progress.IndicatorProgress;

/** One target on the dashboard: the figures that say where it stands, its chart and the chart's numbers. */
class IndicatorCard extends Div {

    IndicatorCard(Outlook outlook, ChartService charts, Optional<TargetChange> targetChange) {
        IndicatorProgress p = outlook.progress();
        IndicatorDetails indicator = p.indicator();
        Locale locale = getLocale();
        Formats f = new Formats(locale);
        ForecastTexts texts = new ForecastTexts(this::getTranslation, f, locale);
        String none = getTranslation("card.none");
        String unit = indicator.unit().in(locale);

        addClassName("indicator-card");
        setId("card-" + indicator.code());
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", indicator.name().in(locale));

        H2 name = new H2(indicator.name().in(locale));
        Span code = new Span(indicator.code() + " · " + getTranslation("kind." + indicator.kind()));
        code.addClassName("card-code");
        Span status = new Span(getTranslation("status." + p.status()));
        status.addClassNames("status", "status-" + p.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        status.setId("status-" + indicator.code());
        Div head = new Div(new Div(name, code), status);
        head.addClassName("card-head");
        Div measure = measure(outlook.measure(), outlook.forecast(), texts, indicator.code());

        boolean annual = indicator.kind() == IndicatorKind.ANNUAL;
        Span actual = new Span(f.number(p.actual()));
        actual.addClassName("card-actual");
        Span actualUnit = new Span(unit);
        actualUnit.addClassName("card-unit");
        Paragraph target = new Paragraph(annual
                ? getTranslation("card.target.annual", f.number(p.target()), String.valueOf(p.asOf().year()))
                : getTranslation("card.target", f.number(p.target()), f.date(indicator.deadline())));
        target.addClassName("card-target");
        Optional<Paragraph> changed = targetChange.map(c -> {
            Paragraph note = new Paragraph(getTranslation("card.target-changed", f.date(c.on()), amount(f, c.before())));
            note.addClassName("card-target-changed");
            note.setId("target-changed-" + indicator.code());
            return note;
        });

        ProgressBar bar = new ProgressBar(0, 1, Math.min(1, Math.max(0, p.percentAchieved() / 100)));
        bar.getElement().setAttribute("aria-label", getTranslation("card.achieved", f.percent(p.percentAchieved())));
        Span achieved = new Span(getTranslation("card.achieved", f.percent(p.percentAchieved())));
        achieved.addClassName("card-achieved");

        Paragraph chance = new Paragraph(texts.chance(p, outlook.forecast()));
        chance.addClassName("card-chance");
        chance.setId("chance-" + indicator.code());
        Div figures = new Div(
                figure(getTranslation("card.expected"), f.number(p.expectedToDate()) + " (" + f.quarter(p.asOf()) + ")"),
                figure(texts.forecastLabel(outlook.forecast()), texts.band(outlook.forecast())),
                figure(getTranslation("card.run-rate"), f.number(p.runRateNeeded(), none)));
        figures.addClassName("card-figures");

        add(head, measure);
        if (p.includesUnapprovedFigures()) {
            // Said in words, not only by a colour: these numbers may still change.
            Span unapproved = new Span(getTranslation("card.unapproved"));
            unapproved.addClassName("unapproved-badge");
            unapproved.setId("unapproved-" + indicator.code());
            add(unapproved);
        }
        add(new Div(actual, actualUnit), target);
        changed.ifPresent(this::add);
        add(bar, achieved, chance, figures);
        if (p.regionActual() != null && p.region().isPresent()) {
            double share = p.actual() > 0 ? p.regionActual() * 100 / p.actual() : 0;
            Paragraph region = new Paragraph(getTranslation("card.region-share",
                    p.region().get().displayName(locale), f.number(p.regionActual()), f.percent(share)));
            region.addClassName("card-region");
            add(region);
        }
        add(chart(p, outlook.forecast(), charts, f, texts), new ProgressTable(p, outlook.forecast(), f, texts));
        add(source(indicator));
    }

    /** A target as history keeps it (plain digits), written the reader's way; any other text as it is. */
    private static String amount(Formats f, String value) {
        if (value == null) {
            return "";
        }
        try {
            return f.number(new BigDecimal(value.strip()).doubleValue());
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private Div figure(String label, String value) {
        Span l = new Span(label);
        l.addClassName("figure-label");
        Span v = new Span(value);
        v.addClassName("figure-value");
        return new Div(l, v);
    }

    /** The UN measure under the status, with what it is one click away. */
    private Div measure(ProgressMeasure m, Forecast forecast, ForecastTexts texts, String code) {
        Span line = new Span(texts.measure(m));
        line.addClassName("card-measure-line");
        line.setId("measure-" + code);
        Div explanation = new Div(texts.measureExplanation(m, forecast));
        explanation.addClassName("card-measure-text");
        Details help = new Details(getTranslation("card.measure.help"), explanation);
        help.addClassName("card-measure-help");
        Div measure = new Div(line, help);
        measure.addClassName("card-measure");
        return measure;
    }

    private Image chart(IndicatorProgress p, Forecast forecast, ChartService charts, Formats f, ForecastTexts texts) {
        IndicatorDetails indicator = p.indicator();
        Locale locale = getLocale();
        ChartLabels labels = new ChartLabels(locale, null,
                getTranslation("chart.actual." + indicator.kind()),
                getTranslation("chart.expected"),
                getTranslation("chart.target", f.number(p.target())),
                p.region().map(r -> r.displayName(locale)).orElse(null),
                indicator.unit().in(locale));
        String alt = p.hasData()
                ? getTranslation("chart.alt", indicator.name().in(locale), f.number(p.actual()), p.asOf(),
                        f.number(p.expectedToDate()), f.number(p.target()), getTranslation("status." + p.status()))
                : getTranslation("chart.alt.no-data", indicator.name().in(locale), f.number(p.target()));
        alt += texts.chartAlt(forecast);
        ChartForecast band = forecast.hasBand() ? new ChartForecast(getTranslation("chart.forecast"), forecast.fan()) : null;
        String fileName = "chart-" + indicator.code() + ".png";
        Image image = new Image(DownloadHandler.fromInputStream(event -> {
            byte[] png = charts.progressChartPng(p, band, labels, ChartSize.CARD);
            return new DownloadResponse(new ByteArrayInputStream(png), fileName, "image/png", png.length);
        }), alt);
        image.addClassName("card-chart");
        image.setWidth(ChartSize.CARD.width() + "px");
        image.setId("chart-" + indicator.code());
        return image;
    }

    private Details source(IndicatorDetails indicator) {
        Locale locale = getLocale();
        Paragraph quote = new Paragraph("« " + indicator.sourceQuote() + " »");
        quote.addClassName("source-quote");
        Paragraph file = new Paragraph(getTranslation("card.source.text", indicator.sourceFile(),
                indicator.owner().in(locale)));
        Div body = new Div(quote, file);
        if (indicator.datesNote() != null) {
            body.add(new Paragraph(getTranslation("card.dates-note", indicator.datesNote())));
        }
        Details details = new Details(getTranslation("card.source"), body);
        details.addClassName("card-source");
        return details;
    }

    /**
     * Issue 23: the partners' commitments that feed this indicator, before its source, and the agreement behind
     * it linked from the source ({@code agreements} null when no commitment IS the indicator).
     */
    void showCommitments(Component commitments, Component agreements) {
        getChildren().filter(c -> c instanceof Details d && d.hasClassName("card-source")).findFirst()
                .ifPresentOrElse(source -> {
                    addComponentAtIndex(indexOf(source), commitments);
                    if (agreements != null) {
                        ((Details) source).add(agreements);
                    }
                }, () -> add(commitments));
    }
}
