package ma.marsad.excelimport.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.marsad.ApiClient;
import ma.marsad.MarsadSpringTest;
import ma.marsad.excelimport.ImportProgress;
import ma.marsad.excelimport.ImportReport;
import ma.marsad.excelimport.ImportService;
import ma.marsad.excelimport.ImportedFiguresCleanup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The template in French and in Arabic, downloaded, filled in the way a clerk of that language would (names,
 * quarters and regions in that language) and uploaded: the figures are stored.
 */
@MarsadSpringTest
class TemplateLanguagesApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ImportService imports;
    @TempDir
    Path dir;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @AfterEach
    void removeImportedFigures() {
        ImportedFiguresCleanup.removeImports(jdbc);
    }

    @Test
    void aFrenchTemplateFilledInFrenchImportsItsFigures() throws Exception {
        byte[] template = template("fr");
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet progress = workbook.getSheetAt(0);
            assertThat(progress.getSheetName()).isEqualTo("Chiffres");
            assertThat(texts(progress.getRow(0))).containsExactly("Indicateur", "Période", "Région", "Valeur",
                    "Commentaire");
            fill(progress.getRow(1), "Licorne technologique", "T3 2026", "Fès-Meknès", 1, "Enquête trimestrielle");
            fill(progress.getRow(2), "GAZELLES", "T1 2026", "L'Oriental", 4, null);
            filled = bytes(workbook);
        }

        JsonNode report = upload(filled);

        assertThat(report.get("outcome").asString()).isEqualTo("IMPORTED");
        assertThat(report.get("created").asInt()).isEqualTo(2);
        assertThat(report.get("warnings").size()).as("the lists and instructions are not figures").isZero();
        assertThat(stored("UNICORNS", "2026-Q3", "FES_MEKNES")).isEqualByComparingTo("1");
        assertThat(stored("GAZELLES", "2026-Q1", "ORIENTAL")).isEqualByComparingTo("4");
    }

    @Test
    void anArabicTemplateFilledInArabicImportsItsFigures() throws Exception {
        byte[] template = template("ar");
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet progress = workbook.getSheetAt(0);
            assertThat(progress.getSheetName()).isEqualTo("الأرقام");
            assertThat(progress.isRightToLeft()).isTrue();
            assertThat(texts(progress.getRow(0))).containsExactly("المؤشر", "الفترة", "الجهة", "القيمة", "ملاحظة");
            fill(progress.getRow(1), "شركة تكنولوجية من فئة «يونيكورن»", "الربع الثالث 2026", "الدار البيضاء سطات", 2,
                    "بحث ربع سنوي");
            fill(progress.getRow(2), "شركات «الغزال» سريعة النمو", "الربع الأول 2026", "الداخلة وادي الذهب", 3, null);
            fill(progress.getRow(3), "GAZELLES", "2026-Q1", "", 5, null);
            filled = bytes(workbook);
        }

        JsonNode report = upload(filled);

        assertThat(report.get("outcome").asString()).isEqualTo("IMPORTED");
        assertThat(report.get("created").asInt()).isEqualTo(3);
        assertThat(report.get("warnings").size()).isZero();
        assertThat(stored("UNICORNS", "2026-Q3", "CASABLANCA_SETTAT")).isEqualByComparingTo("2");
        assertThat(stored("GAZELLES", "2026-Q1", "DAKHLA_OUED_ED_DAHAB")).isEqualByComparingTo("3");
        assertThat(stored("GAZELLES", "2026-Q1", "NATIONAL")).isEqualByComparingTo("5");
        assertThat(jdbc.queryForObject("select comment_text from progress_entry where region_code = 'CASABLANCA_SETTAT'"
                + " and quarter_code = '2026-Q3' and origin = 'IMPORT'", String.class)).isEqualTo("بحث ربع سنوي");
    }

    @Test
    void anUntouchedTemplateInEveryLanguageChecksAsNoRowsAndNoWarning() throws Exception {
        for (String lang : List.of("en", "fr", "ar")) {
            Path file = Files.write(dir.resolve("template-" + lang + ".xlsx"), template(lang));
            ImportReport report = imports.check(file, Locale.ENGLISH, ImportProgress.NONE);
            assertThat(report.rowsRead()).as(lang).isZero();
            assertThat(report.warnings()).as(lang).isEmpty();
            assertThat(report.errors()).as(lang).isEmpty();
        }
    }

    @Test
    void errorsInAFrenchTemplateAreToldInFrenchUnderTheFrenchHeader() throws Exception {
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template("fr")))) {
            fill(workbook.getSheetAt(0).getRow(1), "Licorne", "T3 2026", "", 1, null);
            filled = bytes(workbook);
        }
        Path file = Files.write(dir.resolve("chiffres.xlsx"), filled);

        ImportReport report = imports.check(file, Locale.FRENCH, ImportProgress.NONE);

        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.sheet()).isEqualTo("Chiffres");
            assertThat(error.column()).isEqualTo("Indicateur");
            assertThat(error.message()).startsWith("Indicateur inconnu").contains("Licorne")
                    .contains("Indicateurs proches").contains("UNICORNS (Licorne technologique)")
                    .endsWith("La feuille Indicateurs du modèle les liste tous.");
        });
    }

    @Test
    void aTemplateInALanguageMarsadDoesNotWriteIsRefusedWith400() throws Exception {
        HttpResponse<String> response = api.get("/api/imports/template.xlsx?lang=xx", "clerk");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("error").asString())
                .isEqualTo("Unknown language \u201cxx\u201d: use fr, ar or en.");
    }

    private byte[] template(String lang) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = api.sendForBytes(api.request("/api/imports/template.xlsx?lang=" + lang, "clerk"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("marsad-import-template.xlsx"));
        return response.body();
    }

    private JsonNode upload(byte[] file) throws IOException, InterruptedException {
        HttpResponse<String> response = api.upload("/api/imports", "clerk", "figures.xlsx", file);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private BigDecimal stored(String indicator, String quarter, String region) {
        return jdbc.queryForObject("select e.amount from progress_entry e join indicator i on i.id = e.indicator_id"
                + " where i.code = ? and e.quarter_code = ? and e.region_code = ?", BigDecimal.class,
                indicator, quarter, region);
    }

    /** Types a row as a clerk would: the period as text (the column is formatted so), the value as a number. */
    private static void fill(Row row, String indicator, String period, String region, double value, String comment) {
        cell(row, 0).setCellValue(indicator);
        cell(row, 1).setCellValue(period);
        if (!region.isEmpty()) {
            cell(row, 2).setCellValue(region);
        }
        cell(row, 3).setCellValue(value);
        if (comment != null) {
            cell(row, 4).setCellValue(comment);
        }
    }

    private static Cell cell(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? row.createCell(column) : cell;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new java.util.ArrayList<>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
