package ma.marsad.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.marsad.progress.LargeImport;

/**
 * The restore documented in docs/administration.md, as an administrator runs it: the application stopped,
 * scripts/restore-backup.sh unpacks a backup into the database folder, the application opens it (Flyway
 * validates it) and finds the figures and history as they were when the backup was made.
 */
class BackupRestoreTest {

    /** Every row of the tables that hold figures, their history, imports and targets, in id order. */
    private static final List<String> TABLES = List.of("indicator", "import_record", "progress_entry", "history_event");

    @TempDir
    static Path template;
    @TempDir
    Path dir;

    private Path databaseFolder;
    private DataSource database;
    private BackupService backups;

    /** One database with a large import (5,200 figures and their history), copied for each test. */
    @BeforeAll
    static void aDatabaseWithALargeImport() {
        DataSource database = LargeImport.dataSource(LargeImport.applicationUrl(template.resolve("marsad")));
        LargeImport.migrate(database);
        LargeImport.store(database, LargeImport.figures(LargeImport.seedIndicators(database)));
    }

    @BeforeEach
    void copyOfTheDatabase() throws IOException {
        assumeThat(Stream.of("unzip", "python3").anyMatch(BackupRestoreTest::installed))
                .as("the restore script needs unzip or python3").isTrue();
        databaseFolder = Files.createDirectories(dir.resolve("db"));
        Files.copy(template.resolve("marsad.mv.db"), databaseFolder.resolve("marsad.mv.db"));
        database = LargeImport.dataSource(LargeImport.applicationUrl(databaseFolder.resolve("marsad")));
        backups = new BackupService(database, new BackupProperties(dir.resolve("backups"), 14, "-"), new TestClock());
    }

    @Test
    void aRestoredBackupHoldsTheFiguresAndHistoryOfItsTimeAndTheReplacedDatabaseIsKeptAside() throws Exception {
        String atBackup = everything(database);
        BackupFile backup = ((BackupOutcome.Written) backups.backUp("admin")).file();
        // Work done after the backup: a restore takes the database back to before it.
        new JdbcTemplate(database).update("update progress_entry set amount = amount + 1, version = version + 1"
                + " where quarter_code = '1999-Q4'");
        String afterBackup = everything(database);
        assertThat(afterBackup).isNotEqualTo(atBackup);

        String output = restore(dir.resolve("backups").resolve(backup.fileName()), databaseFolder);

        LargeImport.migrate(database);
        assertThat(everything(database)).isEqualTo(atBackup);
        assertThat(LargeImport.contents(database)).isEqualTo(LargeImport.Contents.expected());
        Path aside;
        try (Stream<Path> folders = Files.list(databaseFolder)) {
            aside = folders.filter(f -> f.getFileName().toString().startsWith("before-restore-")).findFirst().orElseThrow();
        }
        assertThat(output).contains("Restored " + dir.resolve("backups").resolve(backup.fileName()))
                .contains("kept in " + aside);
        DataSource replaced = LargeImport.dataSource(LargeImport.applicationUrl(aside.resolve("marsad")));
        assertThat(everything(replaced)).isEqualTo(afterBackup);
    }

    @Test
    void aBackupMadeDuringAnUnfinishedChangeHoldsOnlyWhatWasCommitted() throws Exception {
        String committed = everything(database);
        BackupFile backup;
        try (Connection open = database.getConnection()) {
            open.setAutoCommit(false);
            open.createStatement().executeUpdate("update progress_entry set amount = 0");
            backup = ((BackupOutcome.Written) backups.backUp("admin")).file();
            open.commit();
        }
        assertThat(new JdbcTemplate(database).queryForObject("select max(amount) from progress_entry", Long.class))
                .isZero();

        Path elsewhere = dir.resolve("restored");
        restore(dir.resolve("backups").resolve(backup.fileName()), elsewhere);

        DataSource restored = LargeImport.dataSource(LargeImport.applicationUrl(elsewhere.resolve("marsad")));
        LargeImport.migrate(restored);
        assertThat(everything(restored)).isEqualTo(committed);
    }

    @Test
    void theScriptRefusesAFileThatIsNotAMarsadBackup() throws Exception {
        Path notABackup = Files.writeString(dir.resolve("figures.zip"), "not a zip");
        Process script = new ProcessBuilder("bash", "scripts/restore-backup.sh", notABackup.toString(),
                databaseFolder.toString()).redirectErrorStream(true).start();
        String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(script.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(script.exitValue()).isEqualTo(1);
        assertThat(output).contains(notABackup + " is not a readable zip file");
        assertThat(LargeImport.contents(database)).isEqualTo(LargeImport.Contents.expected());
    }

    /** Runs scripts/restore-backup.sh as the documentation says; its output. */
    private static String restore(Path backup, Path folder) throws IOException, InterruptedException {
        Process script = new ProcessBuilder("bash", "scripts/restore-backup.sh", backup.toString(), folder.toString())
                .redirectErrorStream(true).start();
        String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(script.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(script.exitValue()).as(output).isZero();
        return output;
    }

    /** Every row of the figures' tables. */
    private static String everything(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        StringBuilder all = new StringBuilder();
        for (String table : TABLES) {
            jdbc.queryForList("select * from " + table + " order by id").forEach(row -> all.append(table)
                    .append(row).append('\n'));
        }
        return all.toString();
    }

    private static boolean installed(String command) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + command).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
