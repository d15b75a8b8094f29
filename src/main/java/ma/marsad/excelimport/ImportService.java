package ma.marsad.excelimport;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ma.marsad.progress.FigureChanges;
import ma.marsad.progress.FigureStore;
import ma.marsad.progress.IncomingFigure;

/**
 * Clerks' quarterly figures from Excel: the dry run, the all-or-nothing import and the log of past imports.
 * The template ({@link ImportTemplates}), the kept files ({@link ImportStorage}) and the annotated copy
 * ({@link AnnotatedCopies}) have classes of their own; uploads go through {@link ImportJobs}, which reads a
 * bounded number of files at once.
 */
@Service
public class ImportService {

    private final FigureStore figures;
    private final ImportRecordRepository records;
    private final FileChecker checker;
    private final ImportStorage storage;
    private final ImportRefusals refusals;
    private final ImportProperties properties;
    private final ParseTimeout parseTimeout;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ImportService(FigureStore figures, ImportRecordRepository records, FileChecker checker, ImportStorage storage,
                  ImportRefusals refusals, ImportProperties properties, ParseTimeout parseTimeout,
                  PlatformTransactionManager transactions, Clock clock) {
        this.figures = figures;
        this.records = records;
        this.checker = checker;
        this.storage = storage;
        this.refusals = refusals;
        this.properties = properties;
        this.parseTimeout = parseTimeout;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The largest file accepted, in bytes. */
    public long maxFileSize() {
        return properties.maxFileSize().toBytes();
    }

    /** The upload limit in megabytes, as clerks are told it. */
    public long maxFileSizeMegabytes() {
        return properties.maxFileSize().toMegabytes();
    }

    /** What a clerk reads when a file is refused for this reason, in their language, naming the limit. */
    public String refusal(UnreadableWorkbookException.Reason reason, Locale locale) {
        return refusals.text(reason, locale);
    }

    /** A dry run: every row checked, and what an import would create, update or leave; nothing is stored. */
    public ImportReport check(Path file, Locale locale, ImportProgress progress)
            throws UnreadableWorkbookException, IOException {
        return check(file, locale, progress, ReadingDeadline.after(parseTimeout.limit()));
    }

    ImportReport check(Path file, Locale locale, ImportProgress progress, ReadingDeadline deadline)
            throws UnreadableWorkbookException, IOException {
        CheckedFile checked = checker.check(file, locale, progress, deadline);
        FigureChanges changes = figures.compare(incoming(checked));
        return report(true, ImportOutcome.CHECKED, checked, changes, null, locale);
    }

    /**
     * Checks the file and, when no row has an error, stores every row in one transaction; otherwise stores
     * no figure. Either way the file is kept under the storage directory and the attempt is logged; when it
     * cannot be kept ({@link FileNotKeptException}), nothing is stored, not even the import record.
     */
    public ImportReport importFile(Path file, String uploadedName, String user, Locale locale, ImportProgress progress)
            throws UnreadableWorkbookException, IOException {
        return importFile(file, uploadedName, user, locale, progress, ReadingDeadline.after(parseTimeout.limit()));
    }

    ImportReport importFile(Path file, String uploadedName, String user, Locale locale, ImportProgress progress,
                            ReadingDeadline deadline) throws UnreadableWorkbookException, IOException {
        String fileName = displayName(uploadedName);
        CheckedFile checked = checker.check(file, locale, progress, deadline);
        String sha256 = ImportStorage.sha256(file);
        long size = Files.size(file);
        Path kept = storage.keep(file, fileName, sha256);
        try {
            if (!checked.clean()) {
                long id = transaction.execute(status -> {
                    ImportRecord record = new ImportRecord(fileName, sha256, size, kept.toString(), user,
                            Instant.now(clock), ImportOutcome.REJECTED);
                    record.counts(checked.rowsRead(), checked.accepted().size(), checked.rejected(), 0, 0, 0);
                    return records.save(record).getId();
                });
                return report(false, ImportOutcome.REJECTED, checked, new FigureChanges(0, 0, 0), id, locale);
            }
            return transaction.execute(status -> {
                ImportRecord record = records.saveAndFlush(new ImportRecord(fileName, sha256, size, kept.toString(),
                        user, Instant.now(clock), ImportOutcome.IMPORTED));
                FigureChanges changes = figures.storeImport(incoming(checked), record.getId(), user);
                record.counts(checked.rowsRead(), checked.accepted().size(), 0, changes.created(),
                        changes.updated(), changes.unchanged());
                return report(false, ImportOutcome.IMPORTED, checked, changes, record.getId(), locale);
            });
        } catch (RuntimeException e) {
            Files.deleteIfExists(kept);
            throw e;
        }
    }

    /** The latest imports, newest first. */
    public List<ImportSummary> recentImports(int limit) {
        return records.findByOrderByUploadedAtDescIdDesc(Limit.of(limit)).stream().map(ImportRecord::toSummary).toList();
    }

    private static List<IncomingFigure> incoming(CheckedFile checked) {
        return checked.accepted().stream()
                .map(r -> new IncomingFigure(r.indicatorId(), r.quarter(), r.region(), r.amount(), r.comment(),
                        r.commentColumn()))
                .toList();
    }

    private ImportReport report(boolean dryRun, ImportOutcome outcome, CheckedFile checked, FigureChanges changes,
                                Long importId, Locale locale) {
        List<RowError> listed = checked.errors().subList(0, Math.min(checked.errors().size(),
                properties.maxListedErrors()));
        List<String> warnings = new ArrayList<>(checked.warnings());
        CheckedFile.Place stop = checked.stoppedAt();
        if (stop != null) {
            warnings.addFirst(refusals.stoppedEarly(stop, checked.errors().size(), checked.rowsRead(), locale));
        }
        return new ImportReport(dryRun, outcome, checked.rowsRead(), checked.accepted().size(), checked.rejected(),
                changes.created(), changes.updated(), changes.unchanged(), List.copyOf(listed),
                checked.errors().size(), List.copyOf(warnings), importId, stop != null);
    }

    /**
     * The name as the clerk knows it, safe to show and to log: without the path some browsers send, without
     * control or invisible formatting characters (line breaks, right-to-left overrides that disguise an
     * extension), at most 255 characters (the end kept, with its extension).
     */
    static String displayName(String uploadedName) {
        String name = uploadedName == null ? "" : uploadedName.replaceAll("[\\p{Cntrl}\\p{Cf}]", "");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty()) {
            return "upload";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    static String sha256(Path file) throws IOException {
        return ImportStorage.sha256(file);
    }
}
