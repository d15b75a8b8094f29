package ma.marsad.excelimport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import ma.marsad.base.Messages;
import ma.marsad.base.FileLanguage;

/**
 * The clerk's own rows back, each with its status and every faulty cell marked and explained. Memory stays
 * bounded whatever the file: the check keeps at most marsad.imports.stop-after-errors errors, and the copy is
 * written with SXSSF while the file is read a second time, a window of rows at a time.
 */
@Service
public class AnnotatedCopies {

    private final FileChecker checker;
    private final MessageSource messages;
    private final ImportProperties properties;
    private final ParseTimeout parseTimeout;

    AnnotatedCopies(FileChecker checker, MessageSource messages, ImportProperties properties,
                    ParseTimeout parseTimeout) {
        this.checker = checker;
        this.messages = messages;
        this.properties = properties;
        this.parseTimeout = parseTimeout;
    }

    /** Writes the copy to {@code out}, reading the file within the parse time-out from now. */
    public void write(Path file, Locale locale, OutputStream out) throws UnreadableWorkbookException, IOException {
        write(file, locale, out, ReadingDeadline.after(parseTimeout.limit()));
    }

    /** Writes the copy to a temporary .xlsx file, which the caller deletes once sent. */
    Path writeToTemporaryFile(Path file, Locale locale, ReadingDeadline deadline)
            throws UnreadableWorkbookException, IOException {
        Path copy = Files.createTempFile("marsad-annotated-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(copy)) {
            write(file, locale, out, deadline);
            return copy;
        } catch (IOException | UnreadableWorkbookException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
    }

    private void write(Path file, Locale locale, OutputStream out, ReadingDeadline deadline)
            throws UnreadableWorkbookException, IOException {
        CheckedFile checked = checker.check(file, locale, ImportProgress.NONE, deadline);
        try (AnnotatedCopy copy = new AnnotatedCopy(new Found(checked), Messages.of(messages, locale),
                FileLanguage.rightToLeft(locale))) {
            WorkbookReader.read(file, copy, deadline, ReadingLimits.of(properties));
            copy.writeTo(out);
        } catch (IllegalArgumentException e) {
            // POI refuses to write what a hand-made file may hold (more rows or columns than Excel allows).
            throw new UnreadableWorkbookException(UnreadableWorkbookException.Reason.DAMAGED, e.getMessage(), e);
        }
    }

    /** What the check found, as the copy asks for it; rows after an early stop are marked as not checked. */
    private static final class Found implements Annotations {

        private final CheckedFile checked;
        private final Map<String, Map<Integer, List<RowError>>> byRow = new LinkedHashMap<>();
        /** The copy has gone past the place where the check stopped. */
        private boolean pastStop;
        private boolean inStopSheet;

        Found(CheckedFile checked) {
            this.checked = checked;
            for (RowError error : checked.errors()) {
                if (error.sheet() != null && error.row() != null) {
                    byRow.computeIfAbsent(error.sheet(), s -> new LinkedHashMap<>())
                            .computeIfAbsent(error.row(), r -> new ArrayList<>()).add(error);
                }
            }
        }

        @Override
        public int headerRow(String sheet) {
            CheckedFile.Header header = checked.headers().get(sheet);
            return header == null ? 0 : header.row();
        }

        @Override
        public int lastHeaderColumn(String sheet) {
            CheckedFile.Header header = checked.headers().get(sheet);
            return header == null ? -1 : header.lastColumn();
        }

        @Override
        public List<RowError> errorsAt(String sheet, int row) {
            return byRow.getOrDefault(sheet, Map.of()).getOrDefault(row, List.of());
        }

        @Override
        public boolean checked(String sheet, int row) {
            CheckedFile.Place stop = checked.stoppedAt();
            if (stop == null || pastStop) {
                return !pastStop;
            }
            if (sheet.equals(stop.sheet())) {
                inStopSheet = true;
                pastStop = row > stop.row();
            } else if (inStopSheet) {
                pastStop = true;
            }
            return !pastStop;
        }
    }
}
