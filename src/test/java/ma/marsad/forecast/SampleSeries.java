package ma.marsad.forecast;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ma.marsad.base.Quarter;
import ma.marsad.indicator.IndicatorKind;

/**
 * The national series of the sample figures (data/sample-progress.csv), measured as the dashboard measures them:
 * the running total of the quarters' sums, or for LEVEL the sum of the regions' latest levels.
 */
final class SampleSeries {

    private SampleSeries() {
    }

    static List<Backtest.Case> read() throws IOException {
        Map<String, IndicatorKind> kinds = new HashMap<>();
        Matcher m = Pattern.compile("\"code\":\\s*\"(\\w+)\",\\s*\"kind\":\\s*\"(\\w+)\"")
                .matcher(Files.readString(Path.of("data/targets.json")));
        while (m.find()) {
            kinds.put(m.group(1), IndicatorKind.valueOf(m.group(2)));
        }
        // indicator → region → quarter → value
        Map<String, Map<String, TreeMap<Quarter, Double>>> figures = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("data/sample-progress.csv"))) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("indicator,")) {
                continue;
            }
            String[] cells = line.split(",", 5);
            figures.computeIfAbsent(cells[0], c -> new HashMap<>())
                    .computeIfAbsent(cells[2], r -> new TreeMap<>())
                    .merge(Quarter.of(cells[1]), Double.parseDouble(cells[3]), Double::sum);
        }
        List<Backtest.Case> cases = new ArrayList<>();
        figures.forEach((code, regions) -> {
            IndicatorKind kind = kinds.get(code);
            Quarter first = regions.values().stream().map(TreeMap::firstKey).min(Quarter::compareTo).orElseThrow();
            Quarter last = regions.values().stream().map(TreeMap::lastKey).max(Quarter::compareTo).orElseThrow();
            double[] running = new double[first.quartersUntil(last) + 1];
            double total = 0;
            int i = 0;
            for (Quarter q = first; !q.isAfter(last); q = q.next(), i++) {
                if (kind == IndicatorKind.LEVEL) {
                    double level = 0;
                    for (TreeMap<Quarter, Double> byQuarter : regions.values()) {
                        Map.Entry<Quarter, Double> latest = byQuarter.floorEntry(q);
                        level += latest == null ? 0 : latest.getValue();
                    }
                    running[i] = level;
                } else {
                    for (TreeMap<Quarter, Double> byQuarter : regions.values()) {
                        total += byQuarter.getOrDefault(q, 0.0);
                    }
                    running[i] = total;
                }
            }
            cases.add(new Backtest.Case(code, kind, running));
        });
        return cases;
    }
}
