package ma.marsad.scale;

import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

import ma.marsad.base.Region;

/** What the simulated people ask about: the seeded indicators, the regions, and some stored figures' ids. */
record LoadData(List<String> indicators, List<Long> entries) {

    static LoadData of(JdbcTemplate jdbc) {
        return new LoadData(jdbc.queryForList("select code from indicator order by id", String.class),
                jdbc.queryForList("select id from progress_entry order by id", Long.class));
    }

    String anyIndicator(Random random) {
        return indicators.get(random.nextInt(indicators.size()));
    }

    long anyEntry(Random random) {
        return entries.get(random.nextInt(entries.size()));
    }

    String anyRegion(Random random) {
        return Region.values()[random.nextInt(Region.values().length)].name();
    }
}
