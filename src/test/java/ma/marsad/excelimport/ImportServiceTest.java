package ma.marsad.excelimport;

import static ma.marsad.excelimport.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.marsad.MarsadSpringTest;
import ma.marsad.audit.ChangeKind;
import ma.marsad.audit.ChangeSource;

/** Dry run, import, re-import and rejection against the real database, with workbooks made by POI. */
@MarsadSpringTest
class ImportServiceTest {

    @Autowired
    ImportService imports;
    @Autowired
    ma.marsad.progress.EntryService entries;
    @Autowired
    ma.marsad.review.ReviewService reviews;
    @Autowired
    ma.marsad.progress.FigureStore figures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;
    @TempDir
    Path dir;

    @AfterEach
    void removeImportedFigures() {
        ImportedFiguresCleanup.removeImports(jdbc);
    }

    /** Every accepted shape of a cell, each on a row of its own (UNICORNS and GAZELLES hold few sample figures). */
    private Path everyAcceptedVariant(TestWorkbook workbook) throws Exception {
        return workbook.sheet("Progress",
                row("Figures sent by the Souss-Massa office"),
                row(),
                row("Région", "Trimestre", "Valeur", "Indicateur", "Commentaire", "Checked by"),
                row("Souss-Massa", "2025-Q3", 1, "UNICORNS", "canonical period", "Amina"),
                row("souss massa", "Q4 2025", "12 500", "unicorns", "text with spaces"),
                row("SOUSS_MASSA", "T1 2026", "1,500", "licorne technologique", null),
                row("سوس ماسة", "2026 T2", "\u0661\u0662", " Unicorns ", "Arabic-Indic digits"),
                row(null, LocalDate.of(2025, 8, 15), 3, "GAZELLES", "a date cell, blank region"),
                row("Oriental", "30/09/2025", new TestWorkbook.Formula("2+3"), "GAZELLES", "formula"),
                row(),
                row("Casablanca-Settat", "2025-12-31", "7\u202F000", "gazelles", null),
                row("Drâa-Tafilalet", "الربع الأول 2026", 4.0, "Gazelles", null))
                .writeTo(dir.resolve("variants.bin"));
    }

    @Test
    void aDryRunReadsEveryAcceptedVariantAndChangesNothing() throws Exception {
        for (TestWorkbook workbook : new TestWorkbook[] {TestWorkbook.xlsx(), TestWorkbook.xls()}) {
            Path file = everyAcceptedVariant(workbook);
            String before = ImportedFiguresCleanup.snapshot(jdbc);

            ImportReport report = imports.check(file, Locale.ENGLISH, ImportProgress.NONE);

            assertThat(report.errors()).isEmpty();
            assertThat(report.warnings()).containsExactly("Sheet Progress: columns not used by Marsad were ignored: Checked by.");
            assertThat(report).extracting(ImportReport::dryRun, ImportReport::outcome, ImportReport::rowsRead,
                            ImportReport::accepted, ImportReport::rejected, ImportReport::created, ImportReport::updated,
                            ImportReport::unchanged, ImportReport::importId)
                    .containsExactly(true, ImportOutcome.CHECKED, 8, 8, 0, 8, 0, 0, null);
            assertThat(ImportedFiguresCleanup.snapshot(jdbc)).isEqualTo(before);
        }
    }

