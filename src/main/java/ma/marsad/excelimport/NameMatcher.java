package ma.marsad.excelimport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds an indicator or a region by its code or any of its names, ignoring case, accents and spaces,
 * and, when nothing matches, the nearest valid values to suggest.
 */
final class NameMatcher<T> {

    private final Map<String, T> byName = new HashMap<>();
    private final Map<String, T> names = new LinkedHashMap<>();
    private final Function<T, String> label;

    /**
     * @param label how a value is shown in a suggestion, e.g. "DIGITAL_JOBS (Direct digital jobs)"
     */
    NameMatcher(Map<T, List<String>> namesByValue, Function<T, String> label) {
        this.label = label;
        namesByValue.forEach((value, valueNames) -> valueNames.forEach(name -> {
            String key = ImportColumn.normalise(name);
            if (!key.isEmpty()) {
                byName.putIfAbsent(key, value);
                names.putIfAbsent(key, value);
            }
        }));
    }

    Optional<T> find(String text) {
        return Optional.ofNullable(byName.get(ImportColumn.normalise(text)));
    }

    /** The (at most three) values whose names are closest to the text, best first, as labels. */
    List<String> nearest(String text) {
        String key = ImportColumn.normalise(text);
        Map<T, Integer> best = new LinkedHashMap<>();
        names.forEach((name, value) -> {
            int distance = distance(key, name);
            best.merge(value, distance, Math::min);
        });
        List<Map.Entry<T, Integer>> ranked = new ArrayList<>(best.entrySet());
        ranked.sort(Map.Entry.comparingByValue(Comparator.naturalOrder()));
        return ranked.stream().limit(3).map(e -> label.apply(e.getKey())).toList();
    }

    /** Levenshtein distance; a name that contains the text (or the reverse) counts as close. */
    static int distance(String a, String b) {
        if (!a.isEmpty() && (b.contains(a) || a.contains(b))) {
            return Math.abs(a.length() - b.length()) / 4;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
