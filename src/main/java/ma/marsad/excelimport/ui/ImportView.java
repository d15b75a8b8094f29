package ma.marsad.excelimport.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;

import ma.marsad.base.security.Role;
import ma.marsad.excelimport.AnnotatedFileName;
import ma.marsad.excelimport.ImportProgress;
import ma.marsad.excelimport.ImportReport;
import ma.marsad.excelimport.ImportService;
import ma.marsad.excelimport.UnreadableWorkbookException;
import ma.marsad.progress.ConcurrentFigureChangeException;

/**
 * The clerk's import: download the template, drop a filled workbook, see at once what is wrong (the
 * dry run), download the annotated copy to fix it, and import only when the file is clean.
 */
@Route("imports")
@Menu(title = "menu.imports", order = 3)
@RolesAllowed({Role.CLERK_ROLE, Role.ADMIN_ROLE})
class ImportView extends Main implements HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(ImportView.class);

    private final ImportService imports;
    private final String user;
    private final Upload upload;
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private final Div progress = new Div(progressText, progressBar);
    private final Div result = new Div();
    private final PastImportsGrid pastImports;

    /** The file being checked or imported; deleted when replaced or when the view closes. */
    private Path file;
    private String fileName;

    ImportView(ImportService imports, AuthenticationContext authentication) {
        this.imports = imports;
        this.user = authentication.getPrincipalName().orElse("?");
        addClassName("imports");

        add(new H1(getTranslation("imports.title")));
        add(new Paragraph(getTranslation("imports.intro")));

        Anchor template = new Anchor((DownloadHandler) event -> {
            event.setFileName("marsad-import-template.xlsx");
            event.setContentType(XLSX);
            try (OutputStream out = event.getOutputStream()) {
                imports.writeTemplate(out);
            }
        }, getTranslation("imports.template"));
        template.setId("template-download");
        template.addClassName("button-link");
        add(new Paragraph(template, new Span(" " + getTranslation("imports.template.hint"))));

        upload = new Upload(uploadHandler());
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.maxFileSize()));
        upload.setAcceptedFileTypes(".xlsx", ".xls", XLSX, "application/vnd.ms-excel");
        upload.setDropLabel(new Span(getTranslation("imports.drop", imports.maxFileSize() / (1024 * 1024))));
        upload.addFileRejectedListener(e -> showRefusal(e.getErrorMessage()));
        add(upload);

        progress.addClassName("import-progress");
        progress.setVisible(false);
        progressBar.setIndeterminate(true);
        add(progress, result);

        add(new H2(getTranslation("imports.past")));
        pastImports = new PastImportsGrid(imports, getLocale());
        add(pastImports);
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private UploadHandler uploadHandler() {
        return event -> {
            Path received = Files.createTempFile("marsad-upload-", ".bin");
            long limit = imports.maxFileSize();
            try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(received)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    total += n;
                    if (total > limit) {
                        throw new IOException("over the size limit");
                    }
                    out.write(buffer, 0, n);
                }
            } catch (IOException e) {
                Files.deleteIfExists(received);
                event.getUI().access(() -> showRefusal(getTranslation("import.refused.TOO_LARGE",
                        limit / (1024 * 1024) + " MB")));
                return;
            }
            String name = event.getFileName();
            event.getUI().access(() -> fileReceived(received, name));
        };
    }

    private void fileReceived(Path received, String name) {
        discardFile();
        file = received;
        fileName = name;
        upload.clearFileList();
        runInBackground(getTranslation("imports.checking", name), locale ->
                imports.check(received, locale, progressListener()), this::showReport);
    }

    private void startImport() {
        Path toImport = file;
        String name = fileName;
        runInBackground(getTranslation("imports.importing", name), locale ->
                imports.importFile(toImport, name, user, locale, progressListener()), report -> {
                    showReport(report);
                    pastImports.refresh();
                });
    }

    private interface Work {
        ImportReport run(Locale locale) throws IOException, UnreadableWorkbookException;
    }

    /** Reads the file off the request thread, showing progress; the page polls while it runs. */
    private void runInBackground(String what, Work work, java.util.function.Consumer<ImportReport> done) {
        UI ui = UI.getCurrent();
        Locale locale = getLocale();
        result.removeAll();
        progressText.setText(what);
        progressBar.setIndeterminate(true);
        progress.setVisible(true);
        upload.setEnabled(false);
        ui.setPollInterval(400);
        Thread.ofVirtual().name("marsad-import").start(() -> {
            ImportReport report = null;
            String refusal = null;
            try {
                report = work.run(locale);
            } catch (UnreadableWorkbookException e) {
                refusal = getTranslation(locale, "import.refused." + e.reason().name(),
                        imports.maxFileSize() / (1024 * 1024) + " MB");
            } catch (ConcurrentFigureChangeException e) {
                refusal = getTranslation(locale, "import.refused.CONFLICT");
            } catch (IOException | RuntimeException e) {
                LOG.error("Reading {} failed", fileName, e);
                refusal = getTranslation(locale, "imports.failed");
            }
            ImportReport finished = report;
            String refused = refusal;
            ui.access(() -> {
                ui.setPollInterval(-1);
                progress.setVisible(false);
                upload.setEnabled(true);
                if (finished != null) {
                    done.accept(finished);
                } else {
                    discardFile();
                    showRefusal(refused);
                }
            });
        });
    }

    private ImportProgress progressListener() {
        UI ui = UI.getCurrent();
        return (sheet, row, lastRow) -> ui.access(() -> {
            if (lastRow > 0) {
                progressBar.setIndeterminate(false);
                progressBar.setValue(Math.min(1.0, row / (double) lastRow));
            }
            progressText.setText(getTranslation("imports.progress", sheet, row, lastRow));
        });
    }

    private void showReport(ImportReport report) {
        result.removeAll();
        result.add(new ImportResultPanel(report, fileName, annotatedDownload(), this::startImport));
    }

    private DownloadHandler annotatedDownload() {
        Path checked = file;
        String name = fileName;
        Locale locale = getLocale();
        return event -> {
            event.setFileName(AnnotatedFileName.of(name));
            event.setContentType(XLSX);
            try (OutputStream out = event.getOutputStream()) {
                imports.writeAnnotatedCopy(checked, locale, out);
            } catch (UnreadableWorkbookException e) {
                // The file was read moments ago for the dry run; it cannot become unreadable unless deleted.
                throw new IOException("The checked file can no longer be read", e);
            }
        };
    }

    private void showRefusal(String message) {
        result.removeAll();
        Div refusal = new Div(new Span(message));
        refusal.addClassName("import-refusal");
        refusal.getElement().setAttribute("role", "alert");
        result.add(refusal);
    }

    private void discardFile() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("Could not delete {}", file, e);
            }
            file = null;
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        pastImports.refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        discardFile();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("imports.page-title");
    }
}
