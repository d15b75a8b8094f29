package ma.marsad.forecast;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import ma.marsad.forecast.engine.BlockBootstrap;
import ma.marsad.forecast.engine.Drift;
import ma.marsad.forecast.engine.ForecastMethod;
import ma.marsad.forecast.engine.LinearTrend;
import ma.marsad.forecast.engine.RecencyWeights;

/**
 * The backtest's full table for docs/forecast.md: every candidate method over the sample figures and the long
 * synthetic set, written to target/forecast-backtest.md. About a minute, so it is kept out of the test command, as
 * the benchmarks are, and runs when asked:
 * {@code ./mvnw test -Dtest=BacktestExplorationTest -Dmarsad.test.excluded-groups=}.
 */
@Tag("backtest")
class BacktestExplorationTest {

    @Test
    void writesTheTableOfEveryCandidateMethod() throws IOException {
        List<Backtest.Case> synthetic = Backtest.synthetic(ForecastCalibrationTest.SEED, 600);
        List<Backtest.Case> sample = SampleSeries.read();
        List<String> rows = new ArrayList<>(List.of(Backtest.HEADER));
        for (double halfLife : new double[] {1.5, 2, 3, 4, 8}) {
            RecencyWeights w = new RecencyWeights(halfLife);
            for (ForecastMethod m : List.of(new Drift(w, true), new Drift(w, false), new BlockBootstrap(2, w),
                    new LinearTrend(w))) {
                rows.add(Backtest.run(m, "synthetic", synthetic, 1000, 7).row());
                rows.add(Backtest.run(m, "sample figures", sample, 1000, 7).row());
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/forecast-backtest.md"), rows);
        rows.forEach(System.out::println);
    }
}
