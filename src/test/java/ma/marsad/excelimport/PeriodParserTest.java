package ma.marsad.excelimport;

import ma.marsad.progress.CellReading;
import ma.marsad.progress.CellValue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ma.marsad.base.Quarter;

class PeriodParserTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "2025-Q3|2025-Q3",
            "2025-q3|2025-Q3",
            "2025 Q3|2025-Q3",
            "Q3 2025|2025-Q3",
            "q3-2025|2025-Q3",
            "T3 2025|2025-Q3",
            "t3 2025|2025-Q3",
            "2025 T3|2025-Q3",
            "2025-T1|2025-Q1",
            "'  Q4 2024 '|2024-Q4",
            "\u0662\u0660\u0662\u0665-Q3|2025-Q3",
            "2025-09-30|2025-Q3",
            "2025-10-01|2025-Q4",
            "30/09/2025|2025-Q3",
            "01/10/2025|2025-Q4",
            "1.4.2025|2025-Q2",
            "الربع الثالث 2025|2025-Q3",
            "الربع الأول 2026|2026-Q1",
            "T3\u00A02025|2025-Q3",
            "2025/09/30|2025-Q3",
    })
    void readsTheQuarter(String text, String expected) {
        CellReading<Quarter> reading = PeriodParser.parse(CellValue.text(text));
        assertThat(reading.errorKey()).isNull();
        assertThat(reading.value()).isEqualTo(Quarter.of(expected));
    }

    @Test
    void aDateCellStandsForItsQuarter() {
        CellValue date = new CellValue(CellValue.Kind.DATE, "2025-08-15", 45884.0, LocalDateTime.of(2025, 8, 15, 0, 0));
        assertThat(PeriodParser.parse(date).value()).isEqualTo(Quarter.of("2025-Q3"));
    }

    @Test
    void anEmptyDateCellAFormulaPointsAtIsNoQuarter() {
        CellValue zero = new CellValue(CellValue.Kind.DATE, "1899-12-31", 0.0, LocalDateTime.of(1899, 12, 31, 0, 0));
        assertThat(PeriodParser.parse(zero).errorKey()).isEqualTo("import.error.period.unreadable");
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "Q5 2025|import.error.period.unreadable",
            "2025|import.error.period.unreadable",
            "third quarter|import.error.period.unreadable",
            "31/02/2025|import.error.period.bad-date",
            "2025-13-01|import.error.period.bad-date",
    })
    void refusesWhatIsNotAQuarter(String text, String key) {
        assertThat(PeriodParser.parse(CellValue.text(text)).errorKey()).isEqualTo(key);
    }

    @Test
    void explainsCellsThatHoldNoPeriod() {
        assertThat(PeriodParser.parse(null).errorKey()).isEqualTo("import.error.period.missing");
        assertThat(PeriodParser.parse(new CellValue(CellValue.Kind.NUMBER, "2025", 2025.0, null)).errorKey())
                .isEqualTo("import.error.period.number");
    }
}
