package ma.marsad.excelimport;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import ma.marsad.excelimport.UnreadableWorkbookException.Reason;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the worksheets of an .xlsx (or .xlsm, .xltx) file, sheet after sheet in the workbook's order,
 * with POI's event API and our own SAX handler: memory stays flat however many rows a sheet has.
 */
final class XlsxReader {

    private static final Set<String> WORKBOOK_TYPES = Set.of(
            XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(),
            XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_ADDIN_WORKBOOK.getContentType());
    private static final String WORKSHEET_TYPE = XSSFRelation.WORKSHEET.getContentType();
    private static final int BUFFER_SIZE = 1 << 16;

    private XlsxReader() {
    }

    /**
     * Opens the zip through POI's ZipSecureFile (its zip-bomb limits apply to every part read) and hands
     * it to OPCPackage as an entry source. OPCPackage.open(File) would do the same, except that on a
     * damaged central directory it falls back to reading the whole zip into memory.
     */
    static void read(Path file, RowSink sink, ReadingDeadline deadline, ReadingLimits limits)
            throws UnreadableWorkbookException, IOException, OpenXML4JException, SAXException {
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            if (!hasContentTypes(zip)) {
                throw new UnreadableWorkbookException(Reason.NOT_A_SPREADSHEET,
                        "a zip archive that is not an Office document");
            }
            try (OPCPackage pkg = OPCPackage.open(new ZipFileZipEntrySource(zip))) {
                readWorkbook(pkg, new RowAssembler(sink, limits), deadline, limits);
            }
        }
    }

    private static void readWorkbook(OPCPackage pkg, RowAssembler rows, ReadingDeadline deadline,
                                     ReadingLimits limits)
            throws UnreadableWorkbookException, IOException, OpenXML4JException, SAXException {
        PackagePart workbook = workbookPart(pkg);
        boolean date1904 = WorkbookProperties.read(workbook);
        XSSFReader reader = new XSSFReader(pkg);
        StylesTable styles = reader.getStylesTable();
        XlsxDateStyles dateStyles = new XlsxDateStyles(styles);
        List<String> sharedStrings = XlsxSharedStrings.read(pkg, deadline, limits);

        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        while (sheets.hasNext()) {
            deadline.check();
            try (InputStream in = sheets.next()) {
                // Chart sheets and Excel 4 macro sheets hold no rows.
                if (!WORKSHEET_TYPE.equals(sheets.getSheetPart().getContentType())) {
                    continue;
                }
                XlsxSheetHandler handler = new XlsxSheetHandler(
                        sheets.getSheetName(), sharedStrings, dateStyles, date1904, rows, deadline, limits);
                parse(new BufferedInputStream(in, BUFFER_SIZE), handler);
                handler.finish();
            }
        }
    }

    private static boolean hasContentTypes(ZipSecureFile zip) {
        if (zip.getEntry("[Content_Types].xml") != null) {
            return true;
        }
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            if (entry.getName().equalsIgnoreCase("[Content_Types].xml")) {
                return true;
            }
        }
        return false;
    }

    /** The package's main part, if it is a workbook; Word, PowerPoint and .xlsb files are refused. */
    private static PackagePart workbookPart(OPCPackage pkg) throws UnreadableWorkbookException {
        PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.isEmpty()) {
            String what = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).isEmpty()
                    ? "an Office Open XML package without a main document"
                    : "a workbook saved as Strict Open XML, which cannot be read; save it as an ordinary .xlsx";
            throw new UnreadableWorkbookException(Reason.NOT_A_SPREADSHEET, what);
        }
        PackagePart part = pkg.getPart(main.getRelationship(0));
        if (part == null) {
            throw new UnreadableWorkbookException(Reason.DAMAGED, "the package's main document is missing");
        }
        String type = part.getContentType();
        if (!WORKBOOK_TYPES.contains(type)) {
            String what = XSSFRelation.XLSB_BINARY_WORKBOOK.getContentType().equals(type)
                    ? "a binary workbook (.xlsb), which cannot be read; save it as .xlsx"
                    : "an Office document of type " + type;
            throw new UnreadableWorkbookException(Reason.NOT_A_SPREADSHEET, what);
        }
        return part;
    }

    /** Parses XML with POI's hardened SAX parser: no DOCTYPE, no external entities. */
    static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
        XMLReader reader;
        try {
            reader = XMLHelper.newXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's SAX parser cannot be configured", e);
        }
        reader.setContentHandler(handler);
        reader.setErrorHandler(handler);
        reader.parse(new InputSource(in));
    }

    /** Reads the one workbook-wide setting that changes what cells mean: dates counted from 1904. */
    private static final class WorkbookProperties extends DefaultHandler {

        private boolean date1904;

        static boolean read(PackagePart workbook) throws IOException, SAXException {
            WorkbookProperties properties = new WorkbookProperties();
            try (InputStream in = new BufferedInputStream(workbook.getInputStream(), BUFFER_SIZE)) {
                parse(in, properties);
            }
            return properties.date1904;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (localName.equals("workbookPr")) {
                String value = attributes.getValue("date1904");
                date1904 = "1".equals(value) || "true".equals(value);
            }
        }
    }
}