    @Test
    void anImportStoresEveryRowAndAReimportChangesNothing() throws Exception {
        Path file = everyAcceptedVariant(TestWorkbook.xlsx());

        ImportReport first = imports.importFile(file, "souss-massa-T3.xlsx", "clerk", Locale.ENGLISH, ImportProgress.NONE);

        assertThat(first).extracting(ImportReport::outcome, ImportReport::created, ImportReport::updated,
                ImportReport::unchanged).containsExactly(ImportOutcome.IMPORTED, 8, 0, 0);
        assertThat(jdbc.queryForList("select i.code || ' ' || e.quarter_code || ' ' || e.region_code || ' ' || e.amount"
                + " || ' ' || e.entered_by || ' ' || e.origin from progress_entry e join indicator i on i.id = e.indicator_id"
                + " where e.import_id = ? order by i.code, e.quarter_code", String.class, first.importId()))
                .containsExactly(
                        "GAZELLES 2025-Q3 NATIONAL 3.00 clerk IMPORT",
                        "GAZELLES 2025-Q3 ORIENTAL 5.00 clerk IMPORT",
                        "GAZELLES 2025-Q4 CASABLANCA_SETTAT 7000.00 clerk IMPORT",
                        "GAZELLES 2026-Q1 DRAA_TAFILALET 4.00 clerk IMPORT",
                        "UNICORNS 2025-Q3 SOUSS_MASSA 1.00 clerk IMPORT",
                        "UNICORNS 2025-Q4 SOUSS_MASSA 12500.00 clerk IMPORT",
                        "UNICORNS 2026-Q1 SOUSS_MASSA 1500.00 clerk IMPORT",
                        "UNICORNS 2026-Q2 SOUSS_MASSA 12.00 clerk IMPORT");
        ImportSummary logged = imports.recentImports(1).getFirst();
        assertThat(logged).extracting(ImportSummary::fileName, ImportSummary::uploadedBy, ImportSummary::rowsRead,
                        ImportSummary::created, ImportSummary::outcome, ImportSummary::sha256, ImportSummary::sizeBytes)
                .containsExactly("souss-massa-T3.xlsx", "clerk", 8, 8, ImportOutcome.IMPORTED,
                        ImportService.sha256(file), Files.size(file));
        Path kept = Path.of(jdbc.queryForObject("select stored_path from import_record where id = ?", String.class,
                first.importId()));
        assertThat(kept).hasSameBinaryContentAs(file);

        String afterFirst = jdbc.queryForList("select id, amount, version from progress_entry order by id").toString();
        ImportReport again = imports.importFile(file, "souss-massa-T3.xlsx", "clerk", Locale.ENGLISH, ImportProgress.NONE);
        assertThat(again).extracting(ImportReport::outcome, ImportReport::created, ImportReport::updated,
                ImportReport::unchanged).containsExactly(ImportOutcome.IMPORTED, 0, 0, 8);
        assertThat(jdbc.queryForList("select id, amount, version from progress_entry order by id").toString()).isEqualTo(afterFirst);
    }

    @Test
    void aDifferentValueReplacesTheStoredOneAndKeepsThePreviousInHistory() throws Exception {
        Path first = TestWorkbook.xlsx().progress(row("UNICORNS", "2026-Q3", "", 1, "first count"))
                .writeTo(dir.resolve("first.xlsx"));
        Path second = TestWorkbook.xlsx().progress(
                        row("UNICORNS", "2026-Q3", "", 2, "corrected"),
                        row("UNICORNS", "2026-Q2", "", 0, null))
                .writeTo(dir.resolve("second.xlsx"));
        ImportReport stored = imports.importFile(first, "first.xlsx", "clerk", Locale.ENGLISH, ImportProgress.NONE);

        ImportReport dryRun = imports.check(second, Locale.ENGLISH, ImportProgress.NONE);
        assertThat(dryRun).extracting(ImportReport::created, ImportReport::updated, ImportReport::unchanged)
                .containsExactly(1, 1, 0);
        ImportReport replaced = imports.importFile(second, "second.xlsx", "admin", Locale.ENGLISH, ImportProgress.NONE);

        assertThat(replaced).extracting(ImportReport::created, ImportReport::updated, ImportReport::unchanged)
                .containsExactly(1, 1, 0);
        long entryId = jdbc.queryForObject("select e.id from progress_entry e join indicator i on i.id = e.indicator_id"
                + " where i.code = 'UNICORNS' and e.quarter_code = '2026-Q3' and e.region_code = 'NATIONAL'", Long.class);
        assertThat(jdbc.queryForObject("select amount from progress_entry where id = ?", BigDecimal.class, entryId))
                .isEqualByComparingTo("2");
        assertThat(entries.history(entryId)).satisfiesExactly(created -> {
            assertThat(created.kind()).isEqualTo(ChangeKind.ENTRY_CREATED);
            assertThat(new BigDecimal(created.after())).isEqualByComparingTo("1");
            assertThat(created.afterComment()).isEqualTo("first count");
            assertThat(created.changedBy()).isEqualTo("clerk");
            assertThat(created.source()).isEqualTo(ChangeSource.IMPORT);
            assertThat(created.importId()).isEqualTo(stored.importId());
        }, changed -> {
            assertThat(changed.kind()).isEqualTo(ChangeKind.ENTRY_CHANGED);
            assertThat(changed.before()).isEqualTo("1");
            assertThat(changed.beforeComment()).isEqualTo("first count");
            assertThat(changed.after()).isEqualTo("2");
            assertThat(changed.afterComment()).isEqualTo("corrected");
            assertThat(changed.changedBy()).isEqualTo("admin");
            assertThat(changed.importId()).isEqualTo(replaced.importId());
        });
        assertThat(jdbc.queryForObject("select status from progress_entry where id = ?", String.class, entryId))
                .as("a changed figure waits for review again").isEqualTo("SUBMITTED");
    }

