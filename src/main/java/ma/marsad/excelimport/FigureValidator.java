package ma.marsad.excelimport;

import ma.marsad.progress.CellReading;
import ma.marsad.progress.CellValue;
import ma.marsad.progress.FigureCheck;
import ma.marsad.base.Messages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.indicator.IndicatorDetails;

/**
 * Checks a clerk's rows as the streaming reader passes them: finds each sheet's header row, reads every
 * data row's indicator, period, region, value and comment, and keeps either the row or its errors.
 * Nothing is stored here; {@link #result()} says what would be.
 */
final class FigureValidator implements RowSink {

    /** How many non-blank rows above the header (titles, notes) a sheet may have. */
    static final int HEADER_SEARCH_ROWS = 30;
    private final Catalog catalog;
    /** The template's reference sheets, named in any of its languages: never figures, never worth a warning. */
    private final Set<String> referenceSheets;
    private final FigureCheck check;
    private final Messages messages;
    private final ImportProgress progress;

    private final List<AcceptedRow> accepted = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, CheckedFile.Header> headers = new LinkedHashMap<>();
    private final Map<FigureKey, String> seen = new HashMap<>();
    private final Map<String, CellReading<Quarter>> periods = new HashMap<>();
    private final Map<String, Optional<IndicatorDetails>> indicatorsByText = new HashMap<>();
    private final Map<String, Optional<Region>> regionsByText = new HashMap<>();
    private int rowsRead;
    private int rejected;

    private String sheet;
    private int lastRowHint;
    private int rowsScanned;
    private Map<ImportColumn, Integer> columns;
    private Map<Integer, String> headerTexts;
    private boolean sheetSkipped;

    FigureValidator(Catalog catalog, Set<String> referenceSheets, FigureCheck check, Messages messages,
                    ImportProgress progress) {
        this.catalog = catalog;
        this.referenceSheets = Set.copyOf(referenceSheets);
        this.check = check;
        this.messages = messages;
        this.progress = progress;
    }

    private record FigureKey(long indicatorId, Quarter quarter, Region region) {
    }

    @Override
    public void sheetStarted(String name, int lastRowHint) {
        this.sheet = name;
        this.lastRowHint = lastRowHint;
        this.rowsScanned = 0;
        this.columns = null;
        this.headerTexts = null;
        this.sheetSkipped = false;
    }

    @Override
    public void row(SheetRow row) {
        if (row.rowNumber() % 500 == 0) {
            progress.reading(sheet, row.rowNumber(), lastRowHint);
        }
        if (sheetSkipped || row.isBlank()) {
            return;
        }
        if (columns == null) {
            findHeader(row);
        } else {
            check(row);
        }
    }

    @Override
    public void sheetEnded(String name) {
        if (columns == null && !sheetSkipped && rowsScanned > 0 && !referenceSheets.contains(name)) {
            warnings.add(messages.text("import.warning.sheet-ignored", name));
        }
    }

    /** The errors found so far: the check stops early on it (FileChecker). */
    int errorCount() {
        return errors.size();
    }

    CheckedFile result() {
        if (headers.isEmpty() && errors.isEmpty()) {
            errors.add(new RowError(null, null, header(ImportColumn.INDICATOR), -1, null,
                    messages.text("import.error.no-header", requiredHeaders())));
        }
        return new CheckedFile(rowsRead, accepted, rejected, errors, warnings, headers);
    }

    private void findHeader(SheetRow row) {
        rowsScanned++;
        Map<ImportColumn, Integer> found = new EnumMap<>(ImportColumn.class);
        Map<Integer, String> texts = new LinkedHashMap<>();
        List<String> extra = new ArrayList<>();
        int lastColumn = -1;
        for (SheetRow.Cell cell : row.cells()) {
            if (cell.value().isBlank()) {
                continue;
            }
            String text = cell.value().text().strip();
            Optional<ImportColumn> column = ImportColumn.matching(text);
            if (column.isPresent() && !found.containsKey(column.get())) {
                found.put(column.get(), cell.column());
                texts.put(cell.column(), text);
            } else {
                extra.add(text);
            }
            lastColumn = Math.max(lastColumn, cell.column());
        }
        boolean complete = found.keySet().containsAll(required());
        if (complete) {
            columns = found;
            headerTexts = texts;
            headers.put(sheet, new CheckedFile.Header(row.rowNumber(), lastColumn));
            if (!extra.isEmpty()) {
                warnings.add(messages.text("import.warning.extra-columns", sheet, String.join(", ", extra)));
            }
        } else if (found.size() >= 2) {
            // Looks like a header with a required column missing: say which, and do not guess further down.
            String missing = required().stream().filter(c -> !found.containsKey(c)).map(this::header)
                    .collect(Collectors.joining(", "));
            errors.add(new RowError(sheet, row.rowNumber(), missing, -1, null,
                    messages.text("import.error.missing-columns", missing, requiredHeaders())));
            headers.put(sheet, new CheckedFile.Header(row.rowNumber(), lastColumn));
            sheetSkipped = true;
        } else if (rowsScanned >= HEADER_SEARCH_ROWS) {
            sheetSkipped = true;
            if (!referenceSheets.contains(sheet)) {
                warnings.add(messages.text("import.warning.sheet-ignored", sheet));
            }
        }
    }

