package ma.marsad.base;

/** Arabic-Indic digits as typed on Arabic keyboards (٠١٢ and ۰۱۲), read as 0 1 2. */
public final class Digits {

    private Digits() {
    }

    public static String toLatin(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char latin = c >= '\u0660' && c <= '\u0669' ? (char) ('0' + c - '\u0660')
                    : c >= '\u06F0' && c <= '\u06F9' ? (char) ('0' + c - '\u06F0')
                    : c;
            if (latin != c && out == null) {
                out = new StringBuilder(text);
            }
            if (out != null) {
                out.setCharAt(i, latin);
            }
        }
        return out == null ? text : out.toString();
    }
}
