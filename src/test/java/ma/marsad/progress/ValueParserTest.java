package ma.marsad.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ValueParserTest {

    @ParameterizedTest(name = "\"{0}\" is {1} for a count")
    @CsvSource(delimiter = '|', value = {
            "12500|12500",
            "12 500|12500",
            "12\u00A0500|12500",
            "12\u202F500|12500",
            "1 234 567|1234567",
            "12,500|12500",
            "1,500|1500",
            "1.500|1500",
            "1,234,567|1234567",
            "1.234.567|1234567",
            "12,500.00|12500",
            "12.500,00|12500",
            "\u0661\u0662\u0665\u0660\u0660|12500",
            "\u06F1\u06F2\u06F5\u06F0\u06F0|12500",
            "'  42  '|42",
            "+7|7",
            "0|0",
            "12,0|12",
    })
    void readsTextAsAWholeNumber(String text, String expected) {
        CellReading<BigDecimal> reading = ValueParser.parse(CellValue.text(text), true);
        assertThat(reading.errorKey()).isNull();
        assertThat(reading.value()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is {1} megawatts")
    @CsvSource(delimiter = '|', value = {
            "1,5|1.5",
            "1.5|1.5",
            "12 500,25|12500.25",
            "12,500.25|12500.25",
            "0,500|0.5",
            "1,50|1.5",
            "1\u066B5|1.5",
            "42|42",
    })
    void readsTextAsADecimal(String text, String expected) {
        CellReading<BigDecimal> reading = ValueParser.parse(CellValue.text(text), false);
        assertThat(reading.errorKey()).isNull();
        assertThat(reading.value()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" (whole: {1}) is refused: {2}")
    @CsvSource(delimiter = '|', value = {
            "1,5|true|import.error.value.fraction",
            "12.25|true|import.error.value.fraction",
            "-5|true|import.error.value.negative",
            "\u22125|true|import.error.value.negative",
            "(5)|true|import.error.value.negative",
            "abc|true|import.error.value.not-a-number",
            "12 500 jobs|true|import.error.value.not-a-number",
            "12%|true|import.error.value.not-a-number",
            "1e5|true|import.error.value.not-a-number",
            "12 5|true|import.error.value.not-a-number",
            "1,23,4|true|import.error.value.not-a-number",
            "1.234,5.6|true|import.error.value.not-a-number",
            "1,500|false|import.error.value.ambiguous",
            "1.234|false|import.error.value.ambiguous",
            "1,555|false|import.error.value.ambiguous",
            "1.125|true|import.error.value.ambiguous-never",
            "2.125|false|import.error.value.ambiguous",
            "1.255,125|false|import.error.value.decimals",
            "99999999999999999|true|import.error.value.too-large",
    })
    void refusesWhatIsNotAFigure(String text, boolean wholeNumbers, String key) {
        if (key.endsWith("-never")) {
            // For a count, 1.125 is one thousand one hundred and twenty-five, never a fraction.
            assertThat(ValueParser.parse(CellValue.text(text), wholeNumbers).value()).isEqualByComparingTo("1125");
            return;
        }
        assertThat(ValueParser.parse(CellValue.text(text), wholeNumbers).errorKey()).isEqualTo(key);
    }

    @Test
    void takesNumberCellsAsTheyAreToExcelsPrecision() {
        assertThat(ValueParser.parse(number(12500), true).value()).isEqualByComparingTo("12500");
        assertThat(ValueParser.parse(number(0.1 + 0.2), false).value()).isEqualByComparingTo("0.3");
        assertThat(ValueParser.parse(number(12499.999999999998), true).value()).isEqualByComparingTo("12500");
        assertThat(ValueParser.parse(number(12.5), true).errorKey()).isEqualTo("import.error.value.fraction");
        assertThat(ValueParser.parse(number(1.0 / 3), false).errorKey()).isEqualTo("import.error.value.decimals");
        assertThat(ValueParser.parse(number(-1), true).errorKey()).isEqualTo("import.error.value.negative");
    }

    @Test
    void explainsCellsThatHoldNoFigure() {
        assertThat(ValueParser.parse(null, true).errorKey()).isEqualTo("import.error.value.missing");
        assertThat(ValueParser.parse(CellValue.text("  "), true).errorKey()).isEqualTo("import.error.value.missing");
        assertThat(ValueParser.parse(new CellValue(CellValue.Kind.ERROR, "#DIV/0!", null, null), true).errorKey())
                .isEqualTo("import.error.formula-error");
        assertThat(ValueParser.parse(new CellValue(CellValue.Kind.FORMULA_WITHOUT_VALUE, "=B2*2", null, null), true)
                .errorKey()).isEqualTo("import.error.formula-without-value");
        assertThat(ValueParser.parse(new CellValue(CellValue.Kind.DATE, "2025-09-30", 45930.0,
                LocalDateTime.of(2025, 9, 30, 0, 0)), true).errorKey()).isEqualTo("import.error.value.date");
        assertThat(ValueParser.parse(new CellValue(CellValue.Kind.BOOLEAN, "TRUE", null, null), true).errorKey())
                .isEqualTo("import.error.value.not-a-number");
    }

    private static CellValue number(double value) {
        return new CellValue(CellValue.Kind.NUMBER, String.valueOf(value), value, null);
    }
}
