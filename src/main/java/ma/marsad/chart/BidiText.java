package ma.marsad.chart;

import java.awt.ComponentOrientation;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chart's words laid out for the reader's direction. Java2D orders a line by its first strong letter,
 * so "DIGITAL_JOBS — مناصب الشغل" would run left to right with the code on the left. For a right-to-left
 * language the line starts with a right-to-left mark and each run of Latin words (indicator codes, names
 * such as Onepoint) is isolated, so it reads code first from the right and digits after a Latin word
 * stay in the sentence's order. Java draws these marks as nothing.
 */
final class BidiText {

    static final char RLM = '\u200F';
    static final char FSI = '\u2068';
    static final char PDI = '\u2069';
    private static final Pattern LATIN_WORDS = Pattern.compile(
            "\\p{IsLatin}[\\p{IsLatin}\\p{Nd}_.'’-]*(?:\\s+\\p{IsLatin}[\\p{IsLatin}\\p{Nd}_.'’-]*)*");

    private BidiText() {
    }

    static boolean rightToLeft(Locale locale) {
        return !ComponentOrientation.getOrientation(locale).isLeftToRight();
    }

    /** The text as it is for a left-to-right reader; marked up as described above for a right-to-left one. */
    static String forReader(String text, Locale locale) {
        if (text == null || text.isEmpty() || !rightToLeft(locale)) {
            return text;
        }
        Matcher latin = LATIN_WORDS.matcher(text);
        return RLM + latin.replaceAll(m -> Matcher.quoteReplacement(FSI + m.group() + PDI));
    }
}
