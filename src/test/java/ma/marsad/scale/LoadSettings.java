package ma.marsad.scale;

import java.time.Duration;

/**
 * The bounds of a load run, from system properties ({@code ./mvnw -Pload verify -Dload.users=20 -Dload.imports=4}):
 * how many people browse, how many clerks import at once, how many steps each person takes, their pause between
 * steps, how many of them use a real headless Chromium, and the time after which the run stops whatever is left.
 */
record LoadSettings(int users, int imports, int stepsPerUser, int thinkMillis, int browsers, Duration limit) {

    static LoadSettings fromSystemProperties() {
        return new LoadSettings(number("load.users", 200), number("load.imports", 20), number("load.steps", 6),
                number("load.think-ms", 500), number("load.browsers", 5),
                Duration.ofMinutes(number("load.minutes", 5)));
    }

    private static int number(String name, int otherwise) {
        return Integer.parseInt(System.getProperty(name, String.valueOf(otherwise)));
    }
}
