package ma.marsad.excelimport;

import ma.marsad.progress.CellReading;
import ma.marsad.progress.CellValue;
import ma.marsad.progress.ValueParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import ma.marsad.base.Quarter;

/**
 * The value and period parsers against many generated cells, from a fixed seed so that a failure
 * repeats: no input makes them throw (a clerk's odd cell is an error message, never a 500), and every
 * value or period they accept reads back as what was written.
 */
class ParserFuzzTest {

    private static final long SEED = 20261123L;
    private static final int CASES = 20_000;
    /** What clerks' cells are made of: digits of two scripts, separators, signs, letters, spaces of three kinds. */
    private static final String ALPHABET = "0123456789٠١٢٣٤٥٦٧٨٩ ,.'-+eE%€$QqTt/\u00A0\u202F\tabcMDHالربع";

    @Test
    void noCellMakesTheValueOrPeriodParserThrow() {
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            String text = randomText(random);
            CellValue cell = CellValue.text(text);
            assertThatCode(() -> {
                CellReading<BigDecimal> whole = ValueParser.parse(cell, true);
                CellReading<BigDecimal> decimal = ValueParser.parse(cell, false);
                CellReading<Quarter> period = PeriodParser.parse(cell);
                // Whatever is refused is refused with a message key the bundles hold.
                for (CellReading<?> reading : new CellReading<?>[] {whole, decimal, period}) {
                    if (!reading.ok()) {
                        assertThat(reading.errorKey()).startsWith("import.error.");
                    }
                }
            }).as("cell text \"%s\"", text).doesNotThrowAnyException();
        }
    }

    @Test
    void everyNumberWrittenAsClerksWriteItReadsBackAsTheSameValue() {
        Random random = new Random(SEED);
        DecimalFormat grouped = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        for (int i = 0; i < CASES; i++) {
            long value = random.nextLong(0, 1_000_000_000L);
            String[] forms = {Long.toString(value), grouped.format(value),
                    grouped.format(value).replace(',', ' '), grouped.format(value).replace(',', '\u00A0'),
                    grouped.format(value).replace(',', '\u202F'), arabicIndic(Long.toString(value))};
            for (String form : forms) {
                CellReading<BigDecimal> read = ValueParser.parse(CellValue.text(form), true);
                assertThat(read.ok()).as("\"%s\": %s", form, read.errorKey()).isTrue();
                assertThat(read.value()).as(form).isEqualByComparingTo(BigDecimal.valueOf(value));
            }
            CellReading<BigDecimal> number = ValueParser.parse(CellValue.number(value), true);
            assertThat(number.value()).as("number cell %d", value).isEqualByComparingTo(BigDecimal.valueOf(value));
        }
    }

    @Test
    void everyDecimalWrittenWithAPointReadsBackAsTheSameValue() {
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            BigDecimal value = BigDecimal.valueOf(random.nextLong(0, 100_000_000L), 2);
            CellReading<BigDecimal> read = ValueParser.parse(CellValue.text(value.toPlainString()), false);
            assertThat(read.ok()).as("\"%s\": %s", value, read.errorKey()).isTrue();
            assertThat(read.value()).as(value.toPlainString()).isEqualByComparingTo(value);
        }
    }

    @Test
    void everyQuarterWrittenInTheUsualFormsReadsBackAsTheSameQuarter() {
        Random random = new Random(SEED);
        for (int i = 0; i < 2_000; i++) {
            Quarter quarter = Quarter.of(random.nextInt(2000, 2100) + "-Q" + random.nextInt(1, 5));
            String[] forms = {quarter.toString(), "Q" + quarter.number() + " " + quarter.year(),
                    "T" + quarter.number() + " " + quarter.year(), quarter.year() + " Q" + quarter.number()};
            for (String form : forms) {
                CellReading<Quarter> read = PeriodParser.parse(CellValue.text(form));
                assertThat(read.ok()).as("\"%s\": %s", form, read.errorKey()).isTrue();
                assertThat(read.value()).as(form).isEqualTo(quarter);
            }
        }
    }

    private static String randomText(Random random) {
        int length = random.nextInt(0, 16);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(20) == 0 ? (char) random.nextInt(0x20, 0xFFFF)
                    : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    private static String arabicIndic(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append((char) ('٠' + (c - '0'))));
        return out.toString();
    }
}
