package ma.marsad.base;

/**
 * Which texts a spreadsheet could run as a formula, for every file Marsad writes (the report, its CSV, the
 * import template, the annotated copy of a clerk's file). The rule and the reasons for each character are in
 * the excelexport package's SafeText; this is the one place the rule lives, so the import and the export
 * apply the same one.
 */
public final class FormulaText {

    private FormulaText() {
    }

    /**
     * Whether the text starts with = + - @, a tab, a carriage return or a line feed (OWASP's list), or with
     * the full-width ＝ ＋ － ＠ that East Asian input methods turn into their ASCII twins.
     */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }
}
