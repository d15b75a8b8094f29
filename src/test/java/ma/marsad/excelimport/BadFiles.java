package ma.marsad.excelimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import static ma.marsad.excelimport.TestWorkbook.row;

/** Files a clerk (or an attacker) might send that are not usable workbooks, made by code. */
public final class BadFiles {

    private BadFiles() {
    }

    static Path good(Path dir) throws IOException {
        return TestWorkbook.xlsx().progress(row("UNICORNS", "2026-Q3", "", 1, null)).writeTo(dir.resolve("good.xlsx"));
    }

    public static Path zeroBytes(Path dir) throws IOException {
        return Files.write(dir.resolve("empty.xlsx"), new byte[0]);
    }

    public static Path pdfNamedXlsx(Path dir) throws IOException {
        return Files.writeString(dir.resolve("report.xlsx"), "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
    }

    public static Path textNamedXls(Path dir) throws IOException {
        return Files.writeString(dir.resolve("figures.xls"), "Indicator;Period;Value\nUNICORNS;2026-Q3;1\n");
    }

    /** A Word document: a zip, but not a workbook. */
    public static Path docx(Path dir) throws IOException {
        Path file = dir.resolve("letter.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"urn:x\"/>".getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    /** A valid .xlsx encrypted with a password, as Excel's "Protect workbook with password" writes it. */
    public static Path passwordProtectedXlsx(Path dir) throws Exception {
        Path plain = good(dir);
        Path file = dir.resolve("protected.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    /** An .xls saved with a password to open. */
    public static Path passwordProtectedXls(Path dir) throws IOException {
        Path file = dir.resolve("protected.xls");
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Progress").createRow(0).createCell(0).setCellValue("Indicator");
            workbook.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        return file;
    }

    /** The first {@code fraction} of a valid .xlsx, as a broken transfer leaves it. */
    public static Path truncatedXlsx(Path dir, double fraction) throws IOException {
        byte[] whole = Files.readAllBytes(good(dir));
        return Files.write(dir.resolve("truncated-" + (int) (fraction * 100) + ".xlsx"),
                Arrays.copyOf(whole, (int) (whole.length * fraction)));
    }

    /**
     * A small .xlsx whose sheet expands to about 100 MB of the same bytes: POI's default zip-bomb limits
     * (an inflate ratio of at least 1 %) refuse it.
     */
    public static Path zipBomb(Path dir) throws IOException {
        Path source = good(dir);
        Path file = dir.resolve("bomb.xlsx");
        try (ZipFile zip = new ZipFile(source.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.setLevel(9);
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org"
                            + "/spreadsheetml/2006/main\"><sheetData>").getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 100; i++) {
                        out.write(spaces);
                    }
                    out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.getInputStream(entry).transferTo(out);
                }
            }
        }
        return file;
    }

    /** Bytes over the given size that start like a workbook: refused for their size before anything is read. */
    public static byte[] oversized(Path dir, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(Files.readAllBytes(good(dir)));
        out.write(new byte[(int) (limit - out.size() + 1024)]);
        return out.toByteArray();
    }
}
