package ma.marsad.excelimport.ui;

import java.io.IOException;
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
import ma.marsad.excelimport.FileNotKeptException;
import ma.marsad.excelimport.ImportJob;
import ma.marsad.excelimport.ImportJobs;
import ma.marsad.excelimport.ImportProgress;
import ma.marsad.excelimport.ImportQueueFullException;
import ma.marsad.excelimport.ImportRefusals;
import ma.marsad.excelimport.ImportReport;
import ma.marsad.excelimport.ImportService;
import ma.marsad.excelimport.ImportTemplates;
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
    private final ImportJobs jobs;
    private final ImportRefusals refusals;
    private final String user;
    private final Upload upload;
    private final ReadingProgress progress = new ReadingProgress();
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

    ImportView(ImportService imports, ImportJobs jobs, ImportTemplates templates, ImportRefusals refusals,
               AuthenticationContext authentication) {
        this.imports = imports;
        this.jobs = jobs;
        this.refusals = refusals;
        this.user = authentication.getPrincipalName().orElse("?");
        this.language = getLocale();
        addClassName("imports");

        add(new H1(getTranslation("imports.title")));
        add(new Paragraph(getTranslation("imports.intro")));

        Anchor template = new Anchor((DownloadHandler) event -> {
            event.setFileName("marsad-import-template.xlsx");
            event.setContentType(ContentTypes.XLSX);
            try (OutputStream out = event.getOutputStream()) {
                templates.write(language, out);
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

        add(progress, result);

        add(new H2(getTranslation("imports.past")));
        pastImports = new PastImportsGrid(imports, getLocale());
        add(pastImports);
    }

    private UploadHandler uploadHandler() {
        return new UploadReceiver(imports.maxFileSize(), new UploadReceiver.Receiver() {
            @Override
            public void received(Path received, String name) {
                fileReceived(received, name);
            }

            @Override
            public void tooLarge() {
                showRefusal(refusalText(UnreadableWorkbookException.Reason.TOO_LARGE));
            }
        });
    }

    private void fileReceived(Path received, String name) {
        discardFile();
        file = received;
        fileName = name;
        upload.clearFileList();
        runInBackground(getTranslation("imports.checking", name),
                (locale, rows, listener) -> jobs.check(received, locale, rows, listener), this::showReport);
    }

    private void startImport() {
        Path toImport = file;
        String name = fileName;
        runInBackground(getTranslation("imports.importing", name),
                (locale, rows, listener) -> jobs.importFile(toImport, name, user, locale, rows, listener), report -> {
                    showReport(report);
                    pastImports.refresh();
                });
    }

    private interface Work {
        ImportJob<ImportReport> start(Locale locale, ImportProgress rows, ImportJob.Listener<ImportReport> listener)
                throws ImportQueueFullException;
    }

    /**
     * Hands the file to the import threads, showing its place in the queue, then the reading's progress; the
     * page polls while it runs. Everything the job needs from the UI (locale, listeners) is taken here, on the
     * UI thread: the import thread has no current UI or Vaadin service.
     */
    private void runInBackground(String what, Work work, Consumer<ImportReport> done) {
        UI ui = UI.getCurrent();
        Locale locale = getLocale();
        String name = fileName;
        result.removeAll();
        progress.begin(what);
        upload.setEnabled(false);
        running = true;
        ui.setPollInterval(400);
        try {
            work.start(locale, progress.rows(ui), progress.queue(ui, job -> finished(ui, job, name, done)));
        } catch (ImportQueueFullException e) {
            ended(ui);
            discardFile();
            showRefusal(refusals.busy(locale));
        }
    }

    /** On the import thread, once the job is done: its report, or why there is none, shown in the UI. */
    private void finished(UI ui, ImportJob<ImportReport> job, String name, Consumer<ImportReport> done) {
        ImportReport report = null;
        String refusal = "imports.failed";
        UnreadableWorkbookException.Reason reason = null;
        try {
            report = job.await();
        } catch (UnreadableWorkbookException e) {
            reason = e.reason();
        } catch (ConcurrentFigureChangeException e) {
            refusal = "import.refused.CONFLICT";
        } catch (FileNotKeptException e) {
            LOG.error("Importing {} stopped: the file could not be kept", name, e);
            refusal = "imports.not-kept";
        } catch (IOException | RuntimeException e) {
            LOG.error("Reading {} failed", name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ImportReport finished = report;
        String refusalKey = refusal;
        UnreadableWorkbookException.Reason refusalReason = reason;
        Runnable show = () -> {
            ended(ui);
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

    private void ended(UI ui) {
        running = false;
        ui.setPollInterval(-1);
        progress.end();
        upload.setEnabled(true);
    }

    private String refusalText(UnreadableWorkbookException.Reason reason) {
        return imports.refusal(reason, getLocale());
    }

    private void showReport(ImportReport report) {
        result.removeAll();
        result.add(new ImportResultPanel(report, fileName, annotatedDownload(), this::startImport));
    }

    private DownloadHandler annotatedDownload() {
        return new AnnotatedDownload(jobs, file, fileName, getLocale());
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
