package ma.marsad.progress;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorService;
import ma.marsad.base.StartupTurn;

/**
 * Loads the invented demo figures into an empty database when marsad.sample-data.enabled is on, and
 * removes them when it is off, so that a real deployment never shows made-up numbers.
 */
@Component
@Order(20)
class SampleProgressLoader implements ApplicationRunner {

    static final String SAMPLE_USER = "sample-data";
    private static final Logger log = LoggerFactory.getLogger(SampleProgressLoader.class);

    private final SampleDataProperties properties;
    private final ProgressEntryRepository entries;
    private final IndicatorService indicators;
    private final Clock clock;
    private final QuarterLocks locks;

    private final StartupTurn turn;

    SampleProgressLoader(SampleDataProperties properties, ProgressEntryRepository entries,
                         IndicatorService indicators, Clock clock, QuarterLocks locks, StartupTurn turn) {
        this.turn = turn;
        this.locks = locks;
        this.properties = properties;
        this.entries = entries;
        this.indicators = indicators;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        turn.take();
        if (!properties.enabled()) {
            locks.unlockSampleQuarters(SAMPLE_USER);
            int removed = entries.deleteByOrigin(EntryOrigin.SAMPLE);
            if (removed > 0) {
                log.info("Sample data is off: removed {} sample figures", removed);
            }
            return;
        }
        if (entries.count() > 0) {
            return;
        }
        List<ProgressEntry> loaded = read();
        entries.saveAll(loaded);
        lockApprovedQuarters(loaded);
        log.info("Loaded {} SAMPLE figures (not official statistics) from {}", loaded.size(),
                properties.file().getDescription());
    }

    /** A sample quarter whose figures are all approved is locked, as a manager's approval would have left it. */
    private void lockApprovedQuarters(List<ProgressEntry> loaded) {
        Map<String, List<ProgressEntry>> byQuarter = loaded.stream()
                .collect(Collectors.groupingBy(e -> e.getIndicatorId() + "/" + e.getQuarter(), TreeMap::new,
                        Collectors.toList()));
        Instant now = clock.instant();
        byQuarter.values().stream()
                .filter(figures -> figures.stream().allMatch(e -> e.getStatus() == EntryStatus.APPROVED))
                .map(figures -> figures.get(0))
                .forEach(e -> locks.lock(e.getIndicatorId(), e.getQuarter(), SAMPLE_USER, now));
    }

    private List<ProgressEntry> read() {
        Instant now = clock.instant();
        List<ProgressEntry> result = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(properties.file().getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int lineNumber = 0;
            boolean header = true;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                result.add(parse(CsvLine.split(line), lineNumber, now));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the sample figures " + properties.file().getDescription(), e);
        }
        return result;
    }

    private ProgressEntry parse(List<String> cells, int lineNumber, Instant now) {
        if (cells.size() < 4) {
            throw new IllegalStateException("Sample figures, line " + lineNumber + ": expected indicator,quarter,region,value");
        }
        IndicatorDetails indicator = indicators.findByCode(cells.get(0)).orElseThrow(() -> new IllegalStateException(
                "Sample figures, line " + lineNumber + ": unknown indicator " + cells.get(0)));
        ProgressEntry entry = new ProgressEntry(indicator.id(), Quarter.of(cells.get(1)), Region.valueOf(cells.get(2)),
                new BigDecimal(cells.get(3)), cells.size() > 4 ? cells.get(4) : null, SAMPLE_USER, now,
                EntryOrigin.SAMPLE, null);
        // Approved unless the file says otherwise: the demo keeps a few figures waiting for a manager.
        EntryStatus status = cells.size() > 5 && !cells.get(5).isBlank() ? EntryStatus.valueOf(cells.get(5))
                : EntryStatus.APPROVED;
        entry.review(status, null, status == EntryStatus.APPROVED ? SAMPLE_USER : null,
                status == EntryStatus.APPROVED ? now : null);
        return entry;
    }
}
