package ma.marsad.excelexport;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import ma.marsad.base.Region;
import ma.marsad.forecast.ForecastService.Outlook;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.progress.IndicatorProgress;

/** The first sheet: one row per indicator, where it stands and what it still needs. */
final class SummarySheet {

    /** Rows 1-4 hold the title block; the table's header is row 5. */
    static final int HEADER_ROW = 4;

    enum Column {
        CODE("report.file.col.code", 12, false), INDICATOR("report.file.col.indicator", 28, false),
        UNIT("report.file.col.unit", 13, false), KIND("report.file.col.kind", 11, false),
        TARGET("report.file.col.target", 11, true), DEADLINE("report.file.col.deadline", 11, true),
        ACTUAL("report.file.col.actual", 11, true), REGION_ACTUAL(null, 12, true),
        PERCENT("report.file.col.percent", 10, true), EXPECTED("report.file.col.expected", 12, true),
        STATUS("report.file.col.status", 10, false),
        // The UN measure beside our status; the forecast with its band, then the chance.
        MEASURE("report.file.col.measure", 16, false), MEASURE_RATIO("report.file.col.measure-ratio", 11, true),
        FORECAST("report.file.col.forecast", 11, true), LOW_80("report.file.col.low80", 11, true),
        HIGH_80("report.file.col.high80", 11, true), CHANCE("report.file.col.chance", 12, true),
        RUN_RATE("report.file.col.run-rate", 12, true), SOURCE("report.file.col.source", 44, false);

        /** The header's bundle key; the region's column names the region instead. */
        final String key;
        final int width;
        final boolean numeric;

        Column(String key, int width, boolean numeric) {
            this.key = key;
            this.width = width;
            this.numeric = numeric;
        }

        String header(ReportTexts texts, Optional<Region> region) {
            return this == REGION_ACTUAL ? texts.regionActual(region.orElseThrow()) : texts.text(key);
        }

        /** The region's column only appears when the filter names a region. */
        static List<Column> shownFor(Optional<Region> region) {
            return Arrays.stream(values()).filter(c -> c != REGION_ACTUAL || region.isPresent()).toList();
        }
    }

    /** Codes are not wrapped (they are links), so their column fits the longest, within reason. */
    private static final int MAX_CODE_WIDTH = 30;

    private final XSSFSheet sheet;
    private final ReportTexts texts;
    private final ReportStyles styles;
    private final List<Column> columns;
    private final int[] widths;

    private SummarySheet(XSSFSheet sheet, ReportTexts texts, ReportStyles styles, List<Column> columns,
                         List<IndicatorProgress> indicators) {
        this.sheet = sheet;
        this.texts = texts;
        this.styles = styles;
        this.columns = columns;
        int longestCode = indicators.stream().mapToInt(p -> p.indicator().code().length()).max().orElse(0);
        this.widths = columns.stream().mapToInt(c -> switch (c) {
            case CODE -> Math.clamp(longestCode + 2, c.width, MAX_CODE_WIDTH);
            // Bold status words, centred in their colour: a little room on each side.
            case STATUS -> Math.max(c.width, texts.longestStatus() + 3);
            default -> c.width;
        }).toArray();
    }

    /** @param sheetNames each indicator's sheet, by code, for the links in the Code column */
    static void write(XSSFSheet sheet, ReportContent content, ReportTexts texts, ReportStyles styles,
                      Map<String, String> sheetNames) {
        ReportFilter filter = content.filter();
        SummarySheet summary = new SummarySheet(sheet, texts, styles, Column.shownFor(filter.region()),
                content.indicators());
        summary.titleBlock(content);
        summary.header(filter.region());
        int rowIndex = HEADER_ROW;
        for (IndicatorProgress progress : content.indicators()) {
            summary.row(++rowIndex, progress, sheetNames.get(progress.indicator().code()),
                    content.outlooks().get(progress.indicator().code()));
        }
        summary.layout(rowIndex);
    }

