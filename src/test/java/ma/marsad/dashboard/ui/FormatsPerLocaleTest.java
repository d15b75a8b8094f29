package ma.marsad.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import ma.marsad.base.Morocco;
import ma.marsad.base.Quarter;

/**
 * A number, a percentage, a date, a moment and a quarter as each language writes them. Invisible characters
 * are spelled out: U+202F narrow no-break space (French thousands, English before AM), U+00A0 no-break space,
 * U+200E/U+200F left-to-right and right-to-left marks (Arabic keeps "%" and "/" in place).
 */
class FormatsPerLocaleTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar-MA");
    private static final LocalDate DEADLINE = LocalDate.of(2030, 12, 31);
    private static final Instant MORNING = Instant.parse("2026-11-23T09:00:00Z");
    private static final Quarter Q3 = Quarter.of("2025-Q3");

    @Test
    void frenchGroupsThousandsWithANarrowSpaceAndWritesT3() {
        Formats f = new Formats(Locale.FRENCH);
        assertThat(f.number(240_000)).isEqualTo("240\u202F000");
        assertThat(f.number(1.25)).isEqualTo("1,2");
        assertThat(f.percent(62.5)).isEqualTo("62,5\u00A0%");
        assertThat(f.date(DEADLINE)).isEqualTo("31 déc. 2030");
        assertThat(f.quarter(Q3)).isEqualTo("T3 2025");
        assertThat(Morocco.moments(Locale.FRENCH).format(MORNING)).isEqualTo("23/11/2026 10:00");
    }

    @Test
    void englishGroupsThousandsWithACommaAndWritesQ3() {
        Formats f = new Formats(Locale.ENGLISH);
        assertThat(f.number(240_000)).isEqualTo("240,000");
        assertThat(f.number(1.25)).isEqualTo("1.2");
        assertThat(f.percent(62.5)).isEqualTo("62.5%");
        assertThat(f.date(DEADLINE)).isEqualTo("Dec 31, 2030");
        assertThat(f.quarter(Q3)).isEqualTo("Q3 2025");
        assertThat(Morocco.moments(Locale.ENGLISH).format(MORNING)).isEqualTo("11/23/26, 10:00\u202FAM");
    }

    @Test
    void moroccanArabicWritesLatinDigitsAndSpellsTheMonthAsMoroccoDoes() {
        Formats f = new Formats(ARABIC);
        assertThat(f.number(240_000)).isEqualTo("240.000");
        assertThat(f.number(1.25)).isEqualTo("1,2");
        assertThat(f.percent(62.5)).isEqualTo("62,5\u200E%\u200E");
        assertThat(f.date(DEADLINE)).isEqualTo("31 دجنبر 2030");
        assertThat(f.quarter(Q3)).isEqualTo("الربع الثالث 2025");
        assertThat(Morocco.moments(ARABIC).format(MORNING)).isEqualTo("23\u200F/11\u200F/2026، 10:00");
    }
}
