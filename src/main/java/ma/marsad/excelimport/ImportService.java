package ma.marsad.excelimport;

import ma.marsad.progress.FigureRules;
import ma.marsad.base.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ma.marsad.base.FileLanguage;
import ma.marsad.base.Quarter;
import ma.marsad.indicator.IndicatorService;
import ma.marsad.progress.FigureChanges;
import ma.marsad.progress.FigureStore;
import ma.marsad.progress.IncomingFigure;
import ma.marsad.progress.QuarterLocks;

/**
 * Clerks' quarterly figures from Excel: the template, the dry run, the all-or-nothing import, the
 * annotated copy of a file with errors, and the log of past imports.
 */
@Service
public class ImportService {

    private static final DateTimeFormatter STORED_NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final IndicatorService indicators;
    private final FigureStore figures;
    private final FigureRules rules;
    private final ImportRecordRepository records;
    private final MessageSource messages;
    private final ImportProperties properties;
    private final ParseTimeout parseTimeout;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ImportService(IndicatorService indicators, FigureStore figures, FigureRules rules, ImportRecordRepository records,
                  MessageSource messages, ImportProperties properties, ParseTimeout parseTimeout,
                  PlatformTransactionManager transactions, Clock clock) {
        this.indicators = indicators;
        this.figures = figures;
        this.rules = rules;
        this.records = records;
        this.messages = messages;
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

    /**
     * What a clerk reads when a file is refused for this reason, in their language: {0} is the upload limit in
     * megabytes, {1} the parse time-out in seconds.
     */
    public String refusal(UnreadableWorkbookException.Reason reason, Locale locale) {
        String key = "import.refused." + reason.name();
        Object[] args = {maxFileSizeMegabytes(), Math.max(1, parseTimeout.limit().toSeconds())};
        return messages.getMessage(key, args, key, locale);
    }

    /**
     * The empty workbook clerks fill in, in {@code locale}'s language (right to left in Arabic). Filled in
     * whichever language, it imports.
     */
    public void writeTemplate(Locale locale, OutputStream out) throws IOException {
        Locale language = FileLanguage.supported(locale);
        ImportTemplate.write(indicators.findAll(), Messages.of(messages, language), language, out);
    }

    /** A dry run: every row checked, and what an import would create, update or leave; nothing is stored. */
    public ImportReport check(Path file, Locale locale, ImportProgress progress)
            throws UnreadableWorkbookException, IOException {
        CheckedFile checked = validate(file, locale, progress);
        FigureChanges changes = figures.compare(incoming(checked));
        return report(true, ImportOutcome.CHECKED, checked, changes, null);
    }

    /**
     * Checks the file and, when no row has an error, stores every row in one transaction; otherwise stores
     * no figure. Either way the file is kept under the storage directory and the attempt is logged; when it
     * cannot be kept ({@link FileNotKeptException}), nothing is stored, not even the import record.
     */
    public ImportReport importFile(Path file, String uploadedName, String user, Locale locale, ImportProgress progress)
            throws UnreadableWorkbookException, IOException {
        String fileName = displayName(uploadedName);
        CheckedFile checked = validate(file, locale, progress);
        String sha256 = sha256(file);
        long size = Files.size(file);
        Path kept = keep(file, fileName, sha256);
        try {
            if (!checked.clean()) {
                long id = transaction.execute(status -> {
                    ImportRecord record = new ImportRecord(fileName, sha256, size, kept.toString(), user,
                            Instant.now(clock), ImportOutcome.REJECTED);
                    record.counts(checked.rowsRead(), checked.accepted().size(), checked.rejected(), 0, 0, 0);
                    return records.save(record).getId();
                });
                return report(false, ImportOutcome.REJECTED, checked, new FigureChanges(0, 0, 0), id);
            }
            return transaction.execute(status -> {
                ImportRecord record = records.saveAndFlush(new ImportRecord(fileName, sha256, size, kept.toString(),
                        user, Instant.now(clock), ImportOutcome.IMPORTED));
                FigureChanges changes = figures.storeImport(incoming(checked), record.getId(), user);
                record.counts(checked.rowsRead(), checked.accepted().size(), 0, changes.created(),
                        changes.updated(), changes.unchanged());
                return report(false, ImportOutcome.IMPORTED, checked, changes, record.getId());
            });
        } catch (RuntimeException e) {
            Files.deleteIfExists(kept);
            throw e;
        }
    }

    /** The clerk's own rows back, each with its status and every faulty cell marked and explained. */
    public void writeAnnotatedCopy(Path file, Locale locale, OutputStream out)
            throws UnreadableWorkbookException, IOException {
        CheckedFile checked = validate(file, locale, ImportProgress.NONE);
        Map<String, Map<Integer, List<RowError>>> byRow = new LinkedHashMap<>();
        for (RowError error : checked.errors()) {
            if (error.sheet() != null && error.row() != null) {
                byRow.computeIfAbsent(error.sheet(), s -> new LinkedHashMap<>())
                        .computeIfAbsent(error.row(), r -> new java.util.ArrayList<>()).add(error);
            }
        }
        Annotations annotations = new Annotations() {
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
        };
        try (AnnotatedCopy copy = new AnnotatedCopy(annotations, Messages.of(messages, locale),
                FileLanguage.rightToLeft(locale))) {
            WorkbookReader.read(file, copy, ReadingDeadline.after(parseTimeout.limit()));
            copy.writeTo(out);
        } catch (IllegalArgumentException e) {
            // POI refuses to write what a hand-made file may hold (more rows or columns than Excel allows).
            throw new UnreadableWorkbookException(UnreadableWorkbookException.Reason.DAMAGED, e.getMessage(), e);
        }
    }

    /** The file name of every import, by import id: reports say which file each figure came from. */
    public Map<Long, String> fileNames() {
        Map<Long, String> names = new java.util.HashMap<>();
        records.findAll().forEach(r -> names.put(r.getId(), r.toSummary().fileName()));
        return names;
    }

    /** The latest imports, newest first. */
    public List<ImportSummary> recentImports(int limit) {
        return records.findByOrderByUploadedAtDescIdDesc(Limit.of(limit)).stream().map(ImportRecord::toSummary).toList();
    }

    private CheckedFile validate(Path file, Locale locale, ImportProgress progress)
            throws UnreadableWorkbookException, IOException {
        long size = Files.size(file);
        if (size > maxFileSize()) {
            throw new UnreadableWorkbookException(UnreadableWorkbookException.Reason.TOO_LARGE,
                    size + " bytes, limit " + maxFileSize());
        }
        Catalog catalog = new Catalog(indicators.findAll(), locale);
        FigureValidator validator = new FigureValidator(catalog, ImportTemplate.referenceSheets(messages),
                rules.check(locale), Messages.of(messages, locale), progress);
        WorkbookReader.read(file, validator, ReadingDeadline.after(parseTimeout.limit()));
        return validator.result();
    }

    private static List<IncomingFigure> incoming(CheckedFile checked) {
        return checked.accepted().stream()
                .map(r -> new IncomingFigure(r.indicatorId(), r.quarter(), r.region(), r.amount(), r.comment(),
                        r.commentColumn()))
                .toList();
    }

    private ImportReport report(boolean dryRun, ImportOutcome outcome, CheckedFile checked, FigureChanges changes,
                                Long importId) {
        List<RowError> listed = checked.errors().subList(0, Math.min(checked.errors().size(),
                properties.maxListedErrors()));
        return new ImportReport(dryRun, outcome, checked.rowsRead(), checked.accepted().size(), checked.rejected(),
                changes.created(), changes.updated(), changes.unchanged(), List.copyOf(listed),
                checked.errors().size(), List.copyOf(checked.warnings()), importId);
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

    /**
     * Copies the uploaded file to storageDir/yyyy/MM/, named by time, hash, a random part (two imports of
     * one file in one second never share a copy) and a safe form of its name. The copy is written under a
     * temporary name and renamed when complete, so a full disk never leaves half a file under a kept name.
     */
    private Path keep(Path file, String fileName, String sha256) throws FileNotKeptException {
        Instant now = Instant.now(clock);
        String month = now.atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy/MM"));
        Path dir = properties.storageDir().resolve(month);
        String safeName = fileName == null ? "upload" : fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safeName.length() > 80) {
            safeName = safeName.substring(safeName.length() - 80);
        }
        Path target = dir.resolve(now.atOffset(ZoneOffset.UTC).format(STORED_NAME_TIME) + "-"
                + sha256.substring(0, 12) + "-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "-" + safeName);
        if (!target.normalize().getParent().equals(dir.normalize())) {
            // Cannot happen with the name built above; a guard in case that code changes.
            throw new IllegalStateException("A kept import must stay in " + dir);
        }
        Path part = dir.resolve(target.getFileName() + ".part");
        try {
            Files.createDirectories(dir);
            Files.copy(file, part);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            try {
                if (Files.exists(part)) {
                    Files.delete(part);
                }
            } catch (IOException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw new FileNotKeptException(properties.storageDir(), e);
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
