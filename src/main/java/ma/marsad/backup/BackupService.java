package ma.marsad.backup;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import ma.marsad.base.Morocco;

/**
 * Online backups of the built-in H2 database: H2's {@code BACKUP TO} copies a consistent state of the file
 * while Marsad keeps serving. Each backup is written under a temporary name and renamed once complete, so
 * the folder never holds half a backup under a backup's name; the newest {@link BackupProperties#keep()} are
 * kept. On PostgreSQL, backups are the database administrators' job and nothing is written.
 */
@Service
public class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** marsad-20261123-020000.zip, or marsad-20261123-020000-2.zip for a second one in the same second. */
    private static final Pattern NAME = Pattern.compile("marsad-(\\d{8}-\\d{6})(?:-(\\d+))?\\.zip");
    /** The suffix of a backup being written; such a file is never listed, and removed once stale. */
    static final String PART = ".part";

    private final DataSource dataSource;
    private final BackupProperties properties;
    private final Clock clock;
    private volatile Database database;

    public BackupService(DataSource dataSource, BackupProperties properties, Clock clock) {
        this.dataSource = dataSource;
        this.properties = properties;
        this.clock = clock;
    }

    /** The database product and whether Marsad can back it up. */
    private record Database(String product, Availability availability) {
    }

    public Availability availability() {
        return database().availability();
    }

    /** The database product's name as its driver gives it ("H2", "PostgreSQL"). */
    public String databaseName() {
        return database().product();
    }

    /** The backup folder, as configured. */
    public Path folder() {
        return properties.folder();
    }

    /** How many backups are kept. */
    public int keep() {
        return properties.keep();
    }

    /** When the scheduled backup runs (a cron expression in Morocco's time; "-" for never). */
    public String schedule() {
        return properties.cron();
    }

    /**
     * Writes a backup now, then deletes the oldest beyond the number kept. One at a time: a second request
     * waits for the first to finish. {@code requestedBy} is logged with the outcome.
     */
    public synchronized BackupOutcome backUp(String requestedBy) {
        Database db = database();
        if (db.availability() != Availability.AVAILABLE) {
            LOG.info("Backup asked by {} not made: the database ({}) is {}", requestedBy, db.product(),
                    db.availability());
            return new BackupOutcome.Unavailable(db.availability(), db.product());
        }
        Path folder = properties.folder().toAbsolutePath().normalize();
        Path part = null;
        try {
            Files.createDirectories(folder);
            Path target = freeName(folder);
            part = folder.resolve(target.getFileName() + PART);
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement backup = connection.prepareStatement("BACKUP TO ?")) {
                backup.setString(1, part.toString());
                backup.execute();
            }
            // A rename within one folder: the backup appears under its name complete or not at all.
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            BackupFile written = new BackupFile(target.getFileName().toString(), Files.size(target), writtenAt(target));
            LOG.info("Backup {} written in {} ({} bytes), asked by {}", written.fileName(), folder,
                    written.sizeBytes(), requestedBy);
            removeOldBackups(folder);
            removeStaleParts(folder);
            return new BackupOutcome.Written(written);
        } catch (IOException | SQLException | RuntimeException e) {
            String cause = describe(e);
            LOG.error("Backup asked by {} failed in {}: {}", requestedBy, folder, cause, e);
            deleteQuietly(part);
            return new BackupOutcome.Failed(properties.folder().toString(), cause);
        }
    }

    /** The backups in the folder, newest first. */
    public List<BackupFile> list() {
        Path folder = properties.folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<BackupFile> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> NAME.matcher(f.getFileName().toString()).matches()
                    && Files.isRegularFile(f)).toList()) {
                found.add(new BackupFile(file.getFileName().toString(), Files.size(file), writtenAt(file)));
            }
        } catch (IOException e) {
            LOG.warn("Could not list the backups in {}", folder, e);
        }
        found.sort(NEWEST_FIRST);
        return found;
    }

    private static final Comparator<BackupFile> NEWEST_FIRST = Comparator.comparing(BackupFile::writtenAt)
            .thenComparing(f -> sequence(f.fileName())).reversed();

    /** marsad-<Morocco time>.zip, with -2, -3 … when a backup of that second exists already. */
    private Path freeName(Path folder) {
        String time = LocalDateTime.ofInstant(Instant.now(clock), Morocco.ZONE).format(NAME_TIME);
        Path candidate = folder.resolve("marsad-" + time + ".zip");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve("marsad-" + time + "-" + n + ".zip");
        }
        return candidate;
    }

    private void removeOldBackups(Path folder) {
        List<BackupFile> all = list();
        for (BackupFile old : all.subList(Math.min(all.size(), properties.keep()), all.size())) {
            try {
                Files.deleteIfExists(folder.resolve(old.fileName()));
                LOG.info("Backup {} deleted: only the newest {} are kept", old.fileName(), properties.keep());
            } catch (IOException e) {
                LOG.warn("Could not delete the old backup {}", old.fileName(), e);
            }
        }
    }

    /** What a backup interrupted by a crash left behind. */
    private static void removeStaleParts(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().endsWith(PART)
                            && NAME.matcher(f.getFileName().toString().replace(PART, "")).matches())
                    .forEach(BackupService::deleteQuietly);
        }
    }

    private static Instant writtenAt(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a backup's name: " + file);
        }
        return LocalDateTime.parse(m.group(1), NAME_TIME).atZone(Morocco.ZONE).toInstant();
    }

    private static int sequence(String fileName) {
        Matcher m = NAME.matcher(fileName);
        return m.matches() && m.group(2) != null ? Integer.parseInt(m.group(2)) : 1;
    }

    private Database database() {
        Database known = database;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                DatabaseMetaData meta = connection.getMetaData();
                known = new Database(meta.getDatabaseProductName(),
                        classify(meta.getDatabaseProductName(), meta.getURL()));
                database = known;
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot reach the database to see whether it can be backed up", e);
            }
        }
        return known;
    }

    /** Only an embedded H2 file can be backed up from here: not memory, not a separate H2 server. */
    static Availability classify(String product, String url) {
        if (!"H2".equalsIgnoreCase(product)) {
            return Availability.OTHER_DATABASE;
        }
        String location = url.toLowerCase(Locale.ROOT).substring("jdbc:h2:".length());
        boolean inMemory = location.startsWith("mem:") || location.matches("(nio)?mem(fs|lzf):.*");
        boolean server = location.startsWith("tcp:") || location.startsWith("ssl:");
        return inMemory || server ? Availability.NOT_A_FILE : Availability.AVAILABLE;
    }

    /** The system's own words for a failure, without the SQL around them. */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof FileSystemException e && e.getReason() == null) {
            String what = switch (e) {
                case AccessDeniedException _ -> "access denied";
                case FileAlreadyExistsException _ -> "a file is in the way";
                case NotDirectoryException _ -> "not a folder";
                default -> e.getClass().getSimpleName();
            };
            return what + ": " + e.getFile();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("Could not delete {}", file, e);
            }
        }
    }
}
