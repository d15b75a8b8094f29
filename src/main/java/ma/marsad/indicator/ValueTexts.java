package ma.marsad.indicator;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Values as the history writes them: numbers in plain digits, milestones as "2026: 50000; 2027: 90000". */
final class ValueTexts {

    private ValueTexts() {
    }

    static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    /** Null when there are none, so that "no milestones" compares and reads the same everywhere. */
    static String milestones(List<Milestone> milestones) {
        if (milestones == null || milestones.isEmpty()) {
            return null;
        }
        return milestones.stream().sorted(Comparator.comparingInt(Milestone::year))
                .map(m -> m.year() + ": " + plain(m.target())).collect(Collectors.joining("; "));
    }
}