    @Test
    void anImportWithOneBadRowStoresNothingAndIsLoggedAsRejected() throws Exception {
        Path file = TestWorkbook.xlsx().progress(
                        row("UNICORNS", "2025-Q3", "Souss-Massa", 1, null),
                        row("UNICORNS", "2025-Q4", "Souss-Massa", 2, null),
                        row("UNICORNS", "2099-Q1", "Souss-Massa", 3, null))
                .writeTo(dir.resolve("bad.xlsx"));
        String before = ImportedFiguresCleanup.snapshot(jdbc).replaceAll("imports=\\d+", "");

        ImportReport report = imports.importFile(file, "bad.xlsx", "clerk", Locale.ENGLISH, ImportProgress.NONE);

        assertThat(report).extracting(ImportReport::outcome, ImportReport::rowsRead, ImportReport::accepted,
                        ImportReport::rejected, ImportReport::created)
                .containsExactly(ImportOutcome.REJECTED, 3, 2, 1, 0);
        assertThat(report.errors()).extracting(RowError::sheet, RowError::row, RowError::column, RowError::value)
                .containsExactly(tuple("Progress", 4, "Period", "2099-Q1"));
        assertThat(ImportedFiguresCleanup.snapshot(jdbc).replaceAll("imports=\\d+", "")).isEqualTo(before);
        assertThat(imports.recentImports(1)).singleElement().extracting(ImportSummary::outcome, ImportSummary::rejected)
                .containsExactly(ImportOutcome.REJECTED, 1);
    }

