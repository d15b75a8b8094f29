package ma.marsad.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import ma.marsad.base.StartupTurn;

/**
 * Seeds the targets from data/targets.json at start-up. Codes already in the database are left as
 * they are (an administrator may have edited them); new codes are added.
 */
@Component
@Order(10)
class TargetSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TargetSeeder.class);

    private final IndicatorRepository repository;
    private final SeedProperties properties;
    private final JsonMapper json;

    private final StartupTurn turn;

    TargetSeeder(IndicatorRepository repository, SeedProperties properties, JsonMapper json, StartupTurn turn) {
        this.turn = turn;
        this.repository = repository;
        this.properties = properties;
        this.json = json;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        turn.take();
        TargetsFile file = read();
        int added = 0;
        for (TargetsFile.Target t : file.indicators()) {
            List<String> problems = t.problems();
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Cannot seed target " + t.code() + " from "
                        + properties.targetsFile().getDescription() + ": " + String.join("; ", problems));
            }
            if (!repository.existsByCode(t.code())) {
                repository.save(new Indicator(t.code(), t.name(), t.unit(), t.kind(), t.target(), t.startDate(),
                        t.deadline(), t.datesNote(), t.owner(), t.source().file(), t.source().quote(),
                        t.milestones() == null ? List.of() : t.milestones(), t.countsWholeNumbers()));
                added++;
            }
        }
        log.info("Targets: {} in {}, {} added", file.indicators().size(),
                properties.targetsFile().getDescription(), added);
    }

    private TargetsFile read() {
        try (InputStream in = properties.targetsFile().getInputStream()) {
            return json.readValue(in, TargetsFile.class);
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException("Cannot read the targets file "
                    + properties.targetsFile().getDescription() + ": " + e.getMessage(), e);
        }
    }
}
