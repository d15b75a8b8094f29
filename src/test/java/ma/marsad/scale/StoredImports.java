package ma.marsad.scale;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

import ma.marsad.base.Region;

/**
 * The database after the run, against what the clerks sent: one import record per file stored, each figure
 * stored once, holding the values of the file that was stored last, and a history that shows every stored file
 * in turn (the second file of a region replaced the first: nothing lost, nothing doubled, nothing mixed).
 */
record StoredImports(int filesSent, int filesStored, long newImportRecords, long figures, long expectedFigures,
                     long duplicates, long historyEvents, long expectedHistoryEvents, int created, int updated,
                     List<String> problems) {

    static StoredImports check(JdbcTemplate jdbc, List<QuarterEndClerk.Outcome> outcomes, long importsBefore) {
        List<String> problems = new ArrayList<>();
        List<QuarterEndClerk.Outcome> stored = outcomes.stream().filter(o -> o.importId() != null).toList();
        Map<Long, QuarterEndClerk.Outcome> byImport = stored.stream()
                .collect(Collectors.toMap(QuarterEndClerk.Outcome::importId, Function.identity()));
        Map<Region, Long> filesPerRegion = stored.stream()
                .collect(Collectors.groupingBy(QuarterEndClerk.Outcome::region, Collectors.counting()));
        int indicators = outcomes.isEmpty() ? 0 : outcomes.getFirst().values().size();

        long newRecords = jdbc.queryForObject("select count(*) from import_record", Long.class) - importsBefore;
        if (newRecords != stored.size()) {
            problems.add(newRecords + " import records for " + stored.size() + " files stored");
        }
        for (QuarterEndClerk.Outcome o : stored) {
            List<Map<String, Object>> record = jdbc.queryForList("select outcome, accepted from import_record"
                    + " where id = ?", o.importId());
            if (record.size() != 1 || !"IMPORTED".equals(record.getFirst().get("OUTCOME"))
                    || ((Number) record.getFirst().get("ACCEPTED")).intValue() != o.values().size()) {
                problems.add("import " + o.importId() + " of clerk " + o.clerk() + " recorded as " + record);
            }
        }

        long expected = (long) filesPerRegion.size() * indicators;
        long figures = jdbc.queryForObject("select count(*) from progress_entry where quarter_code = ?", Long.class,
                QuarterEndClerk.QUARTER);
        if (figures != expected) {
            problems.add(figures + " figures stored for " + QuarterEndClerk.QUARTER + ", " + expected + " sent");
        }
        long duplicates = jdbc.queryForObject("select count(*) from (select indicator_id, region_code"
                + " from progress_entry where quarter_code = ? group by indicator_id, region_code having count(*) > 1)",
                Long.class, QuarterEndClerk.QUARTER);
        if (duplicates > 0) {
            problems.add(duplicates + " figures stored twice");
        }

        long historyEvents = 0;
        for (Map<String, Object> row : jdbc.queryForList("select e.id, i.code, e.region_code, e.amount, e.import_id"
                + " from progress_entry e join indicator i on i.id = e.indicator_id where e.quarter_code = ?",
                QuarterEndClerk.QUARTER)) {
            String figure = row.get("CODE") + "/" + row.get("REGION_CODE");
            long importId = ((Number) row.get("IMPORT_ID")).longValue();
            QuarterEndClerk.Outcome from = byImport.get(importId);
            if (from == null || !from.region().name().equals(row.get("REGION_CODE"))) {
                problems.add(figure + " comes from import " + importId + ", not a file of its region");
                continue;
            }
            BigDecimal sent = from.values().get((String) row.get("CODE"));
            if (sent == null || sent.compareTo((BigDecimal) row.get("AMOUNT")) != 0) {
                problems.add(figure + " holds " + row.get("AMOUNT") + ", its file said " + sent);
            }
            List<Long> imports = jdbc.queryForList("select import_id from history_event where entry_id = ? order by id",
                    Long.class, row.get("ID"));
            historyEvents += imports.size();
            if (imports.size() != filesPerRegion.get(from.region())
                    || !Objects.equals(imports.getLast(), importId)
                    || imports.stream().distinct().count() != imports.size()) {
                problems.add(figure + ": history by import " + imports + ", " + filesPerRegion.get(from.region())
                        + " files stored, the last one " + importId);
            }
        }
        int created = stored.stream().mapToInt(QuarterEndClerk.Outcome::created).sum();
        int updated = stored.stream().mapToInt(QuarterEndClerk.Outcome::updated).sum();
        if (created != expected || updated != (long) (stored.size() - filesPerRegion.size()) * indicators) {
            problems.add("the clerks were told " + created + " created and " + updated + " updated");
        }
        return new StoredImports(outcomes.size(), stored.size(), newRecords, figures, expected, duplicates,
                historyEvents, (long) stored.size() * indicators, created, updated, List.copyOf(problems));
    }
}
