package ma.marsad.partner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Evidence files made by code: a small PDF, a Word document's zip layout, and files that only pretend. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A minimal one-page PDF. */
    public static byte[] pdf() {
        String text = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** The parts of a .docx that say what it is (enough for the type check; Word would want more). */
    public static byte[] docx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** A Windows program: "MZ" and some bytes, whatever name it is sent under. */
    public static byte[] program() {
        byte[] bytes = new byte[256];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        return bytes;
    }

    /** A zip that is not an office document. */
    public static byte[] plainZip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("run.sh"));
            zip.write("echo hi".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
