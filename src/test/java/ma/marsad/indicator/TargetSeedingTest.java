package ma.marsad.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ma.marsad.MarsadSpringTest;

@MarsadSpringTest
class TargetSeedingTest {

    private static final List<String> HEADLINE = List.of(
            "DIGITAL_JOBS", "ONEPOINT_ENGINEERS", "TECH_CERTIFICATES", "PHD_RESEARCHERS", "STARTUPS");

    @Autowired
    IndicatorService indicators;

    @Test
    void seedsEveryTargetFromTheFileWithItsSource() {
        List<IndicatorDetails> all = indicators.findAll();

        assertThat(all).extracting(IndicatorDetails::code).containsExactly(
                "DIGITAL_JOBS", "ONEPOINT_ENGINEERS", "TECH_CERTIFICATES", "PHD_RESEARCHERS", "STARTUPS",
                "ENTREPRENEURS_INVESTORS", "UNICORNS", "GAZELLES", "DATACENTER_MW");
        assertThat(all).allSatisfy(i -> {
            assertThat(i.sourceFile()).matches("00[0-4]_[0-9a-f]{16}\\.txt");
            assertThat(i.sourceQuote()).isNotBlank();
            assertThat(i.name().fr()).isNotBlank();
            assertThat(i.name().en()).isNotBlank();
            assertThat(i.name().ar()).isNotBlank();
            assertThat(i.owner().fr()).isNotBlank();
            assertThat(i.deadline()).isAfter(i.startDate());
        });
        assertThat(all).extracting(IndicatorDetails::code).containsAll(HEADLINE);
    }

    @Test
    void seedsTheHeadlineFiguresAsTheSourcesGiveThem() {
        IndicatorDetails jobs = indicators.findByCode("DIGITAL_JOBS").orElseThrow();
        assertThat(jobs.target()).isEqualByComparingTo("240000");
        assertThat(jobs.kind()).isEqualTo(IndicatorKind.CUMULATIVE);
        assertThat(jobs.deadline()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(jobs.sourceQuote()).contains("240 000 emplois directs");

        assertThat(indicators.findByCode("ONEPOINT_ENGINEERS").orElseThrow().target()).isEqualByComparingTo("500");
        IndicatorDetails certificates = indicators.findByCode("TECH_CERTIFICATES").orElseThrow();
        assertThat(certificates.kind()).isEqualTo(IndicatorKind.ANNUAL);
        assertThat(certificates.target()).isEqualByComparingTo("20000");
        assertThat(indicators.findByCode("DATACENTER_MW").orElseThrow().kind()).isEqualTo(IndicatorKind.LEVEL);
    }

    @Test
    void keepsThePhdMilestonesOfTwentyNewResearchersAYear() {
        IndicatorDetails phd = indicators.findByCode("PHD_RESEARCHERS").orElseThrow();
        assertThat(phd.target()).isEqualByComparingTo("100");
        assertThat(phd.milestones()).extracting(Milestone::year).containsExactly(2026, 2027, 2028, 2029, 2030);
        assertThat(phd.milestones()).extracting(m -> m.target().intValue()).containsExactly(20, 40, 60, 80, 100);
    }

    @Test
    void quotesEachSourceWordForWord() throws IOException {
        Path seeds = Path.of("..", "shared", "seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "the press texts are in ../shared/seeds beside a checkout");
        for (IndicatorDetails i : indicators.findAll()) {
            String text = Files.readString(seeds.resolve(i.sourceFile()));
            assertThat(text).as("source of %s", i.code()).contains(i.sourceQuote());
        }
    }

    @Test
    void writesDownWhyADateWasChosenWhereTheSourceGivesNone() {
        IndicatorDetails datacentre = indicators.findByCode("DATACENTER_MW").orElseThrow();
        assertThat(datacentre.datesNote()).contains("aucune date");
        assertThat(datacentre.target()).isEqualByComparingTo(BigDecimal.valueOf(500));
    }
}
