package ma.marsad.excelimport;

import ma.marsad.progress.CellValue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ma.marsad.excelimport.UnreadableWorkbookException.Reason;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.DimensionsRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.util.RecordFormatException;

/**
 * Streams the worksheets of an .xls (Excel 97-2003) file with POI's HSSF event API: records arrive one
 * by one, cells of a row one after another, and each row is passed on as soon as the next one starts.
 */
final class XlsReader implements HSSFListener {

    private static final byte UNKNOWN = 0;
    private static final byte DATE = 1;
    private static final byte NOT_DATE = 2;

    private final RowAssembler rows;
    private final ReadingDeadline deadline;
    private final ReadingLimits limits;
    private final FormatTrackingHSSFListener formats;
    private final List<BoundSheetRecord> boundSheets = new ArrayList<>();
    private BoundSheetRecord[] sheetsInFileOrder;
    private int nextSheet;
    private SSTRecord sharedStrings;
    private boolean date1904;
    /** Whether each extended format (XF) shows numbers as dates, judged once per XF. */
    private byte[] dateFormats = new byte[256];

    /** How deep in BOF..EOF blocks we are: 1 inside a sheet, 2 inside a chart drawn on that sheet. */
    private int depth;
    private String sheet;
    private boolean sheetStarted;
    private int formulaStringRow = -1;
    private int formulaStringColumn;

    private XlsReader(RowSink sink, ReadingDeadline deadline, ReadingLimits limits) {
        this.rows = new RowAssembler(sink, limits);
        this.deadline = deadline;
        this.limits = limits;
        this.formats = new FormatTrackingHSSFListener(this);
    }

    static void read(POIFSFileSystem fs, RowSink sink, ReadingDeadline deadline, ReadingLimits limits)
            throws IOException, UnreadableWorkbookException {
        XlsReader reader = new XlsReader(sink, deadline, limits);
        HSSFRequest request = new HSSFRequest();
        request.addListenerForAllRecords(reader.formats);
        new HSSFEventFactory().processWorkbookEvents(request, fs);
        if (reader.depth != 0) {
            throw new UnreadableWorkbookException(Reason.DAMAGED, "the workbook stream ends inside a sheet");
        }
    }

    @Override
    public void processRecord(Record record) {
        deadline.tick();
        switch (record) {
            case BOFRecord bof -> beginBlock(bof);
            case EOFRecord ignored -> endBlock();
            case BoundSheetRecord boundSheet -> boundSheets.add(boundSheet);
            case SSTRecord sst -> sharedStrings = measured(sst);
            case DateWindow1904Record window -> date1904 = window.getWindowing() == 1;
            default -> {
                if (sheet != null && depth == 1) {
                    sheetRecord(record);
                }
            }
        }
    }

    /**
     * POI has read the whole table by now (the file's size bounds it: an .xls is not compressed); refused
     * past the same limits as an .xlsx's table, so both formats keep to one bound.
     */
    private SSTRecord measured(SSTRecord sst) {
        long size = 0;
        for (int i = 0; i < sst.getNumUniqueStrings(); i++) {
            int length = sst.getString(i).getCharCount();
            limits.checkCell(length);
            size += ReadingLimits.sharedStringCost(length);
            limits.checkSharedStrings(size);
        }
        return sst;
    }

    private void beginBlock(BOFRecord bof) {
        depth++;
        if (depth != 1 || bof.getType() == BOFRecord.TYPE_WORKBOOK) {
            return;
        }
        if (sheetsInFileOrder == null) {
            sheetsInFileOrder = BoundSheetRecord.orderByBofPosition(boundSheets);
        }
        if (nextSheet >= sheetsInFileOrder.length) {
            throw new RecordFormatException("The workbook holds more sheets than it names");
        }
        String name = sheetsInFileOrder[nextSheet++].getSheetname();
        // Chart sheets, macro sheets and VBA modules take a name but hold no cells.
        if (bof.getType() == BOFRecord.TYPE_WORKSHEET) {
            sheet = name;
            sheetStarted = false;
            formulaStringRow = -1;
        }
    }

