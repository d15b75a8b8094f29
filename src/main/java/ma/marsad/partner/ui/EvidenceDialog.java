package ma.marsad.partner.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import ma.marsad.base.Refusal;
import ma.marsad.base.ui.ComponentTexts;
import ma.marsad.partner.CommitmentDetails;
import ma.marsad.partner.CommitmentService;
import ma.marsad.partner.EvidenceKind;
import ma.marsad.partner.PartnerRefusal;
import ma.marsad.partner.PartnerService;

/**
 * Adds evidence to a commitment: its date, kind and summary, and either a link or a file. The file goes to a
 * temporary file first; the service checks it (size, type by content) and keeps its own copy.
 */
class EvidenceDialog extends Dialog {

    private final DatePicker date = ComponentTexts.translate(new DatePicker());
    private final Select<EvidenceKind> kind = new Select<>();
    private final TextField link = new TextField();
    private final TextArea summary = new TextArea();
    private final Paragraph problem = new Paragraph();
    private Path file;
    private String fileName;

    EvidenceDialog(CommitmentDetails c, PartnerService partners, CommitmentService commitments, long maxBytes,
                   String user, Runnable saved) {
        Locale locale = getLocale();
        setHeaderTitle(getTranslation("partners.evidence.title"));
        add(new Paragraph(c.partnerName() + " — " + c.text().in(locale)));

        date.setLabel(getTranslation("partners.evidence.date"));
        date.setValue(partners.today());
        date.setMax(partners.today());
        date.setId("evidence-date");
        kind.setLabel(getTranslation("partners.evidence.kind"));
        kind.setItems(EvidenceKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("partners.evidence.kind." + k));
        kind.setValue(EvidenceKind.REPORT);
        kind.setId("evidence-kind");
        link.setLabel(getTranslation("partners.evidence.link"));
        link.setHelperText(getTranslation("partners.evidence.link.helper"));
        link.setWidthFull();
        link.setId("evidence-link");

        Upload upload = ComponentTexts.translate(new Upload(uploadHandler(maxBytes)));
        upload.setId("evidence-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes(".pdf", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".doc", ".docx", ".xls",
                ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".odp");
        upload.addFileRemovedListener(e -> discardFile());
        Paragraph uploadLabel = new Paragraph(getTranslation("partners.evidence.file", maxBytes / (1024 * 1024)));
        uploadLabel.addClassName("commitment-note");

        summary.setLabel(getTranslation("partners.evidence.summary"));
        summary.setRequired(true);
        summary.setMaxLength(1000);
        summary.setWidthFull();
        summary.setId("evidence-summary");
        problem.addClassName("partners-problem");
        problem.setId("evidence-problem");
        problem.setVisible(false);
        add(date, kind, link, uploadLabel, upload, summary, problem);

        Button save = new Button(getTranslation("partners.save"), e -> save(c, commitments, user, saved, locale));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("evidence-save");
        getFooter().add(new Button(getTranslation("partners.cancel"), e -> close()), save);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                discardFile();
            }
        });
        setWidth("min(40rem, 100vw)");
    }

    private void save(CommitmentDetails c, CommitmentService commitments, String user, Runnable saved, Locale locale) {
        boolean hasLink = !link.getValue().isBlank();
        try {
            if (hasLink == (file != null)) {
                throw new PartnerRefusal(PartnerRefusal.Reason.LINK_OR_FILE);
            }
            if (hasLink) {
                commitments.addLink(c.id(), date.getValue(), kind.getValue(), link.getValue(), summary.getValue(), user);
            } else {
                commitments.addFile(c.id(), date.getValue(), kind.getValue(), file, fileName, summary.getValue(), user);
            }
            close();
            saved.run();
        } catch (PartnerRefusal refusal) {
            problem.setText(getTranslation(refusal.messageKey(), Refusal.displayArgs(refusal.args(), locale)));
            problem.setVisible(true);
        }
    }

    /** Receives the file into a temporary file, stopping at the size limit; the service checks it again. */
    private UploadHandler uploadHandler(long maxBytes) {
        return event -> {
            Path received = Files.createTempFile("marsad-evidence-", ".bin");
            boolean tooLarge = false;
            try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(received)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                for (int n; (n = in.read(buffer)) >= 0 && !tooLarge; ) {
                    total += n;
                    tooLarge = total > maxBytes;
                    out.write(buffer, 0, n);
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(received);
                throw e;
            }
            boolean refused = tooLarge;
            String name = event.getFileName();
            UI ui = event.getUI();
            try {
                ui.access(() -> {
                    discardFile();
                    if (refused) {
                        deleteQuietly(received);
                        problem.setText(getTranslation("partners.refused.FILE_TOO_LARGE", maxBytes / (1024 * 1024)));
                        problem.setVisible(true);
                    } else {
                        file = received;
                        fileName = name;
                        problem.setVisible(false);
                    }
                });
            } catch (UIDetachedException e) {
                deleteQuietly(received);
            }
        };
    }

    private void discardFile() {
        deleteQuietly(file);
        file = null;
        fileName = null;
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // A temporary file left behind; the system's temp clean-up takes it.
            }
        }
    }
}
