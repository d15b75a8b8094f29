package ma.marsad.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ma.marsad.UnwritableFolder;
import ma.marsad.progress.LargeImport;

/** Backups of a file H2 database with the application's settings and schema, written while it is open. */
class BackupServiceTest {

    @TempDir
    static Path databaseFolder;
    private static DataSource database;
    @TempDir
    Path dir;

    private final TestClock clock = new TestClock();
    private Path folder;

    /** One database for every test: a backup only reads it. */
    @BeforeAll
    static void aDatabaseWithTheApplicationsSchema() {
        database = LargeImport.dataSource(LargeImport.applicationUrl(databaseFolder.resolve("marsad")));
        LargeImport.migrate(database);
    }

    @BeforeEach
    void anEmptyBackupFolder() {
        folder = dir.resolve("backups");
    }

    private BackupService service(int keep) {
        return new BackupService(database, new BackupProperties(folder, keep, "-"), clock);
    }

    @Test
    void aBackupIsAZipOfTheDatabaseFileNamedByTheTimeInMorocco() throws IOException {
        BackupOutcome outcome = service(14).backUp("admin");

        BackupFile written = ((BackupOutcome.Written) outcome).file();
        assertThat(written.fileName()).isEqualTo("marsad-20261123-100000.zip");
        assertThat(written.writtenAt()).isEqualTo(clock.instant());
        assertThat(written.sizeBytes()).isEqualTo(Files.size(folder.resolve("marsad-20261123-100000.zip")));
        try (ZipFile zip = new ZipFile(folder.resolve(written.fileName()).toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName)).containsExactly("marsad.mv.db");
        }
        assertThat(files()).as("no temporary file left").containsExactly("marsad-20261123-100000.zip");
        assertThat(service(14).list()).containsExactly(written);
    }

    @Test
    void twoBackupsInOneSecondGetTwoNamesAndTheListShowsTheNewestFirst() {
        BackupService backups = service(14);
        backups.backUp("admin");
        backups.backUp("schedule");

        assertThat(backups.list()).extracting(BackupFile::fileName)
                .containsExactly("marsad-20261123-100000-2.zip", "marsad-20261123-100000.zip");
    }

    @Test
    void onlyTheNewestBackupsAreKeptAndOtherFilesAreLeftAlone() throws IOException {
        BackupService backups = service(3);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("notes.txt"), "kept by the administrator");
        for (int night = 0; night < 5; night++) {
            backups.backUp("schedule");
            clock.advance(Duration.ofDays(1));
        }

        assertThat(files()).containsExactly("marsad-20261125-100000.zip", "marsad-20261126-100000.zip",
                "marsad-20261127-100000.zip", "notes.txt");
    }

    @Test
    void aFullDiskLeavesNoFileBehindAndSaysWhy() throws IOException {
        assumeThat(Path.of("/dev/full")).as("Linux's always-full device").exists();
        BackupService backups = service(14);
        backups.backUp("admin");
        clock.advance(Duration.ofHours(1));
        // The next backup's temporary file leads to a device that answers every write with "disk full".
        Files.createSymbolicLink(folder.resolve("marsad-20261123-110000.zip" + BackupService.PART), Path.of("/dev/full"));

        BackupOutcome outcome = backups.backUp("admin");

        assertThat(outcome).isEqualTo(new BackupOutcome.Failed(folder.toString(), "No space left on device"));
        assertThat(files()).as("the earlier backup only").containsExactly("marsad-20261123-100000.zip");
    }

    @Test
    void aFolderThatCannotBeWrittenLeavesNothingAndSaysWhy() throws IOException {
        try (UnwritableFolder blocked = UnwritableFolder.at(folder)) {
            BackupOutcome outcome = service(14).backUp("admin");

            BackupOutcome.Failed failed = (BackupOutcome.Failed) outcome;
            assertThat(failed.folder()).isEqualTo(folder.toString());
            assertThat(failed.cause()).as(blocked.how()).isIn("a file is in the way: " + folder,
                    "access denied: " + folder.resolve("marsad-20261123-100000.zip" + BackupService.PART),
                    "Permission denied");
        }
        assertThat(files()).isEmpty();
    }

    @Test
    void anInMemoryDatabaseIsNotBackedUpAndNoFolderIsMade() {
        DataSource memory = LargeImport.dataSource("jdbc:h2:mem:backup-test");
        BackupService backups = new BackupService(memory, new BackupProperties(folder, 14, "-"), clock);

        assertThat(backups.backUp("admin")).isEqualTo(new BackupOutcome.Unavailable(Availability.NOT_A_FILE, "H2"));
        assertThat(folder).doesNotExist();
    }

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @CsvSource({
            "H2, jdbc:h2:file:./data/db/marsad, AVAILABLE",
            "H2, jdbc:h2:./data/db/marsad, AVAILABLE",
            "H2, jdbc:h2:file:/var/lib/marsad/db/marsad, AVAILABLE",
            "H2, jdbc:h2:mem:marsad-1234, NOT_A_FILE",
            "H2, jdbc:h2:memFS:marsad, NOT_A_FILE",
            "H2, jdbc:h2:tcp://db.example.ma/marsad, NOT_A_FILE",
            "PostgreSQL, jdbc:postgresql://localhost:5432/marsad, OTHER_DATABASE"})
    void onlyAnEmbeddedH2FileIsBackedUpByMarsad(String product, String url, Availability expected) {
        assertThat(BackupService.classify(product, url)).isEqualTo(expected);
    }

    private List<String> files() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
