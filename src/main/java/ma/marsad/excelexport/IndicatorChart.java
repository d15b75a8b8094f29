package ma.marsad.excelexport;

import java.util.HexFormat;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import ma.marsad.indicator.IndicatorDetails;

/**
 * A native Excel chart beside an indicator's table, drawn like the dashboard's: actual to date as blue bars
 * per quarter, the target path as a grey dashed line over them, and with a forecast its central value as a
 * blue dashed line between the 80 % band's low and high as thin light lines (a shaded area between two series is
 * not something XDDF draws over bars). All read the sheet's cells, so the chart follows if a reader corrects a
 * figure.
 */
final class IndicatorChart {

    private static final String ACTUAL_COLOUR = "1f5fa8";
    private static final String PATH_COLOUR = "3c3c3c";
    private static final String BAND_COLOUR = "8fb3de";
    /** About 15 × 9 cm on screen: wide enough for 20 quarter labels, tall enough to read the gap. */
    private static final int WIDTH_COLUMNS = 9;
    private static final int HEIGHT_ROWS = 20;

    /**
     * Where the table is: its header row, first and last figure rows, and the columns the chart reads (the
     * forecast's are -1 without a forecast).
     */
    record Table(int headerRow, int firstRow, int lastRow, int quarterColumn, int actualColumn, int pathColumn,
                 int width, int forecastColumn, int lowColumn, int highColumn) {
    }

    private IndicatorChart() {
    }

    static XSSFChart draw(XSSFSheet sheet, IndicatorDetails indicator, ReportTexts texts, Table table) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int left = table.width() + 1;
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0,
                left, table.headerRow(), left + WIDTH_COLUMNS, table.headerRow() + HEIGHT_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(texts.chartTitle(indicator.kind()));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

        XDDFCategoryAxis quarters = chart.createCategoryAxis(AxisPosition.BOTTOM);
        quarters.setTickLabelPosition(AxisTickLabelPosition.LOW);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        // Between the quarters' ticks, or Excel cuts the first and the last bar in half.
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        values.setNumberFormat(indicator.wholeNumbers() ? ReportStyles.WHOLE : ReportStyles.DECIMAL);
        values.setTitle(texts.in(indicator.unit()));
        values.getOrAddMajorGridProperties().setLineProperties(line("d9d9d9", 0.75));

        XDDFCategoryDataSource categories = quarterCells(sheet, table);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, quarters, values);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        bars.setGapWidth(60);
        XDDFChartData.Series actual = bars.addSeries(categories, figureCells(sheet, table, table.actualColumn()));
        actual.setTitle(texts.toDate(indicator.kind()), header(sheet, table, table.actualColumn()));
        XDDFShapeProperties actualShape = new XDDFShapeProperties();
        actualShape.setFillProperties(new XDDFSolidFillProperties(colour(ACTUAL_COLOUR)));
        actual.setShapeProperties(actualShape);
        chart.plot(bars);

        // The path shares the bars' axes, so both read against the same scale.
        XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, quarters, values);
        line.setVaryColors(false);
        XDDFLineChartData.Series path = (XDDFLineChartData.Series) line.addSeries(categories,
                figureCells(sheet, table, table.pathColumn()));
        path.setTitle(texts.text("report.file.col.target-path"), header(sheet, table, table.pathColumn()));
        path.setSmooth(false);
        path.setMarkerStyle(MarkerStyle.NONE);
        XDDFLineProperties dashed = line(PATH_COLOUR, 2);
        dashed.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
        XDDFShapeProperties pathShape = new XDDFShapeProperties();
        pathShape.setLineProperties(dashed);
        path.setShapeProperties(pathShape);
        if (table.forecastColumn() >= 0) {
            forecastLine(line, sheet, table, categories, table.lowColumn(), BAND_COLOUR, 1.25, PresetLineDash.SOLID);
            forecastLine(line, sheet, table, categories, table.forecastColumn(), ACTUAL_COLOUR, 2, PresetLineDash.DASH);
            forecastLine(line, sheet, table, categories, table.highColumn(), BAND_COLOUR, 1.25, PresetLineDash.SOLID);
        }
        chart.plot(line);
        return chart;
    }

    private static void forecastLine(XDDFLineChartData line, XSSFSheet sheet, Table table,
                                     XDDFCategoryDataSource categories, int column, String rgb, double width,
                                     PresetLineDash dash) {
        XDDFLineChartData.Series series = (XDDFLineChartData.Series) line.addSeries(categories,
                figureCells(sheet, table, column));
        series.setTitle(sheet.getRow(table.headerRow()).getCell(column).getStringCellValue(),
                header(sheet, table, column));
        series.setSmooth(false);
        series.setMarkerStyle(MarkerStyle.NONE);
        XDDFLineProperties properties = line(rgb, width);
        properties.setPresetDash(new XDDFPresetLineDash(dash));
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setLineProperties(properties);
        series.setShapeProperties(shape);
    }

    private static XDDFLineProperties line(String rgb, double width) {
        XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(colour(rgb)));
        line.setWidth(width);
        return line;
    }

    private static XDDFColor colour(String rgb) {
        return XDDFColor.from(HexFormat.of().parseHex(rgb));
    }

    private static CellReference header(XSSFSheet sheet, Table table, int column) {
        return new CellReference(sheet.getSheetName(), table.headerRow(), column, true, true);
    }

    /** The chart reads the table's cells, so the file keeps references to them, not copies. */
    private static XDDFCategoryDataSource quarterCells(XSSFSheet sheet, Table table) {
        return XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(table.firstRow(), table.lastRow(), table.quarterColumn(), table.quarterColumn()));
    }

    private static XDDFNumericalDataSource<Double> figureCells(XSSFSheet sheet, Table table, int column) {
        return XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(table.firstRow(), table.lastRow(), column, column));
    }
}
