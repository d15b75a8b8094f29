package ma.marsad.excelimport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.upload.Upload;

import ma.marsad.MarsadBrowserlessTest;
import ma.marsad.excelimport.AdjustableParseTimeout;
import ma.marsad.excelimport.BadFiles;
import ma.marsad.excelimport.ImportedFiguresCleanup;

/** Hostile files dropped on the import page: the clerk reads why in their language, and can drop the next one. */
class HostileFilesViewTest extends MarsadBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AdjustableParseTimeout parseTimeout;
    @TempDir
    Path dir;

    @AfterEach
    void removeImportedFigures() {
        ImportedFiguresCleanup.removeImports(jdbc);
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void aClerkDroppingEntityExpansionOrAHugeCellReadsWhyItWasRefused() throws Exception {
        navigate(ImportView.class);

        assertThat(refusalAfterDropping(BadFiles.billionLaughsInSheet(dir))).isEqualTo("The workbook is damaged or "
                + "incomplete and cannot be read. Open it in Excel or LibreOffice, save it again and resend it.");
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(ImportView.class);
        assertThat(refusalAfterDropping(BadFiles.tenMegabytesInOneCell(dir))).startsWith(
                "Une cellule de ce classeur contient plus de 32 767 caractères");
        assertThat($(Upload.class).id("import-upload").isEnabled()).as("ready for the next file").isTrue();
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void aClerkWhoseFileTakesTooLongIsToldNothingWasStored() throws Exception {
        navigate(ImportView.class);
        Path slow = BadFiles.slowToRead(dir);

        String refusal;
        try (var shortened = parseTimeout.shortenedTo(Duration.ofMillis(200))) {
            refusal = refusalAfterDropping(slow);
        }

        assertThat(refusal).isEqualTo("The file took too long to read (the limit is 1 s), so reading stopped and "
                + "nothing from it was stored. Remove empty rows and columns or split it into several files, then send it again.");
        assertThat($(Upload.class).id("import-upload").isEnabled()).isTrue();
    }

    /** Drops the file on the page and waits (30 s at most) for the check running in the background to answer. */
    private String refusalAfterDropping(Path file) throws Exception {
        test($(Upload.class).id("import-upload")).upload(file.getFileName().toString(),
                "application/octet-stream", Files.readAllBytes(file));
        long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < giveUp) {
            roundTrip();
            List<Div> refusals = $(Div.class).withClassName("import-refusal").all();
            if (!refusals.isEmpty()) {
                return refusals.getFirst().getElement().getTextRecursively();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No answer on the page within 30 s");
    }
}
