package ma.marsad.excelimport;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import ma.marsad.excelimport.UnreadableWorkbookException.Reason;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.xml.sax.SAXException;

/**
 * Reads a clerk's workbook, .xlsx or .xls, row by row into a {@link RowSink}, without ever holding the
 * whole file in memory. The format is told from the file's first bytes, never from its name.
 *
 * <p>A file that cannot be read is refused with an {@link UnreadableWorkbookException} whose reason the
 * clerk can act on. A refusal can come after some rows have been passed on (damage halfway through a
 * sheet): the sink must then discard what it received. An exception thrown by the sink reaches the
 * caller unchanged.
 */
final class WorkbookReader {

    private static final String ZIP_BOMB_MESSAGE = "Zip bomb detected";
    /** How POI's other ZipSecureFile limits (entry count) word their message. */
    private static final String ZIP_LIMIT_HINT = "ZipSecureFile.set";

    private WorkbookReader() {
    }

    /** Reads without a time limit: for tests and benchmarks; uploads go through the other form. */
    static void read(Path file, RowSink sink) throws UnreadableWorkbookException, IOException {
        read(file, sink, ReadingDeadline.NONE);
    }

    /** Reads until the deadline, within the default limits. */
    static void read(Path file, RowSink sink, ReadingDeadline deadline) throws UnreadableWorkbookException, IOException {
        read(file, sink, deadline, ReadingLimits.DEFAULT);
    }

    /**
     * Reads until the deadline, past which the file is refused as {@link Reason#TOO_SLOW}, and within the
     * limits, past which it is refused with the reason that names the limit.
     */
    static void read(Path file, RowSink sink, ReadingDeadline deadline, ReadingLimits limits)
            throws UnreadableWorkbookException, IOException {
        if (Files.size(file) == 0) {
            throw new UnreadableWorkbookException(Reason.EMPTY, "the file has no content");
        }
        FileMagic magic = FileMagic.valueOf(file.toFile());
        try {
            switch (magic) {
                case OOXML -> readOoxml(file, sink, deadline, limits);
                case OLE2 -> readOle2(file, sink, deadline, limits);
                case BIFF2, BIFF3, BIFF4 -> throw new UnreadableWorkbookException(Reason.NOT_A_SPREADSHEET,
                        "a workbook from Excel 2 to 4 (" + magic + "), which cannot be read; save it as .xlsx");
                default -> throw new UnreadableWorkbookException(Reason.NOT_A_SPREADSHEET,
                        "the file's content is " + magic + ", not a workbook");
            }
        } catch (RowAssembler.SinkFailure e) {
            throw e.getCause();
        }
    }

    private static void readOoxml(Path file, RowSink sink, ReadingDeadline deadline, ReadingLimits limits)
            throws UnreadableWorkbookException, IOException {
        try {
            XlsxReader.read(file, sink, deadline, limits);
        } catch (IOException | SAXException | OpenXML4JException | RuntimeException e) {
            // OpenXML4JException: a zip with Office content types that breaks OPC's rules.
            throw refusalFor(e);
        }
    }

    private static void readOle2(Path file, RowSink sink, ReadingDeadline deadline, ReadingLimits limits)
            throws UnreadableWorkbookException, IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY)) {
                throw new UnreadableWorkbookException(Reason.PASSWORD_PROTECTED,
                        "an .xlsx workbook encrypted with a password");
            }
            if (!root.hasEntryCaseInsensitive("Workbook")) {
                String what = root.hasEntryCaseInsensitive("Book")
                        ? "a workbook from Excel 5 or 95, which cannot be read; save it as .xlsx"
                        : "an OLE2 document that is not a workbook (a Word or PowerPoint file?)";
                throw new UnreadableWorkbookException(Reason.NOT_A_SPREADSHEET, what);
            }
            XlsReader.read(fs, sink, deadline, limits);
        } catch (IOException | RuntimeException e) {
            throw refusalFor(e);
        }
    }

    /**
     * What POI's complaint means for the clerk. A password (EncryptedDocumentException: an .xls with a
     * FILEPASS record whose password is not Excel's default one) or another format
     * (UnsupportedFileFormatException: NotOfficeXmlFileException, OLE2NotOfficeXmlFileException, a BIFF5
     * stream under a BIFF8 name) say so. Otherwise the file is damaged: POI reports damaged parts with
     * IOExceptions, SAX errors and assorted runtime exceptions (POIXMLException, RecordFormatException,
     * IndexOutOfBoundsException "Block 256 not found"...), none a bug of ours to hide; except the file
     * system's own (missing file, no permission), which are ours to report. POI's zip-bomb guard is a
     * plain IOException told apart by its message, and may arrive wrapped by the SAX parser or OPC; so may
     * our own stops (the parse time-out, a cell longer than Excel allows).
     */
    private static UnreadableWorkbookException refusalFor(Exception e) throws IOException {
        if (e instanceof EncryptedDocumentException) {
            return new UnreadableWorkbookException(Reason.PASSWORD_PROTECTED, e.getMessage(), e);
        }
        if (e instanceof UnsupportedFileFormatException) {
            return new UnreadableWorkbookException(Reason.NOT_A_SPREADSHEET, e.getMessage(), e);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RowAssembler.SinkFailure failure) {
                throw failure;
            }
            if (cause instanceof FileSystemException ours) {
                throw ours;
            }
            if (cause instanceof ReadingDeadline.StopReading stop) {
                return new UnreadableWorkbookException(stop.reason(), stop.getMessage(), e);
            }
            String message = cause.getMessage();
            if (message != null && (message.startsWith(ZIP_BOMB_MESSAGE) || message.contains(ZIP_LIMIT_HINT))) {
                return new UnreadableWorkbookException(Reason.TOO_EXPANDED, firstLine(message), e);
            }
        }
        return new UnreadableWorkbookException(Reason.DAMAGED, String.valueOf(e.getMessage()), e);
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
