package ma.marsad.excelimport;

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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** Where imported files are kept (marsad.imports.storage-dir), so every figure can be traced back to its file. */
@Component
class ImportStorage {

    private static final DateTimeFormatter STORED_NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final ImportProperties properties;
    private final Clock clock;

    ImportStorage(ImportProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Copies the uploaded file to storageDir/yyyy/MM/, named by time, hash, a random part (two imports of
     * one file in one second never share a copy) and a safe form of its name. The copy is written under a
     * temporary name and renamed when complete, so a full disk never leaves half a file under a kept name.
     */
    Path keep(Path file, String fileName, String sha256) throws FileNotKeptException {
        Instant now = Instant.now(clock);
        String month = now.atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy/MM"));
        Path dir = properties.storageDir().resolve(month);
        String safeName = fileName == null ? "upload" : fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safeName.length() > 80) {
            safeName = safeName.substring(safeName.length() - 80);
        }
        Path target = dir.resolve(now.atOffset(ZoneOffset.UTC).format(STORED_NAME_TIME) + "-"
                + sha256.substring(0, 12) + "-" + UUID.randomUUID().toString().substring(0, 8) + "-" + safeName);
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
