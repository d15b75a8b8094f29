package ma.marsad.excelimport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

/**
 * The workbooks of issue 18's first and fifth findings, as the outside probe built them: small files (under the
 * 10 MB upload limit) that expand to hundreds of megabytes while staying above POI's compression-ratio limit
 * (1 %), so its zip-bomb guard never fires. The zip entries are written here with ZipOutputStream
 * ({@link BadFiles#withEntries}); the text is varied so that it deflates to about 1.2 % of its size: each
 * 32,000-character text repeats the one before (deflate then writes a long match per 258 characters) except for
 * its last {@value #FRESH} letters, which are new random ones.
 */
public final class MemoryAttackFiles {

    /** Characters in each long text: under Excel's 32,767, so no cell is too long. */
    public static final int TEXT_LENGTH = 32_000;
    /** New random letters at the end of each long text: what keeps the ratio above 1 %. */
    private static final int FRESH = 170;
    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String SHARED_STRINGS = "xl/sharedStrings.xml";

    private MemoryAttackFiles() {
    }

    /**
     * The template's header, then one figure row whose 16,384 cells (A to XFD) each hold a 32,000-character
     * inline string: 524 MB of text in one row, about 6.5 MB zipped.
     */
    public static Path wideRowOfLongCells(Path dir) throws IOException {
        return BadFiles.withEntries(dir, "wide-row.xlsx", Map.of(SHEET, out -> {
            String[] halves = BadFiles.sheetXml("", "ROW").split("ROW");
            write(out, halves[0] + "<row r=\"2\">");
            LongTexts texts = new LongTexts(2);
            for (int column = 0; column < 16_384; column++) {
                write(out, "<c r=\"" + BadFiles.columnName(column) + "2\" t=\"inlineStr\"><is><t>");
                texts.next(out);
                write(out, "</t></is></c>");
            }
            write(out, "</row>" + halves[1]);
        }));
    }

    /**
     * A good figure sheet whose shared-strings table (xl/sharedStrings.xml) holds 25,000 strings of 32,000
     * characters: 800 MB of text, about 9.8 MB zipped.
     */
    public static Path hugeSharedStrings(Path dir) throws IOException {
        int count = 25_000;
        return BadFiles.withEntries(dir, "huge-shared-strings.xlsx", Map.of(SHARED_STRINGS, out -> {
            write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\" count=\"" + count + "\" uniqueCount=\"" + count + "\">");
            LongTexts texts = new LongTexts(3);
            for (int i = 0; i < count; i++) {
                write(out, "<si><t>");
                texts.next(out);
                write(out, "</t></si>");
            }
            write(out, "</sst>");
        }));
    }

    /** The template's header, then {@code rows} times the same figure (UNICORNS, 2026-Q3, national). */
    public static Path duplicateRows(Path dir, int rows) throws IOException {
        return manyRowsOf(dir, "duplicates.xlsx", rows, "UNICORNS");
    }

    /** The template's header, then {@code rows} figures of an indicator Marsad does not know. */
    public static Path unknownIndicatorRows(Path dir, int rows) throws IOException {
        return manyRowsOf(dir, "unknown-indicator.xlsx", rows, "NO_SUCH_INDICATOR");
    }

    /**
     * Rows written as compactly as Excel allows (cells without references, the region an empty cell), so a
     * million of them zip to about 4 MB, as the probe's file did: 130 MB of XML, 3 % of it after deflating.
     */
    private static Path manyRowsOf(Path dir, String name, int rows, String indicator) throws IOException {
        return BadFiles.withEntries(dir, name, Map.of(SHEET, out -> {
            String[] halves = BadFiles.sheetXml("", "ROWS").split("ROWS");
            write(out, halves[0]);
            Random random = new Random(rows);
            String cells = "<c t=\"inlineStr\"><is><t>" + indicator + "</t></is></c>"
                    + "<c t=\"inlineStr\"><is><t>2026-Q3</t></is></c><c/><c><v>";
            for (int r = 2; r <= rows + 1; r++) {
                // Values vary (as a clerk's do), so the sheet does not compress past the zip-bomb ratio.
                write(out, "<row r=\"" + r + "\">" + cells + (1 + random.nextInt(9)) + "</v></c></row>");
            }
            write(out, halves[1]);
        }));
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** 32,000-letter texts, each the one before with its last letters new. */
    private static final class LongTexts {

        private final Random random;
        private final byte[] text = new byte[TEXT_LENGTH];

        LongTexts(long seed) {
            random = new Random(seed);
            for (int i = 0; i < text.length; i++) {
                text[i] = (byte) ('a' + random.nextInt(26));
            }
        }

        void next(OutputStream out) throws IOException {
            for (int i = TEXT_LENGTH - FRESH; i < TEXT_LENGTH; i++) {
                text[i] = (byte) ('a' + random.nextInt(26));
            }
            out.write(text);
        }
    }
}