    private void check(SheetRow row) {
        Map<ImportColumn, CellValue> cells = new EnumMap<>(ImportColumn.class);
        for (SheetRow.Cell cell : row.cells()) {
            for (Map.Entry<ImportColumn, Integer> column : columns.entrySet()) {
                if (column.getValue() == cell.column()) {
                    cells.put(column.getKey(), cell.value());
                }
            }
        }
        if (cells.values().stream().allMatch(c -> c == null || c.isBlank())) {
            return; // only cells outside our columns, e.g. a total or a note beside the table
        }
        rowsRead++;
        int errorsBefore = errors.size();

        CellValue indicatorCell = cells.get(ImportColumn.INDICATOR);
        IndicatorDetails indicator = null;
        if (indicatorCell == null || indicatorCell.isBlank()) {
            error(row, ImportColumn.INDICATOR, indicatorCell, "import.error.indicator.missing");
        } else {
            Optional<IndicatorDetails> found = indicatorsByText.computeIfAbsent(indicatorCell.text(),
                    catalog.indicators::find);
            if (found.isPresent()) {
                indicator = found.get();
            } else {
                error(row, ImportColumn.INDICATOR, indicatorCell, "import.error.indicator.unknown",
                        indicatorCell.text().strip(), String.join(", ", catalog.indicators.nearest(indicatorCell.text())));
            }
        }

        CellValue periodCell = cells.get(ImportColumn.PERIOD);
        CellReading<Quarter> period = periodCell != null && periodCell.kind() == CellValue.Kind.TEXT
                ? periods.computeIfAbsent(periodCell.text(), t -> PeriodParser.parse(periodCell))
                : PeriodParser.parse(periodCell);
        Quarter quarter = null;
        if (!period.ok()) {
            error(row, ImportColumn.PERIOD, periodCell, period.errorKey(), period.errorArgs());
        } else {
            CellReading<Quarter> allowed = check.quarter(indicator, period.value());
            if (allowed.ok()) {
                quarter = allowed.value();
            } else {
                error(row, ImportColumn.PERIOD, periodCell, allowed);
            }
        }

        CellValue regionCell = cells.get(ImportColumn.REGION);
        Region region = null;
        if (regionCell == null || regionCell.isBlank()) {
            region = Region.NATIONAL;
        } else {
            Optional<Region> found = regionsByText.computeIfAbsent(regionCell.text(), catalog.regions::find);
            if (found.isPresent()) {
                region = found.get();
            } else {
                error(row, ImportColumn.REGION, regionCell, "import.error.region.unknown", regionCell.text().strip(),
                        String.join(", ", catalog.regions.nearest(regionCell.text())));
            }
        }

        CellValue valueCell = cells.get(ImportColumn.VALUE);
        BigDecimal amount = null;
        CellReading<BigDecimal> value = check.value(indicator, valueCell);
        if (value.ok()) {
            amount = value.value();
        } else {
            error(row, ImportColumn.VALUE, valueCell, value);
        }

        CellValue commentCell = cells.get(ImportColumn.COMMENT);
        CellReading<String> note = check.comment(commentCell == null ? null : commentCell.text());
        String comment = note.value();
        if (!note.ok()) {
            error(row, ImportColumn.COMMENT, commentCell, note);
        }

        if (indicator != null && quarter != null && region != null) {
            String here = sheet + "!" + row.rowNumber();
            String first = seen.putIfAbsent(new FigureKey(indicator.id(), quarter, region), here);
            if (first != null) {
                errors.add(new RowError(sheet, row.rowNumber(), keyHeaders(), -1,
                        indicator.code() + " / " + quarter + " / " + region.name(), messages.text(
                        "import.error.duplicate", indicator.code(), quarter, region.name(), describe(first))));
            }
        }

        if (errors.size() > errorsBefore) {
            rejected++;
        } else {
            accepted.add(new AcceptedRow(indicator.id(), quarter, region, amount, comment,
                    columns.containsKey(ImportColumn.COMMENT), sheet, row.rowNumber()));
        }
    }

    /** The headers of the columns that make a figure's key, as written in the file: "Indicateur, Période, Région". */
    private String keyHeaders() {
        return java.util.stream.Stream.of(ImportColumn.INDICATOR, ImportColumn.PERIOD, ImportColumn.REGION)
                .map(c -> columns.containsKey(c) ? headerTexts.get(columns.get(c)) : header(c))
                .collect(Collectors.joining(", "));
    }

    /** "row 12" within the same sheet, "Sheet2, row 12" across sheets. */
    private String describe(String place) {
        int bang = place.lastIndexOf('!');
        String placeSheet = place.substring(0, bang);
        String placeRow = place.substring(bang + 1);
        return placeSheet.equals(sheet)
                ? messages.text("import.place.row", placeRow)
                : messages.text("import.place.sheet-row", placeSheet, placeRow);
    }

    private void error(SheetRow row, ImportColumn column, CellValue cell, String key, Object... args) {
        addError(row, column, cell, messages.text(key, args));
    }

    /** A rule of {@link FigureCheck} broken: the same message as the data entry form shows. */
    private void error(SheetRow row, ImportColumn column, CellValue cell, CellReading<?> reading) {
        addError(row, column, cell, check.message(reading));
    }

    private void addError(SheetRow row, ImportColumn column, CellValue cell, String message) {
        Integer index = columns.get(column);
        String header = index == null ? header(column) : headerTexts.get(index);
        errors.add(new RowError(sheet, row.rowNumber(), header, index == null ? -1 : index,
                cell == null ? null : cell.text(), message));
    }

    private static List<ImportColumn> required() {
        return List.of(ImportColumn.values()).stream().filter(ImportColumn::required).toList();
    }

    private String requiredHeaders() {
        return required().stream().map(this::header).collect(Collectors.joining(", "));
    }

    /** A column as the template names it in the clerk's language. */
    private String header(ImportColumn column) {
        return messages.text(column.headerKey());
    }
}