    @Test
    void aRowForAnApprovedAndLockedQuarterIsAnErrorAndTheImportStoresNothing() throws Exception {
        long unicorns = jdbc.queryForObject("select id from indicator where code = 'UNICORNS'", Long.class);
        imports.importFile(TestWorkbook.xlsx().progress(row("UNICORNS", "2026-Q3", "", 1, "first count"))
                .writeTo(dir.resolve("first.xlsx")), "first.xlsx", "clerk", Locale.ENGLISH, ImportProgress.NONE);
        ma.marsad.Reviewer.run(() -> reviews.approve(unicorns, ma.marsad.base.Quarter.of("2026-Q3"), "checked", "manager", java.util.Map.of()));
        Path file = TestWorkbook.xlsx().progress(
                        row("UNICORNS", "2026-Q2", "", 1, null),
                        row("UNICORNS", "2026-Q3", "Oriental", 2, null),
                        row("UNICORNS", "2026-Q3", "", 3, "recounted"))
                .writeTo(dir.resolve("late.xlsx"));
        String before = ImportedFiguresCleanup.snapshot(jdbc).replaceAll("imports=\\d+", "");
        String history = jdbc.queryForList("select * from history_event order by id").toString();

        ImportReport report = imports.importFile(file, "late.xlsx", "clerk", Locale.ENGLISH, ImportProgress.NONE);

        String locked = "UNICORNS for Q3 2026 is approved and locked; ask an administrator to reopen it,"
                + " or leave this row out.";
        assertThat(report).extracting(ImportReport::outcome, ImportReport::accepted, ImportReport::rejected,
                ImportReport::created, ImportReport::updated).containsExactly(ImportOutcome.REJECTED, 1, 2, 0, 0);
        assertThat(report.errors()).extracting(RowError::row, RowError::column, RowError::value, RowError::message)
                .containsExactly(tuple(3, "Period", "2026-Q3", locked), tuple(4, "Period", "2026-Q3", locked));
        assertThat(ImportedFiguresCleanup.snapshot(jdbc).replaceAll("imports=\\d+", "")).isEqualTo(before);
        assertThat(jdbc.queryForList("select * from history_event order by id").toString()).isEqualTo(history);
        assertThat(jdbc.queryForObject("select amount from progress_entry where indicator_id = ? and quarter_code"
                + " = '2026-Q3'", BigDecimal.class, unicorns)).isEqualByComparingTo("1");
    }

    @Test
    void anXlsFormulaGivingAnEmptyTextIsABlankCell() throws Exception {
        Path file = TestWorkbook.xls().progress(
                        row("UNICORNS", "2026-Q3", new TestWorkbook.Formula("IF(1=1,\"\",\"x\")"), 1, null),
                        row("UNICORNS", "2026-Q2", "", new TestWorkbook.Formula("IF(1=1,\"\",\"x\")"), null))
                .writeTo(dir.resolve("formulas.xls"));

        ImportReport report = imports.check(file, Locale.ENGLISH, ImportProgress.NONE);

        assertThat(report.errors()).extracting(RowError::row, RowError::column, RowError::message)
                .containsExactly(tuple(3, "Value", "The value is missing."));
        assertThat(report.accepted()).isEqualTo(1);
    }

