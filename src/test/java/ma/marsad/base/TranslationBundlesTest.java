package ma.marsad.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The French and Arabic texts say everything the English ones say, with the same placeholders. */
class TranslationBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/vaadin-i18n");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @ParameterizedTest(name = "{0} has every key, and only those, with the same placeholders")
    @ValueSource(strings = {"translations_fr.properties", "translations_ar.properties"})
    void aTranslationHasEveryKeyWithTheSamePlaceholders(String file) throws IOException {
        Map<String, String> english = load("translations.properties");
        Map<String, String> translated = load(file);

        assertThat(translated.keySet()).as("keys of " + file).containsExactlyInAnyOrderElementsOf(english.keySet());
        english.forEach((key, value) -> {
            assertThat(placeholders(translated.get(key))).as(file + ": " + key).isEqualTo(placeholders(value));
            assertThat(translated.get(key)).as(file + ": " + key).isNotBlank();
        });
    }

    @ParameterizedTest(name = "{0}: no straight apostrophe where MessageFormat would swallow it")
    @ValueSource(strings = {"translations.properties", "translations_fr.properties", "translations_ar.properties"})
    void noTextLosesAnApostropheToMessageFormat(String file) throws IOException {
        load(file).forEach((key, value) -> {
            if (PLACEHOLDER.matcher(value).find()) {
                assertThat(value.replace("''", "")).as(file + ": " + key).doesNotContain("'");
            }
        });
    }

    @Test
    void everyKeyIsUsedByTheCode() throws IOException {
        Set<String> literals = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        Pattern literal = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]*)+\\.?)\"(\\s*\\+)?");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(source));
                while (m.find()) {
                    (m.group(2) != null || m.group(1).endsWith(".") ? prefixes : literals).add(m.group(1));
                }
            }
        }
        Set<String> unused = new TreeSet<>();
        for (String key : load("translations.properties").keySet()) {
            if (!literals.contains(key) && prefixes.stream().noneMatch(key::startsWith)) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys no code uses").isEmpty();
    }

    private static Map<String, String> load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> values = new TreeMap<>();
        properties.forEach((k, v) -> values.put((String) k, (String) v));
        return values;
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
