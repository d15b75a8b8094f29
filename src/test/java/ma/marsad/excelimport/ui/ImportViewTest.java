package ma.marsad.excelimport.ui;

import static ma.marsad.excelimport.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;

import ma.marsad.MarsadBrowserlessTest;
import ma.marsad.excelimport.ImportProgress;
import ma.marsad.excelimport.ImportService;
import ma.marsad.excelimport.ImportSummary;
import ma.marsad.excelimport.ImportedFiguresCleanup;
import ma.marsad.excelimport.TestWorkbook;

class ImportViewTest extends MarsadBrowserlessTest {

    @Autowired
    ImportService imports;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    @AfterEach
    void removeImportedFigures() {
        ImportedFiguresCleanup.removeImports(jdbc);
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void theTemplateSpeaksTheLanguageTheScreenSpeaks() throws Exception {
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(ImportView.class);

        ByteArrayOutputStream french = new ByteArrayOutputStream();
        test($(Anchor.class).id("template-download")).download(french);
        try (XSSFWorkbook template = new XSSFWorkbook(new ByteArrayInputStream(french.toByteArray()))) {
            assertThat(template.getSheetName(0)).isEqualTo("Chiffres");
            assertThat(template.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("Période");
        }

        UI.getCurrent().setLocale(Locale.forLanguageTag("ar-MA"));
        ByteArrayOutputStream arabic = new ByteArrayOutputStream();
        test($(Anchor.class).id("template-download")).download(arabic);
        try (XSSFWorkbook template = new XSSFWorkbook(new ByteArrayInputStream(arabic.toByteArray()))) {
            assertThat(template.getSheetName(0)).isEqualTo("الأرقام");
            assertThat(template.getSheetAt(0).isRightToLeft()).isTrue();
        }
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void aClerkFindsTheTemplateTheDropZoneAndPastImports() throws Exception {
        imports.importFile(TestWorkbook.xlsx().progress(row("UNICORNS", "2026-Q3", "", 1, null))
                .writeTo(dir.resolve("t3.xlsx")), "t3.xlsx", "clerk", Locale.ENGLISH, ImportProgress.NONE);

        navigate(ImportView.class);

        assertThat($(Anchor.class).id("template-download").getText()).isEqualTo("Download the template (.xlsx)");
        Upload upload = $(Upload.class).id("import-upload");
        assertThat(upload.getMaxFiles()).isEqualTo(1);
        assertThat(upload.getMaxFileSize()).isEqualTo(10 * 1024 * 1024);
        assertThat(upload.getAcceptedFileTypes()).contains(".xlsx", ".xls");
        @SuppressWarnings("unchecked")
        Grid<ImportSummary> past = $(Grid.class).id("past-imports");
        assertThat(test(past).size()).isEqualTo(1);
        assertThat(test(past).getCellText(0, 1)).isEqualTo("t3.xlsx");
        assertThat(test(past).getCellText(0, 3)).isEqualTo("Imported");
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void aManagerCannotOpenTheImports() {
        navigate("imports", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(ImportView.class);
        assertThat($(Upload.class).all()).isEmpty();
    }
}
