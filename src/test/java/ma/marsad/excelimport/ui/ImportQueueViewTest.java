package ma.marsad.excelimport.ui;

import static ma.marsad.excelimport.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.upload.Upload;

import ma.marsad.MarsadBrowserlessTest;
import ma.marsad.excelimport.BusyImportThreads;
import ma.marsad.excelimport.ImportJobs;
import ma.marsad.excelimport.TestWorkbook;

/** A clerk whose file waits for its turn sees how many files are ahead of theirs, then the check's answer. */
class ImportQueueViewTest extends MarsadBrowserlessTest {

    @Autowired
    ImportJobs jobs;
    @TempDir
    Path dir;

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void aClerkSeesTheirPlaceInTheQueueThenTheAnswer() throws Exception {
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(ImportView.class);
        Path file = TestWorkbook.xlsx().progress(row("UNICORNS", "2026-Q3", "", 1, null)).writeTo(dir.resolve("t3.xlsx"));

        String waiting;
        try (BusyImportThreads busy = BusyImportThreads.occupy(jobs, dir, 2 + 2)) {
            test($(Upload.class).id("import-upload")).upload("t3.xlsx", "application/octet-stream",
                    Files.readAllBytes(file));
            roundTrip();
            waiting = $(ReadingProgress.class).id("import-progress").text();
        }

        assertThat(waiting).isEqualTo("En attente de son tour : 2 fichiers avant le vôtre.");
        long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while ($(H2.class).withId("import-verdict").all().isEmpty() && System.nanoTime() < giveUp) {
            Thread.sleep(50);
            roundTrip();
        }
        assertThat($(H2.class).id("import-verdict").getText()).startsWith("✓ t3.xlsx");
        assertThat($(ReadingProgress.class).all()).as("no progress shown any more").isEmpty();
    }
}
