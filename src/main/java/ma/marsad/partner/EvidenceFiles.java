package ma.marsad.partner;

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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Keeps evidence files the way imports are kept: checked first (size, then type by content), copied to
 * evidenceDir/yyyy/MM/ under a name the server makes (time, hash, a random part, an extension from the type
 * found), written under a temporary name and renamed when complete. The client's file name is only ever
 * shown, never used on disk.
 */
@Component
class EvidenceFiles {

    private static final DateTimeFormatter STORED_NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private final PartnerProperties properties;
    private final Clock clock;

    EvidenceFiles(PartnerProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    KeptFile keep(Path upload, String clientName) {
        try {
            long size = Files.size(upload);
            if (size > properties.maxEvidenceSize().toBytes()) {
                throw new PartnerRefusal(PartnerRefusal.Reason.FILE_TOO_LARGE, properties.maxEvidenceSize().toMegabytes());
            }
            String type = EvidenceFileType.of(upload)
                    .orElseThrow(() -> new PartnerRefusal(PartnerRefusal.Reason.FILE_TYPE));
            String sha256 = sha256(upload);
            var now = clock.instant().atOffset(ZoneOffset.UTC);
            Path dir = properties.evidenceDir().resolve(now.format(DateTimeFormatter.ofPattern("yyyy/MM")));
            Path target = dir.resolve(now.format(STORED_NAME_TIME) + "-" + sha256.substring(0, 12) + "-"
                    + UUID.randomUUID().toString().substring(0, 8) + extension(type));
            Path part = dir.resolve(target.getFileName() + ".part");
            Files.createDirectories(dir);
            try {
                Files.copy(upload, part);
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(part);
            }
            return new KeptFile(target, displayName(clientName), type, size, sha256);
        } catch (IOException e) {
            throw new PartnerRefusal(PartnerRefusal.Reason.FILE_NOT_KEPT);
        }
    }

    /** Removes a kept file whose evidence row could not be stored. */
    void discard(KeptFile file) {
        try {
            Files.deleteIfExists(file.path());
        } catch (IOException e) {
            // Left behind, harmless: no row points to it.
        }
    }

    /** The stored file of an evidence row, if it is still there and inside the evidence folder. */
    Optional<Path> stored(String storedPath) {
        if (storedPath == null) {
            return Optional.empty();
        }
        Path path = Path.of(storedPath).toAbsolutePath().normalize();
        Path root = properties.evidenceDir().toAbsolutePath().normalize();
        return path.startsWith(root) && Files.isRegularFile(path) ? Optional.of(path)
                : Optional.empty();
    }

    /** The client's name with its folders and control characters removed, for display only. */
    static String displayName(String clientName) {
        if (clientName == null) {
            return "evidence";
        }
        String name = clientName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
        if (name.isEmpty()) {
            return "evidence";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String extension(String type) {
        return switch (type) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "image/gif" -> ".gif";
            case "image/webp" -> ".webp";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> ".docx";
            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> ".xlsx";
            case "application/vnd.openxmlformats-officedocument.presentationml.presentation" -> ".pptx";
            default -> ".bin";
        };
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