    private void endBlock() {
        depth--;
        if (depth == 0 && sheet != null) {
            startSheet(0);
            rows.endSheet();
            sheet = null;
        }
    }

    private void startSheet(int lastRowHint) {
        if (!sheetStarted) {
            sheetStarted = true;
            rows.startSheet(sheet, lastRowHint);
        }
    }

    private void sheetRecord(Record record) {
        switch (record) {
            // DIMENSIONS gives the row after the last one, counted from 0: Excel's number of the last row.
            case DimensionsRecord dimensions -> startSheet(dimensions.getLastRow());
            case NumberRecord number -> add(number, numeric(number, number.getValue()));
            case LabelSSTRecord label -> add(label, textOrNull(sharedString(label.getSSTIndex())));
            case LabelRecord label -> add(label, textOrNull(checked(label.getValue())));
            case BoolErrRecord boolErr -> add(boolErr, boolErr.isBoolean()
                    ? CellValue.bool(boolErr.getBooleanValue())
                    : CellValue.error(errorText(boolErr.getErrorValue())));
            case FormulaRecord formula -> formula(formula);
            case StringRecord string -> {
                CellValue text = textOrNull(checked(string.getString()));
                if (formulaStringRow >= 0 && text != null) {
                    rows.add(formulaStringRow + 1, formulaStringColumn, text);
                    formulaStringRow = -1;
                }
            }
            default -> {
            }
        }
    }

    private void formula(FormulaRecord formula) {
        if (formula.hasCachedResultString()) {
            // The text comes in the STRING record that follows.
            startSheet(0);
            formulaStringRow = formula.getRow();
            formulaStringColumn = formula.getColumn();
            return;
        }
        CellValue value = switch (formula.getCachedResultTypeEnum()) {
            case BOOLEAN -> CellValue.bool(formula.getCachedBooleanValue());
            case ERROR -> CellValue.error(errorText(formula.getCachedErrorValue()));
            // A formula giving "" (=IF(B2="","",...)) is stored as an empty string result: a blank cell.
            case STRING -> null;
            default -> numeric(formula, formula.getValue());
        };
        add(formula, value);
    }

    private void add(CellValueRecordInterface cell, CellValue value) {
        startSheet(0);
        formulaStringRow = -1;
        if (value != null) {
            rows.add(cell.getRow() + 1, cell.getColumn(), value);
        }
    }

    private CellValue numeric(CellValueRecordInterface cell, double number) {
        if (!Double.isFinite(number)) {
            return CellValue.text(String.valueOf(number));
        }
        if (isDateFormatted(cell) && DateUtil.isValidExcelDate(number)) {
            return CellValue.date(number, DateUtil.getLocalDateTime(number, date1904, true));
        }
        return CellValue.number(number);
    }

    private boolean isDateFormatted(CellValueRecordInterface cell) {
        int xf = cell.getXFIndex() & 0xFFFF;
        if (xf >= dateFormats.length) {
            dateFormats = Arrays.copyOf(dateFormats, Math.max(xf + 1, dateFormats.length * 2));
        }
        if (dateFormats[xf] == UNKNOWN) {
            boolean date = DateUtil.isADateFormat(formats.getFormatIndex(cell), formats.getFormatString(cell));
            dateFormats[xf] = date ? DATE : NOT_DATE;
        }
        return dateFormats[xf] == DATE;
    }

    private String sharedString(int index) {
        if (sharedStrings == null || index < 0 || index >= sharedStrings.getNumUniqueStrings()) {
            throw new RecordFormatException("A cell refers to shared string " + index + ", which does not exist");
        }
        return sharedStrings.getString(index).getString();
    }

    private String checked(String text) {
        if (text != null) {
            limits.checkCell(text.length());
        }
        return text;
    }

    private static CellValue textOrNull(String text) {
        return text == null || text.isEmpty() ? null : CellValue.text(text);
    }

    private static String errorText(int code) {
        return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#N/A";
    }
}
