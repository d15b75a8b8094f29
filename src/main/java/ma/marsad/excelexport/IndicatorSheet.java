package ma.marsad.excelexport;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import ma.marsad.base.Region;
import ma.marsad.forecast.FanPoint;
import ma.marsad.forecast.Forecast;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorKind;
import ma.marsad.progress.IndicatorProgress;
import ma.marsad.progress.QuarterPoint;

/**
 * One indicator, quarter by quarter over the report's period, with a native chart of actual against path; with a
 * forecast, the quarters on to the deadline with the central forecast and its 80 % band, drawn on the chart too.
 */
final class IndicatorSheet {

    /** Title, subtitle and the sample warning above; the table's header is row 4. */
    static final int HEADER_ROW = 3;

    enum Column {
        QUARTER(10, false), REGION(16, false), REPORTED(14, true), TO_DATE(14, true), PATH(14, true),
        REGION_TO_DATE(16, true), FORECAST(14, true), LOW_80(14, true), HIGH_80(14, true);

        final int width;
        final boolean numeric;

        Column(int width, boolean numeric) {
            this.width = width;
            this.numeric = numeric;
        }

        String header(ReportTexts texts, IndicatorKind kind, Optional<Region> region) {
            return switch (this) {
                case QUARTER -> texts.text("report.file.col.quarter");
                case REGION -> texts.text("report.file.col.region");
                case REPORTED -> texts.text("report.file.col.reported");
                case TO_DATE -> texts.toDate(kind);
                case PATH -> texts.text("report.file.col.target-path");
                case REGION_TO_DATE -> texts.regionToDate(region.orElseThrow());
                case FORECAST -> texts.text("report.file.col.forecast");
                case LOW_80 -> texts.text("report.file.col.low80");
                case HIGH_80 -> texts.text("report.file.col.high80");
            };
        }

        /** Wide enough for the quarters as the report's language writes them ("الربع الثالث 2025"). */
        int width(List<String> quarters) {
            return this == QUARTER ? Math.max(width, quarters.stream().mapToInt(String::length).max().orElse(0) + 2)
                    : width;
        }

        static List<Column> shownFor(Optional<Region> region, boolean forecast) {
            return Arrays.stream(values()).filter(c -> c != REGION_TO_DATE || region.isPresent())
                    .filter(c -> forecast || c.ordinal() < FORECAST.ordinal()).toList();
        }
    }

    private IndicatorSheet() {
    }

    static void write(XSSFSheet sheet, IndicatorProgress progress, Forecast forecast, ReportFilter filter,
                      boolean sampleFigures, ReportTexts texts, ReportStyles styles) {
        IndicatorDetails indicator = progress.indicator();
        List<QuarterPoint> points = progress.series().stream()
                .filter(p -> !p.quarter().isBefore(filter.from()) && !p.quarter().isAfter(filter.to())).toList();
        // The fan starts at the last quarter shown: its first point is that quarter's actual.
        List<FanPoint> fan = forecast != null && forecast.hasBand() && !points.isEmpty()
                && forecast.fan().getFirst().quarter().equals(points.getLast().quarter()) ? forecast.fan() : List.of();
        List<Column> columns = Column.shownFor(filter.region(), !fan.isEmpty());
        List<String> quarters = new java.util.ArrayList<>(points.stream().map(p -> texts.quarter(p.quarter())).toList());
        fan.stream().skip(1).forEach(f -> quarters.add(texts.quarter(f.quarter())));
        int[] widths = columns.stream().mapToInt(c -> c.width(quarters)).toArray();
        titleBlock(sheet, indicator, sampleFigures && progress.includesSampleFigures(), columns.size(), texts, styles);

        XSSFRow header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < columns.size(); c++) {
            SafeText.write(header.createCell(c), columns.get(c).header(texts, indicator.kind(), filter.region()),
                    styles.header(columns.get(c).numeric));
        }
        RowHeights.fit(header, widths);

