package ma.marsad.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void readsAndWritesTheCanonicalForm() {
        assertThat(Quarter.of("2025-Q3")).isEqualTo(new Quarter(2025, 3));
        assertThat(new Quarter(2025, 3)).hasToString("2025-Q3");
        assertThat(Quarter.parse("Q3 2025")).isEmpty();
        assertThat(Quarter.parse("2025-Q5")).isEmpty();
    }

    @Test
    void aYearBefore1900IsNotAQuarterItCanRead() {
        assertThat(Quarter.parse("1899-Q4")).isEmpty();
        assertThat(Quarter.parse("0001-Q1")).isEmpty();
        assertThat(Quarter.parse("1900-Q1")).contains(new Quarter(1900, 1));
        assertThat(Quarter.parse("9999-Q4")).contains(new Quarter(9999, 4));
    }

    @Test
    void knowsTheQuarterADateFallsIn() {
        assertThat(Quarter.containing(LocalDate.of(2026, 11, 23))).isEqualTo(new Quarter(2026, 4));
        assertThat(Quarter.containing(LocalDate.of(2026, 3, 31))).isEqualTo(new Quarter(2026, 1));
    }

    @Test
    void countsAndStepsAcrossYears() {
        Quarter q = new Quarter(2025, 4);
        assertThat(q.next()).isEqualTo(new Quarter(2026, 1));
        assertThat(q.next().previous()).isEqualTo(q);
        assertThat(q.quartersUntil(new Quarter(2030, 4))).isEqualTo(20);
        assertThat(q.firstDay()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(q.lastDay()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void refusesAFifthQuarter() {
        assertThatThrownBy(() -> new Quarter(2025, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aQuarterIsNamedAsEachLanguageWritesIt() {
        Quarter q3 = Quarter.of("2025-Q3");
        assertThat(q3.displayName(java.util.Locale.FRENCH)).isEqualTo("T3 2025");
        assertThat(q3.displayName(java.util.Locale.ENGLISH)).isEqualTo("Q3 2025");
        assertThat(q3.displayName(java.util.Locale.forLanguageTag("ar-MA"))).isEqualTo("الربع الثالث 2025");
        assertThat(Quarter.of("2026-Q1").displayName(java.util.Locale.forLanguageTag("ar-MA"))).isEqualTo("الربع الأول 2026");
        assertThat(q3.displayName(java.util.Locale.GERMAN)).as("a language Marsad does not speak gets English")
                .isEqualTo("Q3 2025");
    }
}
