package ma.marsad.excelexport;

import static ma.marsad.excelexport.ReportFixtures.content;
import static ma.marsad.excelexport.ReportFixtures.entry;
import static ma.marsad.excelexport.ReportFixtures.listed;
import static ma.marsad.excelexport.ReportFixtures.nationalFilter;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import ma.marsad.base.Region;
import ma.marsad.progress.EntryOrigin;
import ma.marsad.progress.EntryStatus;

class ReportCsvTest {

    private static final Instant AT = Instant.parse("2025-11-12T13:05:00Z");

    @Test
    void startsWithAByteOrderMarkSoExcelReadsUtf8() throws IOException {
        byte[] bytes = csvBytes(List.of());
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8).substring(1)).isEqualTo(
                "indicator,indicator_name,quarter,region,value,unit,comment,entered_by,entered_at,origin,import_id,"
                        + "import_file,status\r\n");
    }

    @Test
    void writesOneRecordPerEntryWithTheUnitInItsOwnColumn() throws IOException {
        List<List<String>> records = parse(csv(List.of(
                entry("DIGITAL_JOBS", "2025-Q1", Region.CASABLANCA_SETTAT, "12500", "Quarterly survey", "karim", AT,
                        EntryOrigin.IMPORT, 42L, "figures-T1.xlsx"),
                entry("DATACENTER_MW", "2026-Q3", Region.DAKHLA_OUED_ED_DAHAB, "1500.50", "", "leila", AT,
                        EntryOrigin.MANUAL, null, null, EntryStatus.SUBMITTED))));

        assertThat(records).hasSize(3);
        assertThat(records.get(1)).containsExactly("DIGITAL_JOBS", "Direct digital jobs", "2025-Q1", "CASABLANCA_SETTAT",
                "12500", "jobs", "Quarterly survey", "karim", "2025-11-12T14:05:00+01:00", "IMPORT", "42",
                "figures-T1.xlsx", "APPROVED");
        assertThat(records.get(2)).containsExactly("DATACENTER_MW", "Dakhla data-centre capacity", "2026-Q3",
                "DAKHLA_OUED_ED_DAHAB", "1500.5", "MW", "", "leila", "2025-11-12T14:05:00+01:00", "MANUAL", "", "",
                "SUBMITTED");
    }

    @Test
    void valuesArePlainDigitsWithAPointForDecimals() throws IOException {
        List<List<String>> records = parse(csv(List.of(
                entry("DIGITAL_JOBS", "2025-Q1", Region.NATIONAL, "1234567", "", "k", AT, EntryOrigin.MANUAL, null, null),
                entry("DATACENTER_MW", "2025-Q1", Region.NATIONAL, "0.25", "", "k", AT, EntryOrigin.MANUAL, null, null),
                entry("DATACENTER_MW", "2025-Q1", Region.NATIONAL, "20.00", "", "k", AT, EntryOrigin.MANUAL, null, null))));
        assertThat(records.subList(1, 4)).extracting(r -> r.get(4)).containsExactly("1234567", "0.25", "20");
    }

    @Test
    void timestampsAreIsoWithMoroccosOffsetOfTheDay() throws IOException {
        // Morocco moves its clocks back an hour during Ramadan: 1 March 2026 falls in it.
        List<List<String>> records = parse(csv(List.of(
                entry("DIGITAL_JOBS", "2025-Q4", Region.NATIONAL, "1", "", "k", Instant.parse("2026-03-01T10:00:00Z"),
                        EntryOrigin.MANUAL, null, null),
                entry("DIGITAL_JOBS", "2025-Q4", Region.NATIONAL, "1", "", "k", Instant.parse("2026-06-01T10:00:00.123Z"),
                        EntryOrigin.MANUAL, null, null))));
        assertThat(records.subList(1, 3)).extracting(r -> r.get(8))
                .containsExactly("2026-03-01T10:00:00+00:00", "2026-06-01T11:00:00+01:00");
    }

    @Test
    void quotesFieldsHoldingCommasQuotesOrLineBreaks() throws IOException {
        String text = csv(List.of(entry("DIGITAL_JOBS", "2025-Q1", Region.NATIONAL, "1",
                "Revised, after \"audit\"\r\nsecond line", "Ben Ali, Sara", AT, EntryOrigin.MANUAL, null, "a\nb.xlsx")));
        assertThat(text).contains(",\"Revised, after \"\"audit\"\"\r\nsecond line\",\"Ben Ali, Sara\",")
                .contains(",\"a\nb.xlsx\",APPROVED\r\n");
        List<List<String>> records = parse(text);
        assertThat(records).hasSize(2);
        assertThat(records.get(1)).hasSize(13);
        assertThat(records.get(1).get(6)).isEqualTo("Revised, after \"audit\"\r\nsecond line");
        assertThat(records.get(1).get(7)).isEqualTo("Ben Ali, Sara");
    }

    @Test
    void aFieldThatLooksLikeAFormulaGetsALeadingApostrophe() throws IOException {
        List<List<String>> records = parse(csv(List.of(
                entry("DIGITAL_JOBS", "2025-Q1", Region.NATIONAL, "1", "=HYPERLINK(\"http://x\")", "+212", AT,
                        EntryOrigin.IMPORT, 7L, "@home.xlsx"),
                entry("DIGITAL_JOBS", "2025-Q1", Region.NATIONAL, "1", "-1", "\tx", AT, EntryOrigin.MANUAL, null, null),
                entry("DIGITAL_JOBS", "2025-Q1", Region.NATIONAL, "1", "\rcarriage", "@home", AT, EntryOrigin.MANUAL,
                        null, null),
                entry("DIGITAL_JOBS", "2025-Q1", Region.NATIONAL, "1", "a = b", "o'neil", AT, EntryOrigin.MANUAL,
                        null, null))));

        assertThat(records.get(1)).contains("'=HYPERLINK(\"http://x\")", "'+212", "'@home.xlsx");
        assertThat(records.get(2)).contains("'-1", "'\tx");
        assertThat(records.get(3)).contains("'\rcarriage", "'@home");
        assertThat(records.get(4)).as("only a first character counts").contains("a = b", "o'neil");
    }

    @Test
    void streamsEntriesAsTheyComeWithoutGatheringThem() throws IOException {
        int[] written = {0};
        ReportContent.Entries counted = each -> {
            for (int i = 0; i < 20_000; i++) {
                each.accept(entry("DIGITAL_JOBS", "2025-Q1", Region.NATIONAL, Integer.toString(i), "", "k", AT,
                        EntryOrigin.MANUAL, null, null));
                written[0]++;
            }
        };
        CountingStream out = new CountingStream();
        ReportCsv.write(content(nationalFilter(), counted), out);
        assertThat(written[0]).isEqualTo(20_000);
        assertThat(out.lines).isEqualTo(20_001);
    }

    private static String csv(List<ReportEntry> entries) throws IOException {
        return new String(csvBytes(entries), StandardCharsets.UTF_8).substring(1);
    }

    private static byte[] csvBytes(List<ReportEntry> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportCsv.write(content(nationalFilter(), listed(entries)), out);
        return out.toByteArray();
    }

    /** A small RFC 4180 reader, so the tests check the records a spreadsheet would see. */
    private static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field).as("text after the last record end").isEmpty();
        return records;
    }

    /** Counts record ends without keeping the bytes. */
    private static final class CountingStream extends OutputStream {
        int lines;

        @Override
        public void write(int b) {
            if (b == '\n') {
                lines++;
            }
        }
    }
}
