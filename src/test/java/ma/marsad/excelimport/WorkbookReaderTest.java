package ma.marsad.excelimport;

import ma.marsad.progress.CellValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import ma.marsad.progress.CellValue.Kind;
import ma.marsad.excelimport.UnreadableWorkbookException.Reason;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class WorkbookReaderTest {

    private static final String MAIN = "Progress 2025";
    private static final String ANNEX = "Annexe";
    private static final String RABAT = "الرباط - سلا - القنيطرة";

    @TempDir
    Path dir;

    // ---- What a workbook holds ------------------------------------------------------------------

    @ParameterizedTest(name = "reads every kind of cell from an .{0} file")
    @ValueSource(strings = {"xlsx", "xls"})
    void readsEveryKindOfCell(String format) throws Exception {
        Path file = dir.resolve("progress." + format);
        try (Workbook workbook = "xls".equals(format) ? new HSSFWorkbook() : new XSSFWorkbook()) {
            write(fillSample(workbook), file);
        }

        Recorder read = read(file);

        assertThat(read.events).containsExactly("start " + MAIN + " up to 8", "end " + MAIN,
                "start " + ANNEX + " up to 1", "end " + ANNEX);
        assertThat(read.rows).containsExactlyElementsOf(sampleRows());
    }

    @Test
    void tellsTheFormatFromTheContentNotTheName() throws Exception {
        Path xlsNamedXlsx = dir.resolve("really-an-xls.xlsx");
        try (Workbook workbook = new HSSFWorkbook()) {
            write(fillSample(workbook), xlsNamedXlsx);
        }

        assertThat(read(xlsNamedXlsx).rows).containsExactlyElementsOf(sampleRows());
    }

    @Test
    void readsInlineStringsAsWrittenByAStreamingWriter() throws Exception {
        Path file = dir.resolve("inline.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            Row row = workbook.createSheet("Inline").createRow(0);
            row.createCell(0).setCellValue("written inline");
            row.createCell(1).setCellValue(RABAT);
            row.createCell(2).setCellValue(42);
            write(workbook, file);
        }

        Recorder read = read(file);

        assertThat(read.rows).containsExactly(row("Inline", 1,
                cell(0, CellValue.text("written inline")),
                cell(1, CellValue.text(RABAT)),
                cell(2, number(42, "42"))));
        assertThat(Files.readString(unzipped(file, "xl/worksheets/sheet1.xml"))).contains("t=\"inlineStr\"");
    }

    @Test
    void showsAFormulaThatWasNeverCalculatedAsItsFormula() throws Exception {
        Path file = dir.resolve("not-calculated.xlsx");
        try (Workbook workbook = new XSSFWorkbook()) {
            Row row = workbook.createSheet("Figures").createRow(0);
            row.createCell(0).setCellFormula("B1*2");
            row.createCell(1).setCellValue(4);
            write(workbook, file); // no evaluateAll: POI writes <f> without <v>
        }

        Recorder read = read(file);

        assertThat(read.rows).containsExactly(row("Figures", 1,
                cell(0, new CellValue(Kind.FORMULA_WITHOUT_VALUE, "=B1*2", null, null)),
                cell(1, number(4, "4"))));
    }

    @Test
    void readsWhatOtherProgramsWriteInASheet() throws Exception {
        Path file = xlsxWithSheetXml("""
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                <sheetData>
                <row><c t="inlineStr"><is><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space="preserve"> and plain</t></r>\
                <rPh sb="0" eb="1"><t>phonetic</t></rPh></is></c><c><v>1.5E-3</v></c><c t="d"><v>2025-09-30T00:00:00</v></c></row>
                <row><c r="C2" t="b"><v>0</v></c><c t="e"><v>#REF!</v></c><c t="n" s="999"><v>-7</v></c></row>
                <row r="5"><c r="B5" t="str"><f>A1</f><v></v></c><c r="D5"><f t="shared" ref="D5:D6" si="0">A1*2</f></c>\
                <c r="E5" s="0"/></row>
                <row r="6"></row>
                </sheetData></worksheet>""");

        Recorder read = read(file);

        assertThat(read.events).containsExactly("start Sheet1 up to 0", "end Sheet1");
        assertThat(read.rows).containsExactly(
                row("Sheet1", 1,
                        cell(0, CellValue.text("Bold and plain")),
                        cell(1, number(0.0015, "0.0015")),
                        cell(2, new CellValue(Kind.DATE, "2025-09-30", 45930.0, LocalDateTime.of(2025, 9, 30, 0, 0)))),
                row("Sheet1", 2,
                        cell(2, new CellValue(Kind.BOOLEAN, "FALSE", null, null)),
                        cell(3, new CellValue(Kind.ERROR, "#REF!", null, null)),
                        cell(4, number(-7, "-7"))),
                row("Sheet1", 5,
                        cell(3, new CellValue(Kind.FORMULA_WITHOUT_VALUE, "=A1*2", null, null))));
    }

    @Test
    void readsRichTextInSharedStringsWithoutItsPhoneticGuide() throws Exception {
        Path plain = dir.resolve("plain.xlsx");
        try (Workbook workbook = new XSSFWorkbook()) {
            Row row = workbook.createSheet("Strings").createRow(0);
            row.createCell(0).setCellValue("first");
            row.createCell(1).setCellValue("second");
            write(workbook, plain);
        }
        Path rich = dir.resolve("rich.xlsx");
        copyReplacing(plain, rich, Map.of("xl/sharedStrings.xml", utf8("""
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">\
                <si><t>Casablanca</t></si>\
                <si><r><t>Ri</t></r><r><rPr><i/></rPr><t>ch</t></r><rPh sb="0" eb="1"><t>guide</t></rPh></si></sst>""")));

        assertThat(read(rich).rows).containsExactly(row("Strings", 1,
                cell(0, CellValue.text("Casablanca")), cell(1, CellValue.text("Rich"))));
    }

    @Test
    void skipsChartSheets() throws Exception {
        Path plain = dir.resolve("without-chart.xlsx");
        try (Workbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Figures").createRow(0).createCell(0).setCellValue("before the chart");
            workbook.createSheet("After").createRow(0).createCell(0).setCellValue("after the chart");
            write(workbook, plain);
        }
        String contentTypes = entryText(plain, "[Content_Types].xml").replace("</Types>",
                "<Override PartName=\"/xl/chartsheets/sheet1.xml\" "
                        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml\"/></Types>");
        String relationships = entryText(plain, "xl/_rels/workbook.xml.rels").replace("</Relationships>",
                "<Relationship Id=\"rIdChart\" Target=\"chartsheets/sheet1.xml\" "
                        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet\"/>"
                        + "</Relationships>");
        String workbookXml = entryText(plain, "xl/workbook.xml").replaceFirst("(<sheet [^>]*name=\"Figures\"[^>]*/>)",
                "$1<sheet name=\"Chart\" sheetId=\"9\" r:id=\"rIdChart\"/>");
        Path withChart = dir.resolve("with-chart.xlsx");
        copyReplacing(plain, withChart, Map.of(
                "[Content_Types].xml", utf8(contentTypes),
                "xl/_rels/workbook.xml.rels", utf8(relationships),
                "xl/workbook.xml", utf8(workbookXml),
                "xl/chartsheets/sheet1.xml", utf8("""
                        <chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                        <sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>""")));

        Recorder read = read(withChart);

        assertThat(workbookXml).contains("name=\"Chart\"");
        assertThat(read.events).containsExactly("start Figures up to 1", "end Figures", "start After up to 1", "end After");
        assertThat(read.rows).containsExactly(
                row("Figures", 1, cell(0, CellValue.text("before the chart"))),
                row("After", 1, cell(0, CellValue.text("after the chart"))));
    }

    @Test
    void countsDatesFrom1904WhenTheWorkbookSaysSo() throws Exception {
        Path file = dir.resolve("mac.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var properties = workbook.getCTWorkbook();
            (properties.isSetWorkbookPr() ? properties.getWorkbookPr() : properties.addNewWorkbookPr()).setDate1904(true);
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            var cell = workbook.createSheet("Mac").createRow(0).createCell(0);
            cell.setCellValue(LocalDate.of(2025, 9, 30));
            cell.setCellStyle(dates);
            write(workbook, file);
        }

        CellValue read = read(file).rows.getFirst().cells().getFirst().value();

        assertThat(read).isEqualTo(new CellValue(Kind.DATE, "2025-09-30", 45930.0 - 1462, LocalDateTime.of(2025, 9, 30, 0, 0)));
    }

    @Test
    void writesNumbersInPlainDigits() {
        assertThat(CellValue.plainNumber(12500)).isEqualTo("12500");
        assertThat(CellValue.plainNumber(1.5)).isEqualTo("1.5");
        assertThat(CellValue.plainNumber(0.1)).isEqualTo("0.1");
        assertThat(CellValue.plainNumber(-0.0)).isEqualTo("0");
        assertThat(CellValue.plainNumber(1e20)).isEqualTo("100000000000000000000");
        assertThat(CellValue.plainNumber(1.25e-7)).isEqualTo("0.000000125");
        assertThat(CellValue.plainNumber(123456789.125)).isEqualTo("123456789.125");
    }

    @Test
    void passesAnExceptionOfTheSinkOnUnchanged() throws Exception {
        Path xlsx = dir.resolve("progress.xlsx");
        Path xls = dir.resolve("progress.xls");
        try (Workbook x = new XSSFWorkbook(); Workbook h = new HSSFWorkbook()) {
            write(fillSample(x), xlsx);
            write(fillSample(h), xls);
        }
        IllegalStateException stop = new IllegalStateException("too many errors, stopping");
        RowSink failing = new Recorder() {
            @Override
            public void row(SheetRow row) {
                throw stop;
            }
        };

        assertThatThrownBy(() -> WorkbookReader.read(xlsx, failing)).isSameAs(stop);
        assertThatThrownBy(() -> WorkbookReader.read(xls, failing)).isSameAs(stop);
    }

    @Test
    void streamsAHundredThousandRows() throws Exception {
        Path file = dir.resolve("large.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("Progress");
            for (int i = 0; i < 100_000; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("IND-" + i);
                row.createCell(1).setCellValue("2025-Q3");
                row.createCell(2).setCellValue("Casablanca-Settat");
                row.createCell(3).setCellValue(i * 1.5);
                row.createCell(4).setCellValue("checked by the regional office");
            }
            write(workbook, file);
        }
        int[] count = {0};
        int[] firstAndLast = {0, 0};
        SheetRow[] last = {null};
        RowSink counting = new Recorder() {
            @Override
            public void row(SheetRow row) {
                if (count[0]++ == 0) {
                    firstAndLast[0] = row.rowNumber();
                }
                firstAndLast[1] = row.rowNumber();
                last[0] = row;
            }
        };

        WorkbookReader.read(file, counting);

        assertThat(count[0]).isEqualTo(100_000);
        assertThat(firstAndLast).containsExactly(1, 100_000);
        assertThat(last[0].cells()).extracting(c -> c.value().text())
                .containsExactly("IND-99999", "2025-Q3", "Casablanca-Settat", "149998.5", "checked by the regional office");
    }

    // ---- Files that are refused -----------------------------------------------------------------

    @Test
    void refusesAnEmptyFile() throws Exception {
        Path file = Files.write(dir.resolve("empty.xlsx"), new byte[0]);

        assertThat(refusal(file)).isEqualTo(Reason.EMPTY);
    }

    @Test
    void refusesAPdfNamedXlsx() throws Exception {
        Path file = Files.writeString(dir.resolve("report.xlsx"),
                "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n%%EOF\n",
                StandardCharsets.ISO_8859_1);

        assertThat(refusal(file)).isEqualTo(Reason.NOT_A_SPREADSHEET);
    }

    @Test
    void refusesPlainTextNamedXls() throws Exception {
        Path file = Files.writeString(dir.resolve("figures.xls"), "Indicator;Value\nDM-01;12500\n");
        Path oneByte = Files.writeString(dir.resolve("x.xls"), "x");

        assertThat(refusal(file)).isEqualTo(Reason.NOT_A_SPREADSHEET);
        assertThat(refusal(oneByte)).isEqualTo(Reason.NOT_A_SPREADSHEET);
    }

    @Test
    void refusesAWordDocumentAndAPlainZip() throws Exception {
        String contentTypes = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/word/document.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""";
        String document = """
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
                <w:body><w:p><w:r><w:t>Rapport</w:t></w:r></w:p></w:body></w:document>""";
        String relationships = """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Target="word/document.xml" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>""";
        Path bare = zip(dir.resolve("bare.docx"), Map.of(
                "[Content_Types].xml", contentTypes, "word/document.xml", document));
        Path complete = zip(dir.resolve("complete.xlsx"), Map.of(
                "[Content_Types].xml", contentTypes, "_rels/.rels", relationships, "word/document.xml", document));
        Path plainZip = zip(dir.resolve("archive.xlsx"), Map.of("notes.txt", "not a workbook"));

        assertThat(refusal(bare)).isEqualTo(Reason.NOT_A_SPREADSHEET);
        assertThat(refusal(complete)).isEqualTo(Reason.NOT_A_SPREADSHEET);
        assertThat(refusal(plainZip)).isEqualTo(Reason.NOT_A_SPREADSHEET);
    }

    @Test
    void refusesAWordDocumentFromBeforeXlsx() throws Exception {
        Path file = dir.resolve("letter.doc");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "WordDocument");
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        assertThat(refusal(file)).isEqualTo(Reason.NOT_A_SPREADSHEET);
    }

    @Test
    void refusesAPasswordProtectedXlsx() throws Exception {
        assertThat(refusal(BadFiles.passwordProtectedXlsx(dir))).isEqualTo(Reason.PASSWORD_PROTECTED);
    }

    @Test
    void refusesAPasswordProtectedXls() throws Exception {
        assertThat(refusal(BadFiles.passwordProtectedXls(dir))).isEqualTo(Reason.PASSWORD_PROTECTED);
    }

    @Test
    void refusesATruncatedXlsx() throws Exception {
        Path file = dir.resolve("whole.xlsx");
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = fillSample(workbook).getSheet(MAIN);
            for (int i = 10; i < 2000; i++) {
                sheet.createRow(i).createCell(0).setCellValue("row " + i);
            }
            write(workbook, file);
        }
        byte[] whole = Files.readAllBytes(file);

        assertThat(refusal(truncated(whole, whole.length / 2))).isEqualTo(Reason.DAMAGED);
        assertThat(refusal(truncated(whole, whole.length * 9 / 10))).isEqualTo(Reason.DAMAGED);
        assertThat(refusal(truncated(whole, 100))).isEqualTo(Reason.DAMAGED);
    }

    @Test
    void refusesAnXlsxWhoseCompressedSheetIsCorrupted() throws Exception {
        Path file = dir.resolve("intact.xlsx");
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Figures");
            for (int i = 0; i < 2000; i++) {
                sheet.createRow(i).createCell(0).setCellValue(i * 1.5);
            }
            write(workbook, file);
        }
        long start;
        long length;
        try (var zip = org.apache.commons.compress.archivers.zip.ZipFile.builder().setPath(file).get()) {
            var entry = zip.getEntry("xl/worksheets/sheet1.xml");
            start = entry.getDataOffset();
            length = entry.getCompressedSize();
        }
        byte[] bytes = Files.readAllBytes(file);
        // Scramble the middle of the sheet's deflated data; the zip's directory stays intact.
        for (long i = start + length / 2; i < start + length / 2 + 64; i++) {
            bytes[(int) i] ^= (byte) 0xA5;
        }

        assertThat(refusal(Files.write(dir.resolve("corrupted.xlsx"), bytes))).isEqualTo(Reason.DAMAGED);
    }

    @Test
    void refusesATruncatedXls() throws Exception {
        Path file = dir.resolve("whole.xls");
        try (Workbook workbook = new HSSFWorkbook()) {
            Sheet sheet = fillSample(workbook).getSheet(MAIN);
            for (int i = 10; i < 2000; i++) {
                sheet.createRow(i).createCell(0).setCellValue("row " + i);
            }
            write(workbook, file);
        }
        byte[] whole = Files.readAllBytes(file);

        assertThat(refusal(truncated(whole, whole.length / 2))).isEqualTo(Reason.DAMAGED);
        assertThat(refusal(truncated(whole, 600))).isEqualTo(Reason.DAMAGED);
    }

    @Test
    void refusesAZipBombWithPoisOwnLimits() throws Exception {
        double minInflateRatio = ZipSecureFile.getMinInflateRatio();
        long maxEntrySize = ZipSecureFile.getMaxEntrySize();
        Path bomb = BadFiles.zipBomb(dir);

        assertThat(Files.size(bomb)).isLessThan(200_000);
        assertThat(refusal(bomb)).isEqualTo(Reason.TOO_EXPANDED);
        assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(minInflateRatio).isEqualTo(0.01);
        assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(maxEntrySize).isEqualTo(0xFFFFFFFFL);
    }

    @Test
    void neverResolvesAnExternalEntity() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Path file = xlsxWithSheetXml("""
                <?xml version="1.0"?>
                <!DOCTYPE worksheet [<!ENTITY stolen SYSTEM "%s">]>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
                <row r="1"><c r="A1" t="inlineStr"><is><t>&stolen;</t></is></c></row></sheetData></worksheet>"""
                .formatted(secret.toUri()));
        Recorder recorder = new Recorder();

        UnreadableWorkbookException refusal = catchThrowableOfType(UnreadableWorkbookException.class,
                () -> WorkbookReader.read(file, recorder));

        assertThat(refusal.reason()).isEqualTo(Reason.DAMAGED);
        assertThat(recorder.rows).flatExtracting(SheetRow::cells)
                .extracting(c -> c.value().text()).noneMatch(text -> text.contains("TOP-SECRET"));
    }

    // ---- The sample workbook, written the same way as .xlsx and as .xls --------------------------

    private static Workbook fillSample(Workbook workbook) {
        CellStyle builtInDate = workbook.createCellStyle();
        builtInDate.setDataFormat((short) 14); // m/d/yy, shown in the reader's locale
        CellStyle customDate = workbook.createCellStyle();
        customDate.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        CellStyle dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));

        Sheet sheet = workbook.createSheet(MAIN);
        Row header = sheet.createRow(0);
        String[] titles = {"Indicator", "Value", "Ratio", "As of", "Reported", "Updated"};
        for (int i = 0; i < titles.length; i++) {
            header.createCell(i).setCellValue(titles[i]);
        }
        Row figures = sheet.createRow(1);
        figures.createCell(0).setCellValue("DM-01");
        figures.createCell(1).setCellValue(12500);
        figures.createCell(2).setCellValue(1.5);
        figures.createCell(3).setCellValue(LocalDate.of(2025, 9, 30));
        figures.getCell(3).setCellStyle(builtInDate);
        figures.createCell(4).setCellValue(LocalDate.of(2025, 6, 15));
        figures.getCell(4).setCellStyle(customDate);
        figures.createCell(5).setCellValue(LocalDateTime.of(2025, 9, 30, 14, 30));
        figures.getCell(5).setCellStyle(dateTime);
        Row formulas = sheet.createRow(2);
        formulas.createCell(0).setCellFormula("B2*2");
        formulas.createCell(1).setCellFormula("\"Q\"&\"3\"");
        formulas.createCell(2).setCellValue(true);
        formulas.createCell(3).setCellFormula("1/0");
        formulas.createCell(4).setCellFormula("B2>0");
        formulas.createCell(5).setCellValue(0.1);
        // Row 4 does not exist, row 5 has no cells, row 6 only a formatted blank cell.
        sheet.createRow(4);
        sheet.createRow(5).createCell(0).setCellStyle(customDate);
        Row afterBlanks = sheet.createRow(6);
        afterBlanks.createCell(0).setCellValue("after blanks");
        afterBlanks.createCell(26).setCellValue("column AA");
        sheet.createRow(7).createCell(0).setCellValue(RABAT);

        Row annex = workbook.createSheet(ANNEX).createRow(0);
        annex.createCell(0).setCellValue("second sheet");
        annex.createCell(1).setCellValue(-3.25);

        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        return workbook;
    }

    private static List<SheetRow> sampleRows() {
        LocalDateTime updated = LocalDateTime.of(2025, 9, 30, 14, 30);
        return List.of(
                row(MAIN, 1, cell(0, CellValue.text("Indicator")), cell(1, CellValue.text("Value")),
                        cell(2, CellValue.text("Ratio")), cell(3, CellValue.text("As of")),
                        cell(4, CellValue.text("Reported")), cell(5, CellValue.text("Updated"))),
                row(MAIN, 2, cell(0, CellValue.text("DM-01")),
                        cell(1, number(12500, "12500")),
                        cell(2, number(1.5, "1.5")),
                        cell(3, new CellValue(Kind.DATE, "2025-09-30", 45930.0, LocalDateTime.of(2025, 9, 30, 0, 0))),
                        cell(4, new CellValue(Kind.DATE, "2025-06-15", 45823.0, LocalDateTime.of(2025, 6, 15, 0, 0))),
                        cell(5, new CellValue(Kind.DATE, "2025-09-30 14:30", DateUtil.getExcelDate(updated), updated))),
                row(MAIN, 3, cell(0, number(25000, "25000")),
                        cell(1, CellValue.text("Q3")),
                        cell(2, new CellValue(Kind.BOOLEAN, "TRUE", null, null)),
                        cell(3, new CellValue(Kind.ERROR, "#DIV/0!", null, null)),
                        cell(4, new CellValue(Kind.BOOLEAN, "TRUE", null, null)),
                        cell(5, number(0.1, "0.1"))),
                row(MAIN, 7, cell(0, CellValue.text("after blanks")), cell(26, CellValue.text("column AA"))),
                row(MAIN, 8, cell(0, CellValue.text(RABAT))),
                row(ANNEX, 1, cell(0, CellValue.text("second sheet")), cell(1, number(-3.25, "-3.25"))));
    }

    // ---- Helpers ------------------------------------------------------------------------------

    private static CellValue number(double value, String text) {
        return new CellValue(Kind.NUMBER, text, value, null);
    }

    private static SheetRow.Cell cell(int column, CellValue value) {
        return new SheetRow.Cell(column, value);
    }

    private static SheetRow row(String sheet, int rowNumber, SheetRow.Cell... cells) {
        return new SheetRow(sheet, rowNumber, List.of(cells));
    }

    private static Recorder read(Path file) throws Exception {
        Recorder recorder = new Recorder();
        WorkbookReader.read(file, recorder);
        return recorder;
    }

    private static Reason refusal(Path file) {
        return catchThrowableOfType(UnreadableWorkbookException.class, () -> WorkbookReader.read(file, new Recorder()))
                .reason();
    }

    private static void write(Workbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    private Path truncated(byte[] whole, int length) throws IOException {
        return Files.write(dir.resolve("cut-" + length), Arrays.copyOf(whole, length));
    }

    /** An .xlsx made by POI whose only sheet's XML is replaced by the given text. */
    private Path xlsxWithSheetXml(String sheetXml) throws IOException {
        Path plain = dir.resolve("base-" + sheetXml.hashCode() + ".xlsx");
        try (Workbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("replaced");
            write(workbook, plain);
        }
        Path file = dir.resolve("sheet-" + sheetXml.hashCode() + ".xlsx");
        copyReplacing(plain, file, Map.of("xl/worksheets/sheet1.xml", utf8(sheetXml)));
        return file;
    }

    private interface EntryWriter {
        void write(OutputStream out) throws IOException;
    }

    /** Copies a zip entry by entry, writing the named entries anew and adding those it lacks. */
    private static void copyReplacing(Path source, Path target, Map<String, EntryWriter> replacements)
            throws IOException {
        try (ZipFile in = new ZipFile(source.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                EntryWriter replacement = replacements.get(entry.getName());
                if (replacement != null) {
                    replacement.write(out);
                } else {
                    in.getInputStream(entry).transferTo(out);
                }
                out.closeEntry();
            }
            for (var added : replacements.entrySet()) {
                if (in.getEntry(added.getKey()) == null) {
                    out.putNextEntry(new ZipEntry(added.getKey()));
                    added.getValue().write(out);
                    out.closeEntry();
                }
            }
        }
    }

    private static EntryWriter utf8(String text) {
        return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String entryText(Path file, String entryName) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(entryName)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path zip(Path file, Map<String, String> entries) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (var entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return file;
    }

    private Path unzipped(Path file, String entryName) throws IOException {
        Path target = dir.resolve("unzipped-" + entryName.replace('/', '_'));
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Files.copy(zip.getInputStream(zip.getEntry(entryName)), target);
        }
        return target;
    }

    /** Records what the reader passes on: sheet events as text, rows as they came. */
    private static class Recorder implements RowSink {

        final List<String> events = new ArrayList<>();
        final List<SheetRow> rows = new ArrayList<>();

        @Override
        public void sheetStarted(String sheet, int lastRowHint) {
            events.add("start " + sheet + " up to " + lastRowHint);
        }

        @Override
        public void row(SheetRow row) {
            rows.add(row);
        }

        @Override
        public void sheetEnded(String sheet) {
            events.add("end " + sheet);
        }
    }
}
