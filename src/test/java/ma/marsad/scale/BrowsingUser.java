package ma.marsad.scale;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the simulated people reading Marsad: signs in on the login page, then takes a fixed number of steps,
 * each picked at random (seeded) among what their role does, with a pause between steps as a person reads.
 * Opening the dashboard is what Vaadin's client in a browser asks, without running JavaScript: the page, the
 * request that creates the UI ({@code v-r=init}), the UIDL request that navigates to the dashboard (which
 * builds the view on the server and answers its components), and every chart image that answer names.
 */
final class BrowsingUser implements Runnable {

    private static final Pattern CHART = Pattern.compile("VAADIN/dynamic/resource/[^\"\\\\]+");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Set<Integer> OK = Set.of(200);

    private final LoadSession session;
    private final LoadSettings settings;
    private final LoadData data;
    private final Random random;
    private final long deadline;
    private final AtomicInteger notSent;

    BrowsingUser(LoadSession session, LoadSettings settings, LoadData data, long seed, long deadline,
                 AtomicInteger notSent) {
        this.session = session;
        this.settings = settings;
        this.data = data;
        this.random = new Random(seed);
        this.deadline = deadline;
        this.notSent = notSent;
    }

    @Override
    public void run() {
        pause();
        if (!session.signIn()) {
            return;
        }
        dashboard();
        for (int step = 1; step < settings.stepsPerUser(); step++) {
            if (System.nanoTime() > deadline || Thread.currentThread().isInterrupted()) {
                notSent.addAndGet(settings.stepsPerUser() - step);
                return;
            }
            pause();
            step();
        }
    }

    private void step() {
        List<Runnable> steps = new ArrayList<>();
        steps.add(this::dashboard);
        steps.add(this::dashboard);
        steps.add(this::entries);
        steps.add(this::entries);
        steps.add(this::history);
        if (session.user().equals("clerk")) {
            steps.add(this::importLog);
            steps.add(this::template);
        } else {
            steps.add(this::indicators);
            steps.add(this::indicators);
            steps.add(this::csv);
            steps.add(this::xlsx);
        }
        steps.get(random.nextInt(steps.size())).run();
    }

    private void dashboard() {
        if (session.browser("GET / (dashboard page)", session.get("/"), OK) == null) {
            return;
        }
        HttpResponse<byte[]> init = session.browser("GET /?v-r=init (UI created)",
                session.get("/?v-r=init&location=&query="), OK);
        if (init == null) {
            return;
        }
        String created = new String(init.body(), StandardCharsets.UTF_8);
        Matcher key = SECURITY_KEY.matcher(created);
        Matcher ui = UI_ID.matcher(created);
        if (!key.find() || !ui.find()) {
            session.recorder().error("GET /?v-r=init (UI created)", "no UI id or Vaadin security key: "
                    + LoadSession.start(init.body()));
            return;
        }
        // What Vaadin's client sends next: the navigation to the dashboard's route, which builds the view.
        String navigate = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"\",\"query\":\"\",\"appShellTitle\":\"\","
                + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
        HttpResponse<byte[]> view = session.browser("POST /?v-r=uidl (dashboard built)",
                session.request("/?v-r=uidl&v-uiId=" + ui.group(1))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(navigate)), OK);
        if (view == null) {
            return;
        }
        Set<String> charts = new LinkedHashSet<>();
        Matcher chart = CHART.matcher(new String(view.body(), StandardCharsets.UTF_8));
        while (chart.find()) {
            charts.add(chart.group());
        }
        if (charts.isEmpty()) {
            session.recorder().error("POST /?v-r=uidl (dashboard built)", "no chart in the dashboard: "
                    + LoadSession.start(view.body()));
        }
        charts.forEach(c -> session.browser("GET chart image (PNG)", session.get("/" + c), OK));
    }

    private void indicators() {
        session.api("GET /api/indicators", session.get("/api/indicators" + region()), OK);
    }

    private void entries() {
        session.api("GET /api/indicators/{code}/entries", session.get("/api/indicators/" + data.anyIndicator(random)
                + "/entries?from=2025-Q1&to=2026-Q4"), OK);
    }

    private void history() {
        session.api("GET /api/entries/{id}/history", session.get("/api/entries/" + data.anyEntry(random)
                + "/history"), OK);
    }

    private void csv() {
        session.api("GET /api/reports/progress.csv", session.get("/api/reports/progress.csv?from=2024-Q1&to=2026-Q4"
                + region().replace('?', '&')), OK);
    }

    private void xlsx() {
        session.api("GET /api/reports/progress.xlsx", session.get("/api/reports/progress.xlsx?indicator="
                + data.anyIndicator(random) + "&indicator=" + data.anyIndicator(random) + "&from=2025-Q1&to=2026-Q4"), OK);
    }

    private void importLog() {
        session.api("GET /api/imports", session.get("/api/imports"), OK);
    }

    private void template() {
        session.api("GET /api/imports/template.xlsx", session.get("/api/imports/template.xlsx"), OK);
    }

    /** Half the time all of Morocco, else one region. */
    private String region() {
        return random.nextBoolean() ? "" : "?region=" + data.anyRegion(random);
    }

    private void pause() {
        try {
            Thread.sleep(settings.thinkMillis() / 2 + random.nextInt(Math.max(1, settings.thinkMillis())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
