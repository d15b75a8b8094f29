package ma.marsad.scale;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The run written down: its bounds, the latencies by kind, the errors, the imports and what the server went through. */
record LoadReport(LoadSettings settings, LoadRecorder recorder, ServerWatch watch, StoredImports stored,
                  List<QuarterEndClerk.Outcome> outcomes, long elapsedNanos, int stepsNotTaken, boolean finished,
                  Duration clientTimeOut, int browsers) {

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("### Load run of ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append("\n\n");
        md.append("- ").append(settings.users()).append(" people browsing (").append(settings.stepsPerUser())
                .append(" steps each, ").append(settings.thinkMillis() / 2).append("–")
                .append(settings.thinkMillis() * 3 / 2).append(" ms between steps), ").append(settings.imports())
                .append(" clerks importing at once, ").append(browsers).append(" in headless Chromium")
                .append(DashboardBrowsers.available() ? "" : " (no /usr/bin/chromium)").append(".\n");
        md.append("- Took ").append(elapsedNanos / 1_000_000_000).append(" s (limit ")
                .append(settings.limit().toMinutes()).append(" min");
        md.append(stepsNotTaken == 0 && finished ? ", not reached" : ", reached: " + stepsNotTaken
                + " steps not taken" + (finished ? "" : ", requests under way stopped")).append("); ")
                .append(recorder.requests()).append(" requests. HTTP client time-out per request: ")
                .append(clientTimeOut.toSeconds()).append(" s.\n");
        md.append("- Server: Hikari pool ").append(watch.poolSize()).append(" connections (wait at most ")
                .append(watch.connectionTimeoutMillis()).append(" ms), at most ").append(watch.maxActiveConnections())
                .append(" in use and ").append(watch.maxWaitingForConnection())
                .append(" requests waiting for one; at most ").append(watch.maxRequestThreads())
                .append(" Tomcat request threads. H2 lock time-out: ").append(watch.lockTimeoutMillis()).append(" ms.\n");
        md.append("- Load average (1, 5, 15 min) at the start, every 30 s, at the end: ")
                .append(String.join(" → ", watch.loadAverages())).append(".\n\n");

        md.append("| request | count | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|\n");
        recorder.table().forEach(row -> md.append(row.markdown()).append('\n'));

        md.append("\n**Errors** (5xx, unexpected status, time-out, broken connection): ").append(recorder.errorCount())
                .append('\n');
        // Grouped by what failed and how (digits left out: statuses stay, times and users' numbers go).
        Map<String, Long> errors = recorder.errors().stream().map(e -> e.length() > 160 ? e.substring(0, 160) + "…" : e)
                .map(e -> e.replaceAll("after \\d+ ms", "after … ms"))
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        errors.forEach((error, count) -> md.append("- ").append(count).append(" × ").append(error).append('\n'));

        List<String> refusals = recorder.refusals();
        md.append("\n**Imports**: ").append(stored.filesSent()).append(" files sent by ").append(stored.filesSent())
                .append(" clerks at once (clerks k and k + 13 send the same region: ")
                .append(stored.filesSent() - outcomes.stream().map(QuarterEndClerk.Outcome::region).distinct().count())
                .append(" regions twice, with different values), ").append(stored.filesStored())
                .append(" stored; ").append(refusals.size()).append(" refusals with 409, each retried by its clerk (")
                .append(outcomes.stream().filter(o -> !o.refusals().isEmpty() && o.importId() != null).count())
                .append(" clerks stored after a retry, most retries for one file: ")
                .append(outcomes.stream().mapToInt(o -> o.refusals().size()).max().orElse(0)).append(").\n");
        Map<String, Long> messages = refusals.stream()
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        messages.forEach((message, count) -> md.append("- 409 × ").append(count).append(": “").append(message)
                .append("”\n"));
        md.append("\n**In the database after the run**: ").append(stored.newImportRecords())
                .append(" new import records for ").append(stored.filesStored()).append(" files stored; ")
                .append(stored.figures()).append(" figures for ").append(QuarterEndClerk.QUARTER).append(" (")
                .append(stored.expectedFigures()).append(" distinct figures sent), ").append(stored.duplicates())
                .append(" stored twice; ").append(stored.historyEvents()).append(" history events (")
                .append(stored.expectedHistoryEvents()).append(" expected: one per figure per file stored); clerks told ")
                .append(stored.created()).append(" created, ").append(stored.updated())
                .append(" updated. Every figure holds the values of the last file stored for its region: ")
                .append(stored.problems().isEmpty() ? "yes" : "NO").append(".\n");
        stored.problems().stream().limit(20).forEach(p -> md.append("- ").append(p).append('\n'));
        return md.toString();
    }
}
