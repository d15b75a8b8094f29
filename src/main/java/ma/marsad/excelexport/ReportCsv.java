package ma.marsad.excelexport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import ma.marsad.base.Morocco;

/**
 * The Data sheet as CSV (RFC 4180: commas, fields quoted when they hold a comma, a quote or a line break,
 * CRLF between records), for scripts and for spreadsheets other than Excel. Entries are written as they
 * are read, never gathered in a list.
 */
final class ReportCsv {

    /**
     * Excel opens a CSV as the machine's ANSI code page unless it starts with a byte order mark, and would
     * turn "Fès-Meknès" or an Arabic comment into mojibake; other readers skip the mark.
     */
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String RECORD_END = "\r\n";
    /** ISO-8601 with the offset always as +01:00, never Z, so every row has the same shape. */
    /**
     * Column names, lower-case and the same in every language: a script reads them whoever downloaded the
     * file. Only the indicator's name and unit follow the language asked for.
     */
    static final List<String> HEADER = List.of("indicator", "indicator_name", "quarter", "region", "value", "unit",
            "comment", "entered_by", "entered_at", "origin", "import_id", "import_file", "status");
    private static final DateTimeFormatter ISO_WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private ReportCsv() {
    }

    static void write(ReportContent content, OutputStream out) throws IOException {
        // Not closed: the caller owns the stream; flushed at the end instead.
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BYTE_ORDER_MARK);
        record(writer, HEADER);
        try {
            content.entries().forEach(entry -> {
                List<String> fields = new ArrayList<>(HEADER.size());
                fields.add(text(entry.indicatorCode()));
                fields.add(text(entry.indicatorName()));
                fields.add(entry.quarter() == null ? "" : entry.quarter().toString());
                fields.add(entry.region() == null ? "" : entry.region().name());
                fields.add(plain(entry.value()));
                fields.add(text(entry.unit()));
                fields.add(text(entry.comment()));
                fields.add(text(entry.enteredBy()));
                fields.add(isoOffset(entry.enteredAt()));
                fields.add(entry.origin() == null ? "" : entry.origin().name());
                fields.add(entry.importId() == null ? "" : entry.importId().toString());
                fields.add(text(entry.importFile()));
                fields.add(entry.status() == null ? "" : entry.status().name());
                try {
                    record(writer, fields);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    /**
     * A text from a person or a file, guarded: a leading apostrophe keeps a spreadsheet from running it as a
     * formula. Numbers, codes and times are written by Marsad itself and need no guard; a value could not
     * be negative anyway (the import and the form refuse it), and an apostrophe would turn it into text.
     */
    private static String text(String value) {
        return value == null ? "" : SafeText.forCsv(value);
    }

    /** 12500 and 1500.5: digits, a point for decimals, no thousands separator, no trailing zeros. */
    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** 2026-10-03T14:05:00+01:00: the moment on Moroccan time, with its offset so it stays unambiguous. */
    private static String isoOffset(Instant instant) {
        return instant == null ? ""
                : ISO_WITH_OFFSET.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(Morocco.ZONE));
    }

    private static void record(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(quoted(fields.get(i)));
        }
        writer.write(RECORD_END);
    }

    private static String quoted(String field) {
        boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
