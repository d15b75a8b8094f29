package ma.marsad.partner.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import ma.marsad.audit.HistoryEvent;
import ma.marsad.base.Morocco;
import ma.marsad.partner.CommitmentDetails;
import ma.marsad.partner.EvidenceDetails;
import ma.marsad.partner.PartnerService;

/** A commitment's evidence (links open in a new tab, files download) and its history, newest evidence first. */
class EvidenceAndHistory extends Div {

    /** How CommitmentService writes an evidence row's "after": the kind, the date, the link or file name. */
    private static final java.util.regex.Pattern EVIDENCE = java.util.regex.Pattern.compile(
            "(REPORT|PRESS_RELEASE|SITE_VISIT|FIGURES) (\\d{4}-\\d{2}-\\d{2}): (.*)", java.util.regex.Pattern.DOTALL);

    EvidenceAndHistory(CommitmentDetails c, PartnerService partners) {
        Locale locale = getLocale();
        PartnerFormats f = new PartnerFormats(locale);
        addClassName("evidence-and-history");

        add(new H5(getTranslation("partners.evidence")));
        List<EvidenceDetails> items = partners.evidence(c.id());
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("partners.evidence.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("evidence-" + c.code());
            items.forEach(e -> {
                ListItem item = new ListItem(new Span(getTranslation("partners.evidence.item", f.date(e.date()),
                        getTranslation("partners.evidence.kind." + e.kind()), e.summary()) + " "));
                item.add(e.isFile() ? download(e, partners) : link(e));
                list.add(item);
            });
            add(list);
        }

        add(new H5(getTranslation("partners.history")));
        List<HistoryEvent> changes = partners.history(c.id());
        if (changes.isEmpty()) {
            add(new Paragraph(getTranslation("partners.history.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("history-" + c.code());
            changes.forEach(e -> list.add(new ListItem(getTranslation("partners.history.item",
                    Morocco.moments(locale).format(e.changedAt()), e.changedBy(),
                    getTranslation("admin.audit.kind." + e.kind().name()),
                    value(e.before()), value(e.after()),
                    e.reason() == null ? "" : e.reason()))));
            add(list);
        }
    }

    /**
     * A review's "SUBSTANTIAL/AMBER" and an evidence's "REPORT 2026-11-20: file.pdf" in the reader's words; any
     * other value as it is; "—" for none.
     */
    private String value(String stored) {
        if (stored == null) {
            return "—";
        }
        java.util.regex.Matcher evidence = EVIDENCE.matcher(stored);
        if (evidence.matches()) {
            return getTranslation("partners.evidence.kind." + evidence.group(1)) + " · "
                    + new PartnerFormats(getLocale()).date(java.time.LocalDate.parse(evidence.group(2))) + " · "
                    + evidence.group(3);
        }
        String[] parts = stored.split("/");
        if (parts.length == 2 && parts[0].matches("[A-Z_]+") && parts[1].matches("[A-Z_]+")) {
            return getTranslation("partners.completion." + parts[0]) + " / "
                    + getTranslation("partners.confidence." + parts[1]);
        }
        return stored;
    }

    private Anchor link(EvidenceDetails e) {
        Anchor a = new Anchor(e.link(), e.link());
        a.setTarget(AnchorTarget.BLANK);
        a.getElement().setAttribute("rel", "noopener noreferrer");
        return a;
    }

    private Anchor download(EvidenceDetails e, PartnerService partners) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> partners.evidenceFile(e.id())
                .map(file -> {
                    try {
                        return new DownloadResponse(java.nio.file.Files.newInputStream(file.path()), file.name(),
                                file.contentType(), java.nio.file.Files.size(file.path()));
                    } catch (java.io.IOException ex) {
                        return DownloadResponse.error(404);
                    }
                })
                .orElseGet(() -> DownloadResponse.error(404))), e.fileName());
        a.getElement().setAttribute("download", true);
        return a;
    }
}
