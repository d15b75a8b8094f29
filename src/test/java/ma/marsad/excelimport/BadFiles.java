package ma.marsad.excelimport;

import ma.marsad.base.Region;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Map;
import java.util.Random;
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
    // ---- Hostile XML and odd shapes (issue 9): each is a copy of a good file with some parts rewritten ----

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String SHARED_STRINGS = "xl/sharedStrings.xml";

    /** Writes one zip entry's content. */
    public interface EntryWriter {
        void write(OutputStream out) throws IOException;
    }

    /** "Billion laughs": ten levels of entities, each ten of the one before, a gigabyte of text if expanded. */
    private static final String BILLION_LAUGHS = """
            <!DOCTYPE %s [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\
            <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">\
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\
            <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">\
            <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">\
            <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">\
            <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">\
            <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">\
            <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>""";

    /** The template's header, then the given rows' XML, as a worksheet. */
    static String sheetXml(String doctype, String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype + "<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>"
                + "<row r=\"1\">" + inline("A1", "Indicator") + inline("B1", "Period") + inline("C1", "Region")
                + inline("D1", "Value") + inline("E1", "Comment") + "</row>" + rows + "</sheetData></worksheet>";
    }

    /** A row of the Progress sheet with an indicator, a period, a region (may be empty) and a value cell's XML. */
    static String figureRow(int row, String indicator, String period, String region, String valueCell) {
        return "<row r=\"" + row + "\">" + inline("A" + row, indicator) + inline("B" + row, period)
                + (region.isEmpty() ? "" : inline("C" + row, region)) + valueCell + "</row>";
    }

    static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /** Entity expansion in the worksheet: the entity is used in a cell of a figure's row. */
    public static Path billionLaughsInSheet(Path dir) throws IOException {
        return withEntries(dir, "laughs-sheet.xlsx", Map.of(SHEET, utf8(sheetXml(BILLION_LAUGHS.formatted("worksheet"),
                figureRow(2, "UNICORNS", "2026-Q3", "", "<c r=\"D2\"><v>1</v></c>" + inline("E2", "&lol9;"))))));
    }

    /** Entity expansion in the shared strings, which are read before any sheet. */
    public static Path billionLaughsInSharedStrings(Path dir) throws IOException {
        return withEntries(dir, "laughs-strings.xlsx", Map.of(SHARED_STRINGS, utf8("<?xml version=\"1.0\"?>"
                + BILLION_LAUGHS.formatted("sst") + "<sst xmlns=\"" + MAIN_NS + "\" count=\"1\" uniqueCount=\"1\">"
                + "<si><t>&lol9;</t></si></sst>")));
    }

    /** A cell whose text is an external entity (a file or a URL, {@code target}): XXE. */
    public static Path externalEntityInSheet(Path dir, String target) throws IOException {
        return withEntries(dir, "xxe-sheet-" + Math.abs(target.hashCode()) + ".xlsx", Map.of(SHEET, utf8(sheetXml(
                "<!DOCTYPE worksheet [<!ENTITY stolen SYSTEM \"" + target + "\">]>",
                figureRow(2, "UNICORNS", "2026-Q3", "", "<c r=\"D2\"><v>1</v></c>" + inline("E2", "&stolen;"))))));
    }

    /** The shared strings load an external parameter entity ({@code target}) and use a general one: XXE out of band. */
    public static Path externalEntityInSharedStrings(Path dir, String target) throws IOException {
        return withEntries(dir, "xxe-strings-" + Math.abs(target.hashCode()) + ".xlsx", Map.of(SHARED_STRINGS, utf8(
                "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY % remote SYSTEM \"" + target + "\"> %remote;"
                        + "<!ENTITY stolen SYSTEM \"" + target + "\">]><sst xmlns=\"" + MAIN_NS
                        + "\" count=\"1\" uniqueCount=\"1\"><si><t>&stolen;</t></si></sst>")));
    }

    /** A valid .xlsx without its very last byte (the end of the zip's directory). */
    public static Path lastByteMissing(Path dir) throws IOException {
        byte[] whole = Files.readAllBytes(good(dir));
        return Files.write(dir.resolve("last-byte-missing.xlsx"), Arrays.copyOf(whole, whole.length - 1));
    }

    /**
     * A good figure row whose comment is ten million letters (seeded, so the file compresses only as text does,
     * to about 6 MB, under the upload limit and the zip-bomb ratio).
     */
    public static Path tenMegabytesInOneCell(Path dir) throws IOException {
        Random random = new Random(9);
        return withEntries(dir, "huge-cell.xlsx", Map.of(SHEET, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            String[] halves = sheetXml("", figureRow(2, "UNICORNS", "2026-Q3", "", "<c r=\"D2\"><v>1</v></c>"
                    + inline("E2", "HUGE"))).split("HUGE");
            writer.write(halves[0]);
            char[] chunk = new char[1 << 16];
            for (int written = 0; written < 10_000_000; written += chunk.length) {
                for (int i = 0; i < chunk.length; i++) {
                    chunk[i] = (char) ('a' + random.nextInt(26));
                }
                writer.write(chunk);
            }
            writer.write(halves[1]);
            writer.flush();
        }));
    }

    /**
     * A figure in row 2, a million rows with no cells (rows 3 to 1,000,002, as some programs write formatted
     * blank rows), and a second figure in Excel's very last row, 1,048,576.
     */
    public static Path millionEmptyRows(Path dir) throws IOException {
        return withEntries(dir, "million-empty-rows.xlsx", Map.of(SHEET, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            String[] halves = sheetXml("", figureRow(2, "UNICORNS", "2026-Q3", "", "<c r=\"D2\"><v>4</v></c>")
                    + "EMPTY" + figureRow(1_048_576, "UNICORNS", "2026-Q3", "Oriental", "<c r=\"D1048576\"><v>5</v></c>"))
                    .split("EMPTY");
            writer.write(halves[0]);
            for (int row = 3; row <= 1_000_002; row++) {
                writer.write("<row r=\"" + row + "\"/>");
            }
            writer.write(halves[1]);
            writer.flush();
        }));
    }

    /** A good figure row that goes on with numbers in every column up to Excel's last, XFD (16,384 columns). */
    public static Path sixteenThousandColumns(Path dir) throws IOException {
        StringBuilder cells = new StringBuilder("<c r=\"D2\"><v>3</v></c>");
        for (int column = 4; column < 16_384; column++) {
            cells.append("<c r=\"").append(columnName(column)).append("2\"><v>").append(column).append("</v></c>");
        }
        return withEntries(dir, "xfd.xlsx", Map.of(SHEET, utf8(sheetXml("",
                figureRow(2, "UNICORNS", "2026-Q3", "Souss-Massa", cells.toString())))));
    }

    /**
     * A figure whose value is a formula nested {@code depth} IFs deep (Excel allows 64), with its stored
     * result 7 or, when {@code cached} is false, none (a program wrote it without calculating it).
     */
    public static Path deeplyNestedFormula(Path dir, int depth, boolean cached) throws IOException {
        String formula = "IF(TRUE,".repeat(depth) + "7" + ",0)".repeat(depth);
        String cell = "<c r=\"D2\"><f>" + formula + "</f>" + (cached ? "<v>7</v>" : "") + "</c>";
        return withEntries(dir, "nested-" + depth + (cached ? "-cached" : "") + ".xlsx", Map.of(SHEET, utf8(sheetXml("",
                figureRow(2, "UNICORNS", "2026-Q3", "", cell)))));
    }

    /**
     * Two figures whose values are formulas into other workbooks ({@code [1]Sheet1!A1} through an externalLink
     * part whose target is {@code linkTarget}, and {@code 'C:\x\[book.xlsx]Sheet1'!A1}), with their stored
     * results 5 and 6 or, when {@code cached} is false, none.
     */
    public static Path formulasIntoOtherWorkbooks(Path dir, String linkTarget, boolean cached) throws IOException {
        Path source = good(dir);
        String workbook;
        String workbookRels;
        String contentTypes;
        try (ZipFile zip = new ZipFile(source.toFile())) {
            workbook = text(zip, "xl/workbook.xml");
            workbookRels = text(zip, "xl/_rels/workbook.xml.rels");
            contentTypes = text(zip, "[Content_Types].xml");
        }
        String rows = figureRow(2, "UNICORNS", "2026-Q3", "", "<c r=\"D2\"><f>[1]Sheet1!A1</f>"
                + (cached ? "<v>5</v>" : "") + "</c>")
                + figureRow(3, "UNICORNS", "2026-Q3", "Oriental", "<c r=\"D3\"><f>'C:\\x\\[book.xlsx]Sheet1'!A1</f>"
                + (cached ? "<v>6</v>" : "") + "</c>");
        return withEntries(dir, "external-" + cached + ".xlsx", Map.of(
                SHEET, utf8(sheetXml("", rows)),
                "xl/workbook.xml", utf8(workbook.replace("</sheets>",
                        "</sheets><externalReferences><externalReference r:id=\"rIdExt1\"/></externalReferences>")),
                "xl/_rels/workbook.xml.rels", utf8(workbookRels.replace("</Relationships>",
                        "<Relationship Id=\"rIdExt1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                                + "relationships/externalLink\" Target=\"externalLinks/externalLink1.xml\"/></Relationships>")),
                "[Content_Types].xml", utf8(contentTypes.replace("</Types>",
                        "<Override PartName=\"/xl/externalLinks/externalLink1.xml\" ContentType=\"application/"
                                + "vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml\"/></Types>")),
                "xl/externalLinks/externalLink1.xml", utf8("<?xml version=\"1.0\"?><externalLink xmlns=\"" + MAIN_NS
                        + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                        + "<externalBook r:id=\"rId1\"><sheetNames><sheetName val=\"Sheet1\"/></sheetNames>"
                        + "<sheetDataSet><sheetData sheetId=\"0\"><row r=\"1\"><cell r=\"A1\"><v>5</v></cell></row>"
                        + "</sheetData></sheetDataSet></externalBook></externalLink>"),
                "xl/externalLinks/_rels/externalLink1.xml.rels", utf8("<?xml version=\"1.0\"?><Relationships xmlns=\""
                        + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
                        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath\" "
                        + "Target=\"" + linkTarget + "\" TargetMode=\"External\"/></Relationships>")));
    }

    /** Many ordinary figure rows (all for one indicator, so that they read fast but take a while): for the time-out. */
    /**
     * A file that takes long to read but has few errors: 500 figure rows of 3,000 numeric cells each (1.5 million
     * cells). The rows repeat one figure, so the check finds 499 duplicates, well under the early stop's 10,000
     * errors: only the time-out can stop it early, whatever the machine's speed.
     */
    public static Path slowToRead(Path dir) throws IOException {
        return withEntries(dir, "slow-to-read.xlsx", Map.of(SHEET, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            String[] halves = sheetXml("", "ROWS").split("ROWS");
            writer.write(halves[0]);
            StringBuilder cells = new StringBuilder();
            for (int row = 2; row <= 501; row++) {
                cells.setLength(0);
                cells.append("<c r=\"D").append(row).append("\"><v>").append(row).append("</v></c>");
                for (int column = 4; column < 3_004; column++) {
                    cells.append("<c r=\"").append(columnName(column)).append(row).append("\"><v>")
                            .append(row * 7 + column).append("</v></c>");
                }
                writer.write(figureRow(row, "UNICORNS", "2026-Q3", "", cells.toString()));
            }
            writer.write(halves[1]);
            writer.flush();
        }));
    }

    public static Path manyRows(Path dir, int rows) throws IOException {
        return withEntries(dir, "many-rows-" + rows + ".xlsx", Map.of(SHEET, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            String[] halves = sheetXml("", "ROWS").split("ROWS");
            writer.write(halves[0]);
            for (int row = 2; row <= rows + 1; row++) {
                writer.write(figureRow(row, "UNICORNS", "2026-Q3", "", "<c r=\"D" + row + "\"><v>" + row + "</v></c>"));
            }
            writer.write(halves[1]);
            writer.flush();
        }));
    }

    static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }

    private static EntryWriter utf8(String text) {
        return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(ZipFile zip, String name) throws IOException {
        return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
    }

    /** A copy of the good file (a Progress sheet) with the named entries rewritten or added. */
    static Path withEntries(Path dir, String name, Map<String, EntryWriter> replacements) throws IOException {
        Path source = good(dir);
        Path file = dir.resolve(name);
        try (ZipFile in = new ZipFile(source.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                EntryWriter replacement = replacements.get(entry.getName());
                if (replacement != null) {
                    replacement.write(out);
                } else {
                    in.getInputStream(entry).transferTo(out);
                }
                out.closeEntry();
            }
            for (var added : replacements.entrySet()) {
                if (in.getEntry(added.getKey()) == null) {
                    out.putNextEntry(new ZipEntry(added.getKey()));
                    added.getValue().write(out);
                    out.closeEntry();
                }
            }
        }
        return file;
    }
}