    @Test
    void theNameKeptIsTheClerksFileNameWithoutAPathAndNotTooLong() {
        assertThat(ImportService.displayName("C:\\fakepath\\figures T3.xlsx")).isEqualTo("figures T3.xlsx");
        assertThat(ImportService.displayName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(ImportService.displayName("a".repeat(300) + ".xlsx")).hasSize(255).endsWith(".xlsx");
        assertThat(ImportService.displayName(null)).isEqualTo("upload");
    }

    @Test
    void aFileWithoutACommentColumnKeepsTheStoredComments() throws Exception {
        imports.importFile(TestWorkbook.xlsx().progress(row("UNICORNS", "2026-Q3", "", 1, "checked by the region"))
                .writeTo(dir.resolve("with.xlsx")), "with.xlsx", "clerk", Locale.ENGLISH, ImportProgress.NONE);
        Path withoutComments = TestWorkbook.xlsx().sheet("Progress",
                        row("Indicator", "Period", "Value"),
                        row("UNICORNS", "2026-Q3", 1))
                .writeTo(dir.resolve("without.xlsx"));

        ImportReport again = imports.importFile(withoutComments, "without.xlsx", "clerk", Locale.ENGLISH,
                ImportProgress.NONE);

        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select comment_text from progress_entry where origin = 'IMPORT'", String.class))
                .isEqualTo("checked by the region");
    }

    /**
     * Two imports of the same indicators take turns on the indicators' rows. H2 gives up waiting after its
     * lock time-out: the second import stores nothing and says why. PostgreSQL waits for the first import to
     * commit (within the postgres profile's lock_timeout), then the second import reads what the first
     * stored and replaces it: serialised, nothing lost or doubled.
     */
    @Test
    void anImportRacingAnotherOnTheSameFiguresEitherWaitsItsTurnOrStoresNothingAndSaysSo() throws Exception {
        long unicorns = jdbc.queryForObject("select id from indicator where code = 'UNICORNS'", Long.class);
        jdbc.update("insert into import_record (file_name, sha256, size_bytes, stored_path, uploaded_by, uploaded_at,"
                + " rows_read, accepted, rejected, created_count, updated_count, unchanged_count, outcome)"
                + " values ('first.xlsx', 'x', 1, 'x', 'clerk', current_timestamp, 1, 1, 0, 1, 0, 0, 'IMPORTED')");
        long firstImport = jdbc.queryForObject("select max(id) from import_record", Long.class);
        Path second = TestWorkbook.xlsx().progress(
                        row("GAZELLES", "2026-Q3", "", 1, null),
                        row("UNICORNS", "2026-Q3", "", 2, null))
                .writeTo(dir.resolve("second.xlsx"));
        java.util.concurrent.CountDownLatch stored = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch secondDone = new java.util.concurrent.CountDownLatch(1);
        org.springframework.transaction.support.TransactionTemplate transaction =
                new org.springframework.transaction.support.TransactionTemplate(transactions);

        Thread first = Thread.ofPlatform().start(() -> transaction.executeWithoutResult(status -> {
            figures.storeImport(java.util.List.of(new ma.marsad.progress.IncomingFigure(unicorns,
                    ma.marsad.base.Quarter.of("2026-Q3"), ma.marsad.base.Region.NATIONAL, BigDecimal.ONE, null, true)),
                    firstImport, "clerk");
            stored.countDown();
            try {
                // Long enough for the second import to reach the indicators' rows and wait there.
                secondDone.await(3, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        stored.await(30, java.util.concurrent.TimeUnit.SECONDS);
        java.util.concurrent.CompletableFuture<ImportReport> secondImport = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> {
                    try {
                        return imports.importFile(second, "second.xlsx", "admin", Locale.ENGLISH, ImportProgress.NONE);
                    } catch (UnreadableWorkbookException | java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
        try {
            if (ma.marsad.TestDatabase.postgres()) {
                ImportReport report = secondImport.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(report.outcome()).isEqualTo(ImportOutcome.IMPORTED);
                assertThat(report.created()).isEqualTo(1);
                assertThat(report.updated()).as("the first import's figure, replaced").isEqualTo(1);
            } else {
                org.assertj.core.api.Assertions.assertThat(secondImport)
                        .failsWithin(java.time.Duration.ofSeconds(60))
                        .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                        .withCauseInstanceOf(ma.marsad.progress.ConcurrentFigureChangeException.class);
            }
        } finally {
            secondDone.countDown();
            first.join();
        }

        List<String> importedFigures = jdbc.queryForList("select i.code || ' ' || e.amount from progress_entry e"
                + " join indicator i on i.id = e.indicator_id where e.origin = 'IMPORT' order by i.code", String.class);
        long secondRecords = jdbc.queryForObject("select count(*) from import_record where file_name = 'second.xlsx'",
                Long.class);
        if (ma.marsad.TestDatabase.postgres()) {
            assertThat(importedFigures).as("the second import's figures, each once").containsExactly("GAZELLES 1.00",
                    "UNICORNS 2.00");
            assertThat(secondRecords).isEqualTo(1);
            assertThat(jdbc.queryForList("select before_value || ' -> ' || after_value from history_event"
                    + " where kind = 'ENTRY_CHANGED' and indicator_id = ?", String.class, unicorns))
                    .containsExactly("1 -> 2");
        } else {
            assertThat(importedFigures).as("the first import's figure, once; nothing of the second")
                    .containsExactly("UNICORNS 1.00");
            assertThat(secondRecords).isZero();
        }
    }
}
