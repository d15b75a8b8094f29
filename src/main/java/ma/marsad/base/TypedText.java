package ma.marsad.base;

/**
 * Text a person typed or a file carried (a comment, a name, a reason), made safe to show and to forward:
 * bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), zero-width characters (U+200B,
 * U+2060, U+FEFF) and control characters other than line breaks and tabs are removed, because a stray
 * U+202E makes {@code invoice\u202Excod.exe} display as {@code invoiceexe.docx} in a forwarded report.
 * Arabic letters and the joiners Arabic and Persian text need (U+200C ZWNJ, U+200D ZWJ) and the implicit
 * marks U+200E/U+200F, which cannot reorder a run, are kept: an Arabic comment still reads right.
 */
public final class TypedText {

    private TypedText() {
    }

    /** The text without direction overrides, zero-width and control characters; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (dropped(c)) {
                if (kept == null) {
                    kept = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }

    /** Whether the text holds a character {@link #clean} would remove. */
    public static boolean needsCleaning(String text) {
        return text != null && !clean(text).equals(text);
    }

    private static boolean dropped(char c) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return false;
        }
        if (Character.isISOControl(c)) {
            return true;
        }
        return (c >= '\u202A' && c <= '\u202E')   // embeddings and overrides
                || (c >= '\u2066' && c <= '\u2069') // isolates
                || c == '\u200B' || c == '\u2060' || c == '\uFEFF' // zero-width space, word joiner, BOM
                || c == '\u061C';                   // Arabic letter mark, an invisible direction mark
    }
}
