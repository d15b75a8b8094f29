package ma.marsad.excelexport;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Sheet names Excel accepts, each used once: at most 31 characters, none of : \ / ? * [ ], and unique
 * ignoring case, so an indicator coded "data" cannot take the Data sheet's name.
 */
final class SheetNames {

    private static final int MAX_LENGTH = 31;

    private final Set<String> used = new HashSet<>();
    private final String blankName;

    /**
     * @param blankName what a sheet is called when the name wanted is blank
     * @param reserved  names the report will give its own sheets later
     */
    SheetNames(String blankName, String... reserved) {
        this.blankName = blankName;
        for (String name : reserved) {
            used.add(key(name));
        }
    }

    String claim(String wanted) {
        String name = wanted == null || wanted.isBlank() ? blankName : wanted.strip();
        String safe = WorkbookUtil.createSafeSheetName(name);
        String candidate = safe;
        for (int n = 2; used.contains(key(candidate)); n++) {
            String suffix = " (" + n + ")";
            candidate = safe.substring(0, Math.min(safe.length(), MAX_LENGTH - suffix.length())) + suffix;
        }
        used.add(key(candidate));
        return candidate;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
