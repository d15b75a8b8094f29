package ma.marsad.excelimport;

import ma.marsad.base.Messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.ReadingOrder;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import ma.marsad.base.LocalizedText;
import ma.marsad.base.Region;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorKind;

class ImportTemplateTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar-MA");
    private static XSSFWorkbook template;

    @BeforeAll
    static void writeTheTemplate() throws IOException {
        template = template(Locale.ENGLISH);
    }

    /** The template in a language, for three indicators, read back. */
    static XSSFWorkbook template(Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImportTemplate.write(List.of(
                indicator("DIGITAL_JOBS", "Emplois numériques", "Digital jobs", "مناصب الشغل الرقمية",
                        IndicatorKind.CUMULATIVE, "240000"),
                indicator("TECH_CERTIFICATES", "Certifications", "Tech certificates", "الشهادات التقنية",
                        IndicatorKind.ANNUAL, "20000"),
                indicator("DATACENTER_MW", "Capacité des centres de données", "Data centre capacity",
                        "قدرة مراكز البيانات", IndicatorKind.LEVEL, "500.5")), Messages.of(bundles(), locale), locale, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The bundles as the application reads them. */
    static MessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("vaadin-i18n/translations");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static IndicatorDetails indicator(String code, String fr, String en, String ar, IndicatorKind kind,
            String target) {
        return new IndicatorDetails(1, code, new LocalizedText(fr, en, ar), new LocalizedText("emplois", "jobs", "منصب"),
                kind, new BigDecimal(target), LocalDate.of(2024, 1, 1), LocalDate.of(2030, 12, 31), null, List.of(),
                new LocalizedText("MTNRA", "MTNRA", "MTNRA"), "000_x.txt", "quote", true);
    }

    @Test
    void hasTheProgressSheetFirstAndActiveThenTheListsAndInstructions() {
        assertThat(IntStream.range(0, template.getNumberOfSheets()).mapToObj(template::getSheetName))
                .containsExactly("Progress", "Indicators", "Regions", "Instructions");
        assertThat(template.getActiveSheetIndex()).isZero();
        Sheet instructions = template.getSheet("Instructions");
        assertThat(instructions.getRow(0).getCell(0).getStringCellValue()).isEqualTo("How to fill in the Progress sheet");
        assertThat(instructions.getRow(3).getCell(0).getStringCellValue()).startsWith("Period: the quarter, e.g. Q3 2025");
    }

    @Test
    void instructionsEndWithAnExampleAsAClerkOfTheLanguageWouldTypeIt() {
        Sheet instructions = template.getSheet("Instructions");
        int last = instructions.getLastRowNum();
        assertThat(instructions.getRow(last - 2).getCell(0).getStringCellValue()).startsWith("Example");
        assertThat(texts(instructions.getRow(last - 1))).containsExactly("DIGITAL_JOBS", "Q3 2025", "Casablanca-Settat",
                "1250.0", "Quarterly survey");
        assertThat(texts(instructions.getRow(last))).containsExactly("Digital jobs", "2025-Q3", "", "300.0", "");
    }

    @Test
    void progressHeadersAreTheImportColumnsWithNotesAndFrozen() {
        XSSFSheet progress = template.getSheet("Progress");
        Row header = progress.getRow(0);
        assertThat(texts(header)).containsExactly("Indicator", "Period", "Region", "Value", "Comment");
        assertThat(header.getCell(0).getCellStyle().getFillPattern()).isNotNull();
        assertThat(template.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
        assertThat(progress.getCellComment(new CellAddress("C1")).getString().getString())
                .isEqualTo("Code from the Regions sheet; leave blank for National");
        assertThat(progress.getCellComment(new CellAddress("B1")).getString().getString())
                .contains("2025-Q3");
        assertThat(progress.getCellComments()).hasSize(5);
        assertThat(progress.getPaneInformation().isFreezePane()).isTrue();
        assertThat(progress.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(progress.getColumnWidth(2)).isEqualTo(28 * 256);
    }

    @Test
    void progressHoldsNoFiguresSoTheEmptyTemplateImportsAsZeroRows() {
        XSSFSheet progress = template.getSheet("Progress");
        for (Row row : progress) {
            if (row.getRowNum() > 0) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as(cell.getAddress().toString()).isEqualTo(CellType.BLANK);
                }
            }
        }
    }

    @Test
    void periodIsTextAndValueIsANumberFormat() {
        Row row2 = template.getSheet("Progress").getRow(1);
        assertThat(row2.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("@");
        String valueFormat = row2.getCell(3).getCellStyle().getDataFormatString();
        assertThat(valueFormat).isEqualTo("General").isNotEqualTo("@");
        assertThat(template.getSheet("Progress").getRow(1000).getCell(1).getCellStyle().getDataFormatString())
                .isEqualTo("@");
    }

    @Test
    void dropDownsAndTheValueCheckCoverRowsTwoToOneThousandAndOne() {
        List<XSSFDataValidation> validations = template.getSheet("Progress").getDataValidations();
        assertThat(validations).hasSize(3);

        XSSFDataValidation indicator = validationOn(validations, "A2:A1001");
        assertThat(indicator.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
        assertThat(indicator.getValidationConstraint().getFormula1()).isEqualTo("IndicatorCodes");
        assertThat(indicator.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
        assertThat(indicator.getShowPromptBox()).isTrue();
        // POI maps this to the file's inverted showDropDown flag: true here means Excel shows the arrow.
        assertThat(indicator.getSuppressDropDownArrow()).isTrue();

        XSSFDataValidation region = validationOn(validations, "C2:C1001");
        assertThat(region.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
        assertThat(region.getValidationConstraint().getFormula1()).isEqualTo("RegionCodes");
        assertThat(region.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);

        XSSFDataValidation value = validationOn(validations, "D2:D1001");
        assertThat(value.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DECIMAL);
        assertThat(value.getValidationConstraint().getOperator()).isEqualTo(OperatorType.GREATER_OR_EQUAL);
        assertThat(value.getValidationConstraint().getFormula1()).isEqualTo("0");
        assertThat(value.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
        assertThat(value.getShowErrorBox()).isTrue();
        assertThat(value.getErrorBoxText()).contains("number, 0 or more");
    }

    @Test
    void definedNamesPointAtTheCodeColumns() {
        assertThat(template.getName("IndicatorCodes").getRefersToFormula()).isEqualTo("'Indicators'!$A$2:$A$4");
        assertThat(template.getName("RegionCodes").getRefersToFormula()).isEqualTo("'Regions'!$A$2:$A$14");
    }

    @Test
    void indicatorsSheetListsEachIndicatorWithDatesAndTarget() {
        Sheet sheet = template.getSheet("Indicators");
        assertThat(texts(sheet.getRow(0))).containsExactly(
                "Code", "Name in French", "Name in English", "Name in Arabic", "Unit", "Kind", "Start", "Deadline",
                "Target");
        assertThat(column(sheet, 0)).containsExactly("DIGITAL_JOBS", "TECH_CERTIFICATES", "DATACENTER_MW");
        Row jobs = sheet.getRow(1);
        assertThat(jobs.getCell(3).getStringCellValue()).isEqualTo("مناصب الشغل الرقمية");
        assertThat(jobs.getCell(4).getStringCellValue()).isEqualTo("jobs");
        assertThat(jobs.getCell(5).getStringCellValue()).isEqualTo("Cumulative");
        assertThat(DateUtil.isCellDateFormatted(jobs.getCell(7))).isTrue();
        assertThat(jobs.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(jobs.getCell(8).getNumericCellValue()).isEqualTo(240000);
        assertThat(jobs.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        assertThat(sheet.getRow(3).getCell(8).getNumericCellValue()).isEqualTo(500.5);
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
    }

    @Test
    void regionsSheetListsAllThirteenCodesNationalLast() {
        Sheet sheet = template.getSheet("Regions");
        assertThat(texts(sheet.getRow(0))).containsExactly("Code", "Name in French", "Name in English", "Name in Arabic");
        assertThat(column(sheet, 0)).containsExactlyElementsOf(Arrays.stream(Region.values()).map(Region::name).toList())
                .hasSize(13).endsWith("NATIONAL");
        assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Tanger-Tétouan-Al Hoceïma");
        assertThat(sheet.getRow(13).getCell(3).getStringCellValue()).isEqualTo("وطني");
    }

    private static XSSFDataValidation validationOn(List<XSSFDataValidation> validations, String range) {
        return validations.stream()
                .filter(v -> Arrays.stream(v.getRegions().getCellRangeAddresses())
                        .map(CellRangeAddress::formatAsString).toList().equals(List.of(range)))
                .findFirst().orElseThrow(() -> new AssertionError("no validation on " + range));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "fr", "ar-MA"})
    void everyHeaderTheTemplateWritesIsAColumnTheReaderKnows(String language) throws IOException {
        try (XSSFWorkbook localized = template(Locale.forLanguageTag(language))) {
            Row header = localized.getSheetAt(0).getRow(0);
            for (ImportColumn column : ImportColumn.values()) {
                String written = header.getCell(column.ordinal()).getStringCellValue();
                assertThat(ImportColumn.matching(written)).as(language + " " + written).contains(column);
            }
            Set<String> reference = ImportTemplate.referenceSheets(bundles());
            assertThat(IntStream.range(1, localized.getNumberOfSheets()).mapToObj(localized::getSheetName))
                    .as("the lists and instructions are never read as figures").allMatch(reference::contains);
        }
    }

    @Test
    void aFrenchTemplateSpeaksFrench() throws IOException {
        try (XSSFWorkbook french = template(Locale.FRENCH)) {
            assertThat(IntStream.range(0, french.getNumberOfSheets()).mapToObj(french::getSheetName))
                    .containsExactly("Chiffres", "Indicateurs", "Régions", "Mode d’emploi");
            XSSFSheet progress = french.getSheet("Chiffres");
            assertThat(texts(progress.getRow(0))).containsExactly("Indicateur", "Période", "Région", "Valeur",
                    "Commentaire");
            assertThat(progress.getCellComment(new CellAddress("C1")).getString().getString())
                    .isEqualTo("Code de la feuille Régions ; laisser vide pour le niveau national");
            assertThat(validationOn(progress.getDataValidations(), "D2:D1001").getErrorBoxText())
                    .startsWith("Tapez un nombre, 0 ou plus");
            assertThat(french.getName("RegionCodes").getRefersToFormula()).isEqualTo("'Régions'!$A$2:$A$14");
            Row jobs = french.getSheet("Indicateurs").getRow(1);
            assertThat(texts(french.getSheet("Indicateurs").getRow(0)).subList(0, 6)).containsExactly("Code",
                    "Nom en français", "Nom en anglais", "Nom en arabe", "Unité", "Type");
            assertThat(jobs.getCell(4).getStringCellValue()).isEqualTo("emplois");
            assertThat(jobs.getCell(5).getStringCellValue()).isEqualTo("Cumulatif");
            Sheet instructions = french.getSheet("Mode d’emploi");
            int last = instructions.getLastRowNum();
            assertThat(texts(instructions.getRow(last - 1))).containsExactly("DIGITAL_JOBS", "T3 2025",
                    "Casablanca-Settat", "1250.0", "Enquête trimestrielle");
            assertThat(texts(instructions.getRow(last))).first().isEqualTo("Emplois numériques");
            assertThat(progress.isRightToLeft()).isFalse();
        }
    }

    @Test
    void anArabicTemplateReadsRightToLeftInArabic() throws IOException {
        try (XSSFWorkbook arabic = template(ARABIC)) {
            assertThat(IntStream.range(0, arabic.getNumberOfSheets()).mapToObj(arabic::getSheetName))
                    .containsExactly("الأرقام", "المؤشرات", "الجهات", "طريقة الملء");
            assertThat(IntStream.range(0, arabic.getNumberOfSheets()).mapToObj(arabic::getSheetAt))
                    .allMatch(Sheet::isRightToLeft);
            XSSFSheet progress = arabic.getSheet("الأرقام");
            assertThat(texts(progress.getRow(0))).containsExactly("المؤشر", "الفترة", "الجهة", "القيمة", "ملاحظة");
            assertThat(progress.getCellComment(new CellAddress("B1")).getString().getString())
                    .contains("الربع الثالث 2025").contains("2025-Q3");
            assertThat(arabic.getName("IndicatorCodes").getRefersToFormula()).isEqualTo("'المؤشرات'!$A$2:$A$4");
            assertThat(arabic.getSheet("المؤشرات").getRow(1).getCell(4).getStringCellValue()).isEqualTo("منصب");
            Sheet instructions = arabic.getSheet("طريقة الملء");
            int last = instructions.getLastRowNum();
            assertThat(texts(instructions.getRow(last - 1))).containsExactly("DIGITAL_JOBS", "الربع الثالث 2025",
                    "الدار البيضاء سطات", "1250.0", "بحث ربع سنوي");
            assertThat(texts(instructions.getRow(last))).first().isEqualTo("مناصب الشغل الرقمية");
            // A line of instructions holding "Marsad" or 2025-Q3 still reads right to left.
            assertThat(((XSSFCellStyle) instructions.getRow(1).getCell(0).getCellStyle()).getReadingOrder())
                    .isEqualTo(ReadingOrder.RIGHT_TO_LEFT);
            assertThat(instructions.getMergedRegions()).hasSize(11);
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getCellType() == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue())
                : cell.getStringCellValue()));
        return texts;
    }

    private static List<String> column(Sheet sheet, int column) {
        List<String> values = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            values.add(sheet.getRow(r).getCell(column).getStringCellValue());
        }
        return values;
    }
}
