package ma.marsad.excelimport;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Why a file was refused or its check stopped, in the clerk's language, with the limits as configured. */
@Component
public class ImportRefusals {

    private final MessageSource messages;
    private final ImportProperties properties;
    private final ParseTimeout parseTimeout;

    ImportRefusals(MessageSource messages, ImportProperties properties, ParseTimeout parseTimeout) {
        this.messages = messages;
        this.properties = properties;
        this.parseTimeout = parseTimeout;
    }

    /**
     * The message of {@code import.refused.<REASON>}: {0} is the upload limit in megabytes, {1} the parse
     * time-out in seconds, {2} the longest cell, {3} the most cells in a row, {4} the most characters in a row,
     * {5} the shared-strings limit in megabytes.
     */
    public String text(UnreadableWorkbookException.Reason reason, Locale locale) {
        String key = "import.refused." + reason.name();
        Object[] args = {properties.maxFileSize().toMegabytes(), Math.max(1, parseTimeout.limit().toSeconds()),
                count(properties.maxCellLength(), locale), count(properties.maxCellsPerRow(), locale),
                count(properties.maxRowLength(), locale),
                count(Math.max(1, properties.maxSharedStrings().toMegabytes()), locale)};
        return messages.getMessage(key, args, key, locale);
    }

    /** Why a file waits no more: every place in the queue is taken. {0} is how many files are being read or wait. */
    public String busy(Locale locale) {
        Object[] args = {count(properties.maxConcurrent() + properties.queueLength(), locale),
                Math.max(1, properties.retryAfter().toSeconds())};
        return messages.getMessage("imports.busy", args, "imports.busy", locale);
    }

    /** The report's first warning when the check stopped early: where, after how many errors and rows. */
    String stoppedEarly(CheckedFile.Place place, int errors, int rowsRead, Locale locale) {
        Object[] args = {place.sheet(), count(place.row(), locale), count(errors, locale), count(rowsRead, locale)};
        return messages.getMessage("import.warning.stopped-early", args, "import.warning.stopped-early", locale);
    }

    /**
     * A count as the bundles write numbers: 32,767 in English, 32 767 in French, plain digits in Arabic (as the
     * surrounding text is written).
     */
    static String count(long value, Locale locale) {
        String grouped = String.format(Locale.ROOT, "%,d", value);
        return switch (locale.getLanguage()) {
            case "fr" -> grouped.replace(',', ' ');
            case "ar" -> grouped.replace(",", "");
            default -> grouped;
        };
    }
}
