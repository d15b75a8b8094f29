package ma.marsad.partner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What an evidence file is, read from its content, never from its name or the type the client claims: a PDF,
 * a PNG, JPEG, GIF or WebP image, or an office document (Word, Excel, PowerPoint as OOXML or the older binary
 * format, OpenDocument). An OOXML or OpenDocument file is a zip: only its directory is read (no entry is
 * inflated except OpenDocument's 100-byte mimetype), so a zip bomb costs nothing. Anything else is refused.
 */
final class EvidenceFileType {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = HexFormat.of().parseHex("89504e470d0a1a0a");
    private static final byte[] JPEG = HexFormat.of().parseHex("ffd8ff");
    private static final byte[] GIF = "GIF8".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OLE2 = HexFormat.of().parseHex("d0cf11e0a1b11ae1");
    private static final byte[] ZIP = HexFormat.of().parseHex("504b0304");
    private static final int MAX_ZIP_ENTRIES = 10_000;
    private static final String ODF = "application/vnd.oasis.opendocument.";

    private EvidenceFileType() {
    }

    /** The file's media type, or empty when it is none of the kinds accepted. */
    static Optional<String> of(Path file) throws IOException {
        byte[] head = new byte[16];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        byte[] start = Arrays.copyOf(head, read);
        if (startsWith(start, PDF, 0)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(start, PNG, 0)) {
            return Optional.of("image/png");
        }
        if (startsWith(start, JPEG, 0)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(start, GIF, 0)) {
            return Optional.of("image/gif");
        }
        if (startsWith(start, RIFF, 0) && startsWith(start, WEBP, 8)) {
            return Optional.of("image/webp");
        }
        if (startsWith(start, OLE2, 0)) {
            return Optional.of("application/vnd.ms-office");
        }
        if (startsWith(start, ZIP, 0)) {
            return officeZip(file);
        }
        return Optional.empty();
    }

    private static Optional<String> officeZip(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ZIP_ENTRIES) {
                return Optional.empty();
            }
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null && mimetype.getSize() >= 0 && mimetype.getSize() < 100) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    String type = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    return type.startsWith(ODF) ? Optional.of(type) : Optional.empty();
                }
            }
            if (zip.getEntry("[Content_Types].xml") == null) {
                return Optional.empty();
            }
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                if (name.startsWith("word/")) {
                    return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                }
                if (name.startsWith("xl/")) {
                    return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                }
                if (name.startsWith("ppt/")) {
                    return Optional.of("application/vnd.openxmlformats-officedocument.presentationml.presentation");
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            // Not a zip after all (or a broken one): not a document we accept.
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix, int at) {
        if (data.length < at + prefix.length) {
            return false;
        }
        return Arrays.equals(data, at, at + prefix.length, prefix, 0, prefix.length);
    }
}
