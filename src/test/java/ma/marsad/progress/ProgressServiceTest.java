package ma.marsad.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ma.marsad.MarsadSpringTest;
import ma.marsad.base.Quarter;
import ma.marsad.base.Region;

/** The sample figures through the service, as the dashboard and the API show them on 23 November 2026. */
@MarsadSpringTest
class ProgressServiceTest {

    @Autowired
    ProgressService progress;

    @Test
    void showsEveryStatusOnTheSampleFigures() {
        Map<String, ProgressStatus> statuses = progress.overview(Optional.empty(), false).stream()
                .collect(Collectors.toMap(p -> p.indicator().code(), IndicatorProgress::status));

        assertThat(statuses).containsEntry("DIGITAL_JOBS", ProgressStatus.AT_RISK)
                .containsEntry("ONEPOINT_ENGINEERS", ProgressStatus.ON_TRACK)
                .containsEntry("TECH_CERTIFICATES", ProgressStatus.AT_RISK)
                .containsEntry("PHD_RESEARCHERS", ProgressStatus.ON_TRACK)
                .containsEntry("STARTUPS", ProgressStatus.OFF_TRACK)
                .containsEntry("UNICORNS", ProgressStatus.NO_DATA)
                .containsEntry("DATACENTER_MW", ProgressStatus.OFF_TRACK);
    }

    @Test
    void measuresEveryIndicatorAtTheLastClosedQuarter() {
        List<IndicatorProgress> all = progress.overview(Optional.empty(), false);
        assertThat(all).hasSize(9).allSatisfy(p -> assertThat(p.asOf()).isEqualTo(Quarter.of("2026-Q3")));
        IndicatorProgress jobs = all.getFirst();
        assertThat(jobs.actual()).isEqualTo(70_202);
        assertThat(jobs.includesSampleFigures()).isTrue();
    }

    private IndicatorProgress onepointWith(Region region) {
        return progress.overview(Optional.of(region), false).stream()
                .filter(p -> p.indicator().code().equals("ONEPOINT_ENGINEERS")).findFirst().orElseThrow();
    }

    @Test
    void givesARegionsShareOfTheNationalFigure() {
        IndicatorProgress onepoint = onepointWith(Region.CASABLANCA_SETTAT);
        assertThat(onepoint.regionActual()).isEqualTo(onepoint.actual()).isEqualTo(160);
        IndicatorProgress elsewhere = onepointWith(Region.ORIENTAL);
        assertThat(elsewhere.regionActual()).isZero();
    }

    @Test
    void saysThatSampleFiguresAreStored() {
        assertThat(progress.hasSampleFigures()).isTrue();
        assertThat(progress.reportedFigures()).hasSize(157).first()
                .satisfies(f -> assertThat(f.quarter()).isEqualTo(Quarter.of("2026-Q3")));
    }
}