    private void titleBlock(ReportContent content) {
        SafeText.write(sheet.createRow(0).createCell(0), texts.title(), styles.title);
        SafeText.write(sheet.createRow(1).createCell(0), texts.filterLine(content.filter()), styles.subtitle);
        String generatedAt = texts.dateTime(content.generatedAt().toInstant());
        SafeText.write(sheet.createRow(2).createCell(0), texts.generatedLine(generatedAt, content.generatedBy()),
                styles.subtitle);
        String warnings = texts.warnings(content.sampleFigures(), content.filter().includeUnapproved());
        if (!warnings.isEmpty()) {
            XSSFRow row = sheet.createRow(3);
            SafeText.write(row.createCell(0), warnings, styles.sample);
            // The fill runs across the table's width so the warning reads as a banner, not a stray cell.
            for (int c = 1; c < columns.size(); c++) {
                row.createCell(c).setCellStyle(styles.sample.plain());
            }
        }
    }

    private void header(Optional<Region> region) {
        XSSFRow row = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < columns.size(); c++) {
            SafeText.write(row.createCell(c), columns.get(c).header(texts, region), styles.header(columns.get(c).numeric));
        }
        RowHeights.fit(row, widths);
    }

    private void row(int rowIndex, IndicatorProgress progress, String sheetName, Outlook outlook) {
        IndicatorDetails indicator = progress.indicator();
        CellStyle figure = styles.figure(indicator.wholeNumbers());
        // With no figure at all, 0 would read as "nothing was achieved": blanks, and the status says "No data".
        boolean hasData = progress.hasData();
        XSSFRow row = sheet.createRow(rowIndex);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = row.createCell(c);
            switch (columns.get(c)) {
                case CODE -> {
                    SafeText.write(cell, indicator.code(), styles.link);
                    if (sheetName != null) {
                        link(cell, sheetName);
                    }
                }
                case INDICATOR -> SafeText.write(cell, texts.in(indicator.name()), styles.wrapped);
                case UNIT -> SafeText.write(cell, texts.in(indicator.unit()), styles.wrapped);
                case KIND -> SafeText.write(cell, texts.kind(indicator.kind()), styles.text);
                case TARGET -> ReportCells.number(cell, progress.target(), figure);
                case DEADLINE -> {
                    cell.setCellValue(indicator.deadline());
                    cell.setCellStyle(styles.date);
                }
                case ACTUAL -> ReportCells.number(cell, hasData ? progress.actual() : null, figure);
                case REGION_ACTUAL -> ReportCells.number(cell, hasData ? progress.regionActual() : null, figure);
                case PERCENT -> ReportCells.number(cell, hasData ? progress.percentAchieved() / 100 : null, styles.percent);
                case EXPECTED -> ReportCells.number(cell, progress.expectedToDate(), figure);
                case STATUS -> SafeText.write(cell, texts.status(progress.status()),
                        styles.status(progress.status()));
                case FORECAST -> ReportCells.number(cell, outlook == null ? progress.forecast() : outlook.forecast().central(),
                        figure);
                case LOW_80 -> ReportCells.number(cell, outlook == null ? null : outlook.forecast().low80(), figure);
                case HIGH_80 -> ReportCells.number(cell, outlook == null ? null : outlook.forecast().high80(), figure);
                case CHANCE -> ForecastCells.chance(cell, outlook, texts, styles);
                case MEASURE -> ForecastCells.measure(cell, outlook, texts, styles);
                case MEASURE_RATIO -> ReportCells.number(cell, outlook == null ? null : outlook.measure().ratio(),
                        styles.decimal);
                case RUN_RATE -> ReportCells.number(cell, progress.runRateNeeded(), figure);
                case SOURCE -> SafeText.write(cell, ReportTexts.source(indicator.sourceFile(), indicator.sourceQuote()),
                        styles.wrapped);
            }
        }
        RowHeights.fit(row, widths);
    }

    private void link(Cell cell, String sheetName) {
        XSSFHyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress("'" + sheetName.replace("'", "''") + "'!A1");
        cell.setHyperlink(link);
    }

    private void layout(int lastRow) {
        ReportCells.layOut(sheet, texts, HEADER_ROW, widths);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, lastRow, 0, columns.size() - 1));
    }
}
