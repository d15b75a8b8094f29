package ma.marsad.excelimport;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's shared strings (xl/sharedStrings.xml) as plain strings, read with SAX. POI's
 * ReadOnlySharedStringsTable would do, but it builds an XMLBeans rich-text object on every lookup,
 * which shows in a 100,000-row import. The table is held in memory, so its size is counted as it is read
 * and the file refused past marsad.imports.max-shared-strings: a 10 MB file can hold 800 MB of text
 * within POI's compression-ratio limit.
 */
final class XlsxSharedStrings extends DefaultHandler {

    /** A hostile uniqueCount must not make us allocate a huge array up front. */
    private static final int MAX_INITIAL_CAPACITY = 1 << 16;

    private final ReadingDeadline deadline;
    private final ReadingLimits limits;
    private long size;
    private final ArrayList<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder(64);
    private boolean inText;
    private boolean inPhonetic;

    private XlsxSharedStrings(ReadingDeadline deadline, ReadingLimits limits) {
        this.deadline = deadline;
        this.limits = limits;
    }

    /** The strings in index order; empty when the workbook has none. */
    static List<String> read(OPCPackage pkg, ReadingDeadline deadline, ReadingLimits limits) throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return List.of();
        }
        XlsxSharedStrings handler = new XlsxSharedStrings(deadline, limits);
        try (InputStream in = new BufferedInputStream(parts.getFirst().getInputStream(), 1 << 16)) {
            XlsxReader.parse(in, handler);
        }
        return handler.strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        deadline.tick();
        switch (localName) {
            case "sst" -> {
                int expected = XlsxSheetHandler.parseDigits(attributes.getValue("uniqueCount"), 0);
                strings.ensureCapacity(Math.min(expected, MAX_INITIAL_CAPACITY));
            }
            case "si" -> text.setLength(0);
            case "t" -> inText = !inPhonetic;
            // Phonetic guides (furigana) are not part of the text a clerk typed.
            case "rPh" -> inPhonetic = true;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> {
                size += ReadingLimits.sharedStringCost(text.length());
                limits.checkSharedStrings(size);
                strings.add(text.toString());
            }
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        deadline.tick();
        if (inText) {
            XlsxSheetHandler.append(text, ch, start, length, limits);
            limits.checkSharedStrings(size + ReadingLimits.sharedStringCost(text.length()));
        }
    }
}
