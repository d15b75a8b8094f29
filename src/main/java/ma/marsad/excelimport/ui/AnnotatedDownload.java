package ma.marsad.excelimport.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;

import ma.marsad.base.ContentTypes;
import ma.marsad.excelimport.AnnotatedFileName;
import ma.marsad.excelimport.ImportJob;
import ma.marsad.excelimport.ImportJobs;
import ma.marsad.excelimport.ImportQueueFullException;
import ma.marsad.excelimport.UnreadableWorkbookException;

/**
 * The clerk's checked file with its errors marked, written by an import thread (it reads the whole file again)
 * to a temporary file, then sent from it.
 */
record AnnotatedDownload(ImportJobs jobs, Path checked, String name, Locale locale) implements DownloadHandler {

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        event.setFileName(AnnotatedFileName.of(name));
        event.setContentType(ContentTypes.XLSX);
        Path copy;
        try {
            copy = jobs.annotatedCopy(checked, locale, new ImportJob.Listener<>() { }).await();
        } catch (UnreadableWorkbookException e) {
            // The file was read moments ago for the dry run; it cannot become unreadable unless deleted.
            throw new IOException("The checked file can no longer be read", e);
        } catch (ImportQueueFullException e) {
            throw new IOException("Every import thread is busy and the queue is full", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while the annotated copy was written", e);
        }
        try (OutputStream out = event.getOutputStream()) {
            Files.copy(copy, out);
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
