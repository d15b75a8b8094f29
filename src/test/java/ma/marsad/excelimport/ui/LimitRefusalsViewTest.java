package ma.marsad.excelimport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.upload.Upload;

import ma.marsad.MarsadBrowserlessTest;
import ma.marsad.excelimport.MemoryAttackFiles;

/** Issue 18, finding 1, on the import page: the clerk reads which limit their file passed, in their language. */
class LimitRefusalsViewTest extends MarsadBrowserlessTest {

    @TempDir
    Path dir;

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void aRowOfLongCellsDroppedOnThePageIsRefusedWithTheLimitInArabic() throws Exception {
        UI.getCurrent().setLocale(Locale.forLanguageTag("ar-MA"));
        navigate(ImportView.class);
        Path file = MemoryAttackFiles.wideRowOfLongCells(dir);

        test($(Upload.class).id("import-upload")).upload("wide-row.xlsx", "application/octet-stream",
                Files.readAllBytes(file));

        assertThat(refusal()).isEqualTo("تحتوي خلايا صف واحد في هذا المصنف مجتمعةً على أكثر من 1000000 حرف، وهو "
                + "الحد المسموح به للصف الواحد، لذلك لم يُقرأ الملف ولم يُحفظ منه أي شيء. انقل الملاحظات الطويلة خارج "
                + "صفوف الأرقام أو اختصرها، ثم أعد إرسال الملف.");
        assertThat($(Upload.class).id("import-upload").isEnabled()).as("ready for the next file").isTrue();
    }

    private String refusal() throws InterruptedException {
        long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < giveUp) {
            roundTrip();
            List<Div> refusals = $(Div.class).withClassName("import-refusal").all();
            if (!refusals.isEmpty()) {
                return refusals.getFirst().getElement().getTextRecursively();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No answer on the page within 60 s");
    }
}