        // The national figures cover every region; the chosen region, if any, has a column of its own.
        String regionWords = texts.allRegions();
        CellStyle figure = styles.figure(indicator.wholeNumbers());
        int rowIndex = HEADER_ROW;
        for (int p = 0; p < points.size(); p++) {
            QuarterPoint point = points.get(p);
            XSSFRow row = sheet.createRow(++rowIndex);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = row.createCell(c);
                switch (columns.get(c)) {
                    // Read by people and by the chart's axis: the quarter in the report's words, not 2025-Q3.
                    case QUARTER -> SafeText.write(cell, quarters.get(p), styles.text);
                    case REGION -> SafeText.write(cell, regionWords, styles.text);
                    case REPORTED -> ReportCells.number(cell, point.reported(), figure);
                    case TO_DATE -> ReportCells.number(cell, point.actualToDate(), figure);
                    case PATH -> ReportCells.number(cell, point.expected(), figure);
                    case REGION_TO_DATE -> ReportCells.number(cell, point.regionActualToDate(), figure);
                    case FORECAST, LOW_80, HIGH_80 -> ReportCells.number(cell,
                            p == points.size() - 1 ? fanValue(columns.get(c), fan.getFirst()) : null, figure);
                }
            }
        }
        for (FanPoint point : fan.subList(Math.min(1, fan.size()), fan.size())) {
            XSSFRow row = sheet.createRow(++rowIndex);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = row.createCell(c);
                switch (columns.get(c)) {
                    case QUARTER -> SafeText.write(cell, texts.quarter(point.quarter()), styles.text);
                    case REGION -> SafeText.write(cell, regionWords, styles.text);
                    case PATH -> ReportCells.number(cell, progress.path().stream()
                            .filter(pp -> pp.quarter().equals(point.quarter())).map(pp -> pp.expected())
                            .findFirst().orElse(null), figure);
                    case FORECAST, LOW_80, HIGH_80 -> ReportCells.number(cell, fanValue(columns.get(c), point), figure);
                    default -> ReportCells.number(cell, null, figure);
                }
            }
        }

        ReportCells.layOut(sheet, texts, HEADER_ROW, widths);

        int firstRow = HEADER_ROW + 1;
        if (rowIndex < firstRow) {
            // Nothing to draw: a chart of no points shows an empty frame in Excel and an error box in some
            // viewers, so the sheet says so in words and has no chart.
            SafeText.write(sheet.createRow(firstRow).createCell(0), texts.noFiguresInPeriod(), styles.text);
            return;
        }
        IndicatorChart.draw(sheet, indicator, texts, new IndicatorChart.Table(HEADER_ROW, firstRow, rowIndex,
                columns.indexOf(Column.QUARTER), columns.indexOf(Column.TO_DATE), columns.indexOf(Column.PATH),
                columns.size(), columns.indexOf(Column.FORECAST), columns.indexOf(Column.LOW_80),
                columns.indexOf(Column.HIGH_80)));
    }

    private static double fanValue(Column column, FanPoint point) {
        return switch (column) {
            case LOW_80 -> point.low80();
            case HIGH_80 -> point.high80();
            default -> point.central();
        };
    }

    private static void titleBlock(XSSFSheet sheet, IndicatorDetails indicator, boolean sample, int width,
                                   ReportTexts texts, ReportStyles styles) {
        SafeText.write(sheet.createRow(0).createCell(0),
                texts.indicatorTitle(indicator.code(), texts.in(indicator.name())), styles.title);
        String target = texts.number(indicator.target().doubleValue());
        SafeText.write(sheet.createRow(1).createCell(0), texts.indicatorSubtitle(texts.in(indicator.unit()),
                indicator.kind(), target, texts.date(indicator.deadline())), styles.subtitle);
        if (sample) {
            XSSFRow row = sheet.createRow(2);
            SafeText.write(row.createCell(0), texts.sampleFigures(), styles.sample);
            for (int c = 1; c < width; c++) {
                row.createCell(c).setCellStyle(styles.sample.plain());
            }
        }
    }
}
