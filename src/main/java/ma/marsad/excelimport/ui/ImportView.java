package ma.marsad.excelimport.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

import jakarta.annotation.security.RolesAllowed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;

import ma.marsad.base.ContentTypes;
import ma.marsad.base.security.Role;
import ma.marsad.excelimport.AnnotatedFileName;
import ma.marsad.excelimport.FileNotKeptException;
import ma.marsad.excelimport.ImportProgress;
import ma.marsad.excelimport.ImportReport;
import ma.marsad.excelimport.ImportService;
import ma.marsad.excelimport.UnreadableWorkbookException;
import ma.marsad.progress.ConcurrentFigureChangeException;
import ma.marsad.base.ui.ComponentTexts;

/**
 * The clerk's import: download the template, drop a filled workbook, see at once what is wrong (the
 * dry run), download the annotated copy to fix it, and import only when the file is clean.
 */
@Route("imports")
@Menu(title = "menu.imports", order = 3)
@RolesAllowed({Role.CLERK_ROLE, Role.ADMIN_ROLE})
class ImportView extends Main implements HasDynamicTitle, LocaleChangeObserver {

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
    /** A check or import is reading {@link #file}: it must not be deleted under it. */
    private volatile boolean running;
    /** The page was closed: the job deletes the file when it ends. */
    private volatile boolean closed;
    /**
     * The UI's language, which the template speaks: kept here because downloads run outside the session's
     * lock, where the UI is not to be read.
     */
    private volatile Locale language;

    ImportView(ImportService imports, AuthenticationContext authentication) {
        this.imports = imports;
        this.user = authentication.getPrincipalName().orElse("?");
        this.language = getLocale();
        addClassName("imports");

        add(new H1(getTranslation("imports.title")));
        add(new Paragraph(getTranslation("imports.intro")));

        Anchor template = new Anchor((DownloadHandler) event -> {
            event.setFileName("marsad-import-template.xlsx");
            event.setContentType(ContentTypes.XLSX);
            try (OutputStream out = event.getOutputStream()) {
                imports.writeTemplate(language, out);
            }
        }, getTranslation("imports.template"));
        template.setId("template-download");
        template.addClassName("button-link");
        add(new Paragraph(template, new Span(" " + getTranslation("imports.template.hint"))));

        upload = ComponentTexts.translate(new Upload(uploadHandler()));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.maxFileSize()));
        upload.setAcceptedFileTypes(".xlsx", ".xls", ContentTypes.XLSX, "application/vnd.ms-excel");
        upload.setDropLabel(new Span(getTranslation("imports.drop", imports.maxFileSizeMegabytes())));
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

    private UploadHandler uploadHandler() {
        long limit = imports.maxFileSize();
        return event -> {
            Path received = Files.createTempFile("marsad-upload-", ".bin");
            boolean tooLarge = false;
            try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(received)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                for (int n; (n = in.read(buffer)) >= 0 && !tooLarge; ) {
                    total += n;
                    tooLarge = total > limit;
                    out.write(buffer, 0, n);
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(received);
                throw e;
            }
            if (tooLarge) {
                Files.deleteIfExists(received);
                access(event.getUI(), () -> showRefusal(refusalText(UnreadableWorkbookException.Reason.TOO_LARGE)), null);
                return;
            }
            String name = event.getFileName();
            access(event.getUI(), () -> fileReceived(received, name), received);
        };
    }

    /** Runs {@code task} in the UI; if the page has closed meanwhile, deletes {@code orphan} instead. */
    private static void access(UI ui, Runnable task, Path orphan) {
        try {
            ui.access(task::run);
        } catch (UIDetachedException e) {
            deleteQuietly(orphan);
        }
    }

    private void fileReceived(Path received, String name) {
        discardFile();
        file = received;
        fileName = name;
        upload.clearFileList();
        runInBackground(getTranslation("imports.checking", name),
                (locale, progress) -> imports.check(received, locale, progress), this::showReport);
    }

    private void startImport() {
        Path toImport = file;
        String name = fileName;
        runInBackground(getTranslation("imports.importing", name),
                (locale, progress) -> imports.importFile(toImport, name, user, locale, progress), report -> {
                    showReport(report);
                    pastImports.refresh();
                });
    }

    private interface Work {
        ImportReport run(Locale locale, ImportProgress progress) throws IOException, UnreadableWorkbookException;
    }

    /**
     * Reads the file off the request thread, showing progress; the page polls while it runs. Everything
     * the job needs from the UI (locale, progress listener) is taken here, on the UI thread: the job's
     * thread has no current UI or Vaadin service, so it reports a message key, translated back in the UI.
     */
    private void runInBackground(String what, Work work, Consumer<ImportReport> done) {
        UI ui = UI.getCurrent();
        Locale locale = getLocale();
        ImportProgress listener = progressListener(ui);
        String name = fileName;
        result.removeAll();
        progressText.setText(what);
        progressBar.setIndeterminate(true);
        progress.setVisible(true);
        upload.setEnabled(false);
        running = true;
        ui.setPollInterval(400);
        Thread.ofVirtual().name("marsad-import").start(() -> {
            ImportReport report = null;
            String refusal = "imports.failed";
            UnreadableWorkbookException.Reason reason = null;
            try {
                report = work.run(locale, listener);
            } catch (UnreadableWorkbookException e) {
                reason = e.reason();
            } catch (ConcurrentFigureChangeException e) {
                refusal = "import.refused.CONFLICT";
            } catch (FileNotKeptException e) {
                LOG.error("Importing {} stopped: the file could not be kept", name, e);
                refusal = "imports.not-kept";
            } catch (IOException | RuntimeException e) {
                LOG.error("Reading {} failed", name, e);
            } finally {
                ImportReport finished = report;
                String refusalKey = refusal;
                UnreadableWorkbookException.Reason refusalReason = reason;
                Runnable show = () -> {
                    running = false;
                    ui.setPollInterval(-1);
                    progress.setVisible(false);
                    upload.setEnabled(true);
                    if (finished != null) {
                        done.accept(finished);
                    } else {
                        discardFile();
                        showRefusal(refusalReason != null ? refusalText(refusalReason) : getTranslation(refusalKey));
                    }
                };
                try {
                    ui.access(show::run);
                } catch (UIDetachedException e) {
                    if (closed) {
                        discardFile();
                    }
                }
            }
        });
    }

    private String refusalText(UnreadableWorkbookException.Reason reason) {
        return imports.refusal(reason, getLocale());
    }

    private ImportProgress progressListener(UI ui) {
        return (sheet, row, lastRow) -> {
            try {
                ui.access(() -> {
                    if (lastRow > 0) {
                        progressBar.setIndeterminate(false);
                        progressBar.setValue(Math.min(1.0, row / (double) lastRow));
                    }
                    progressText.setText(getTranslation("imports.progress", sheet, row, lastRow));
                });
            } catch (UIDetachedException e) {
                // The page closed; the job goes on and its file is deleted when it ends.
            }
        };
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
            event.setContentType(ContentTypes.XLSX);
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
        deleteQuietly(file);
        file = null;
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                LOG.warn("Could not delete {}", path, e);
            }
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        pastImports.refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        closed = true;
        if (!running) {
            discardFile();
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        language = event.getLocale();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("imports.page-title");
    }
}
