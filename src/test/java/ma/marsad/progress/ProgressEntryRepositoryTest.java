package ma.marsad.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

import ma.marsad.MarsadSpringTest;
import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.indicator.IndicatorService;

@MarsadSpringTest
@Transactional
class ProgressEntryRepositoryTest {

    @Autowired
    ProgressEntryRepository entries;
    @Autowired
    IndicatorService indicators;

    @Test
    void storesAndReadsBackAnEntryOnTheMigratedSchema() {
        long unicorns = indicators.findByCode("UNICORNS").orElseThrow().id();
        Instant at = Instant.parse("2026-10-05T09:30:00Z");
        ProgressEntry saved = entries.saveAndFlush(new ProgressEntry(unicorns, Quarter.of("2026-Q3"),
                Region.RABAT_SALE_KENITRA, new BigDecimal("1"), "first unicorn", "clerk", at, EntryOrigin.MANUAL, null));

        ProgressEntry read = entries.findById(saved.getId()).orElseThrow();
        assertThat(read.getQuarter()).isEqualTo(new Quarter(2026, 3));
        assertThat(read.getRegion()).isEqualTo(Region.RABAT_SALE_KENITRA);
        assertThat(read.getAmount()).isEqualByComparingTo("1");
        assertThat(read.getComment()).isEqualTo("first unicorn");
        assertThat(read.getEnteredBy()).isEqualTo("clerk");
        assertThat(read.getEnteredAt()).isEqualTo(at);
        assertThat(read.getOrigin()).isEqualTo(EntryOrigin.MANUAL);
    }

    @Test
    void keepsOneEntryPerIndicatorQuarterAndRegion() {
        long unicorns = indicators.findByCode("UNICORNS").orElseThrow().id();
        Instant at = Instant.parse("2026-10-05T09:30:00Z");
        entries.saveAndFlush(new ProgressEntry(unicorns, Quarter.of("2026-Q2"), Region.NATIONAL, BigDecimal.ONE,
                null, "clerk", at, EntryOrigin.MANUAL, null));

        assertThatThrownBy(() -> entries.saveAndFlush(new ProgressEntry(unicorns, Quarter.of("2026-Q2"),
                Region.NATIONAL, BigDecimal.TEN, null, "clerk", at, EntryOrigin.MANUAL, null)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void loadsTheSampleFiguresMarkedAsSample() {
        assertThat(entries.count()).isEqualTo(157);
        assertThat(entries.findAll()).allSatisfy(e -> {
            assertThat(e.getOrigin()).isEqualTo(EntryOrigin.SAMPLE);
            assertThat(e.getComment()).isEqualTo("Sample figure, not official statistics");
        });
    }
}
