package ma.marsad.excelexport;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import ma.marsad.base.Region;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorKind;
import ma.marsad.progress.IndicatorProgress;
import ma.marsad.progress.QuarterPoint;

/** One indicator, quarter by quarter over the report's period, with a native chart of actual against path. */
final class IndicatorSheet {

    /** Title, subtitle and the sample warning above; the table's header is row 4. */
    static final int HEADER_ROW = 3;

    enum Column {
        QUARTER(10, false), REGION(16, false), REPORTED(14, true), TO_DATE(14, true), PATH(14, true),
        REGION_TO_DATE(16, true);

        final int width;
        final boolean numeric;

        Column(int width, boolean numeric) {
            this.width = width;
            this.numeric = numeric;
        }

        String header(IndicatorKind kind, Optional<Region> region) {
            return switch (this) {
                case QUARTER -> ReportTexts.QUARTER;
                case REGION -> ReportTexts.REGION;
                case REPORTED -> ReportTexts.REPORTED_IN_QUARTER;
                case TO_DATE -> ReportTexts.toDate(kind);
                case PATH -> ReportTexts.TARGET_PATH;
                case REGION_TO_DATE -> ReportTexts.regionToDate(region.orElseThrow());
            };
        }

        static List<Column> shownFor(Optional<Region> region) {
            return Arrays.stream(values()).filter(c -> c != REGION_TO_DATE || region.isPresent()).toList();
        }
    }

    private IndicatorSheet() {
    }

    static void write(XSSFSheet sheet, IndicatorProgress progress, ReportFilter filter, boolean sampleFigures,
                      ReportStyles styles) {
        IndicatorDetails indicator = progress.indicator();
        List<Column> columns = Column.shownFor(filter.region());
        int[] widths = columns.stream().mapToInt(c -> c.width).toArray();
        titleBlock(sheet, indicator, sampleFigures && progress.includesSampleFigures(), columns.size(), styles);

        XSSFRow header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < columns.size(); c++) {
            SafeText.write(header.createCell(c), columns.get(c).header(indicator.kind(), filter.region()),
                    styles.header(columns.get(c).numeric));
        }
        RowHeights.fit(header, widths);

        // The national figures cover every region; the chosen region, if any, has a column of its own.
        String regionWords = ReportTexts.ALL_REGIONS;
        CellStyle figure = styles.figure(indicator.wholeNumbers());
        int rowIndex = HEADER_ROW;
        for (QuarterPoint point : progress.series()) {
            if (point.quarter().isBefore(filter.from()) || point.quarter().isAfter(filter.to())) {
                continue;
            }
            XSSFRow row = sheet.createRow(++rowIndex);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = row.createCell(c);
                switch (columns.get(c)) {
                    case QUARTER -> SafeText.write(cell, point.quarter().toString(), styles.text);
                    case REGION -> SafeText.write(cell, regionWords, styles.text);
                    case REPORTED -> ReportCells.number(cell, point.reported(), figure);
                    case TO_DATE -> ReportCells.number(cell, point.actualToDate(), figure);
                    case PATH -> ReportCells.number(cell, point.expected(), figure);
                    case REGION_TO_DATE -> ReportCells.number(cell, point.regionActualToDate(), figure);
                }
            }
        }

        ReportCells.layOut(sheet, HEADER_ROW, widths);

        int firstRow = HEADER_ROW + 1;
        if (rowIndex < firstRow) {
            // Nothing to draw: a chart of no points shows an empty frame in Excel and an error box in some
            // viewers, so the sheet says so in words and has no chart.
            SafeText.write(sheet.createRow(firstRow).createCell(0), ReportTexts.NO_FIGURES_IN_PERIOD, styles.text);
            return;
        }
        IndicatorChart.draw(sheet, indicator, new IndicatorChart.Table(HEADER_ROW, firstRow, rowIndex,
                columns.indexOf(Column.QUARTER), columns.indexOf(Column.TO_DATE), columns.indexOf(Column.PATH),
                columns.size()));
    }

    private static void titleBlock(XSSFSheet sheet, IndicatorDetails indicator, boolean sample, int width,
                                   ReportStyles styles) {
        SafeText.write(sheet.createRow(0).createCell(0),
                ReportTexts.indicatorTitle(indicator.code(), indicator.name().in(ReportTexts.LOCALE)), styles.title);
        String target = ReportTexts.number(indicator.target().doubleValue());
        SafeText.write(sheet.createRow(1).createCell(0), ReportTexts.indicatorSubtitle(
                indicator.unit().in(ReportTexts.LOCALE), indicator.kind(), target,
                ReportTexts.DATE.format(indicator.deadline())), styles.subtitle);
        if (sample) {
            XSSFRow row = sheet.createRow(2);
            SafeText.write(row.createCell(0), ReportTexts.SAMPLE_FIGURES, styles.sample);
            for (int c = 1; c < width; c++) {
                row.createCell(c).setCellStyle(styles.sample.plain());
            }
        }
    }
}
