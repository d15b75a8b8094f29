package ma.marsad.excelimport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ma.marsad.base.Messages;
import ma.marsad.indicator.IndicatorService;
import ma.marsad.progress.FigureRules;

/**
 * Reads a clerk's file and checks every row (the dry run's work, shared by the import and the annotated copy),
 * within the upload's limits: its size, its deadline, the reading limits, and the number of errors after which
 * the check stops early.
 */
@Component
class FileChecker {

    private final IndicatorService indicators;
    private final FigureRules rules;
    private final MessageSource messages;
    private final ImportProperties properties;

    FileChecker(IndicatorService indicators, FigureRules rules, MessageSource messages, ImportProperties properties) {
        this.indicators = indicators;
        this.rules = rules;
        this.messages = messages;
        this.properties = properties;
    }

    /**
     * Every row checked, up to marsad.imports.stop-after-errors errors: past that the reading stops, and the
     * result says where ({@link CheckedFile#stoppedAt()}); its errors are the ones found until then.
     */
    CheckedFile check(Path file, Locale locale, ImportProgress progress, ReadingDeadline deadline)
            throws UnreadableWorkbookException, IOException {
        long size = Files.size(file);
        if (size > properties.maxFileSize().toBytes()) {
            throw new UnreadableWorkbookException(UnreadableWorkbookException.Reason.TOO_LARGE,
                    size + " bytes, limit " + properties.maxFileSize().toBytes());
        }
        Catalog catalog = new Catalog(indicators.findAll(), locale);
        FigureValidator validator = new FigureValidator(catalog, ImportTemplate.referenceSheets(messages),
                rules.check(locale), Messages.of(messages, locale), progress);
        StoppingSink sink = new StoppingSink(validator, properties.stopAfterErrors());
        try {
            WorkbookReader.read(file, sink, deadline, ReadingLimits.of(properties));
        } catch (EnoughErrors stop) {
            return validator.result().stoppedAt(stop.place);
        }
        return validator.result();
    }

    /** Passes rows to the validator until it has found enough errors, then stops the reading. */
    private record StoppingSink(FigureValidator validator, int stopAfterErrors) implements RowSink {

        @Override
        public void sheetStarted(String sheet, int lastRowHint) {
            validator.sheetStarted(sheet, lastRowHint);
        }

        @Override
        public void row(SheetRow row) {
            validator.row(row);
            if (validator.errorCount() >= stopAfterErrors) {
                throw new EnoughErrors(new CheckedFile.Place(row.sheet(), row.rowNumber()));
            }
        }

        @Override
        public void sheetEnded(String sheet) {
            validator.sheetEnded(sheet);
        }
    }

    /** Carries the early stop out through the reader, which passes a sink's exceptions on unchanged. */
    private static final class EnoughErrors extends RuntimeException {

        private final transient CheckedFile.Place place;

        EnoughErrors(CheckedFile.Place place) {
            super("enough errors", null, false, false);
            this.place = place;
        }
    }
}
