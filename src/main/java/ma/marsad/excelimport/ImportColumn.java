package ma.marsad.excelimport;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the Progress sheet, in the template's order. A clerk's file may name them in French,
 * English or Arabic, in any order; {@link #matching(String)} finds which column a header names. The
 * template's own headers, in each language, are among these names (ImportTemplateTest holds them to it).
 */
public enum ImportColumn {
    INDICATOR(true, "indicator", "indicateur", "code indicateur", "indicator code", "المؤشر", "مؤشر"),
    PERIOD(true, "period", "periode", "trimestre", "quarter", "الفترة", "الفتره", "الربع", "الفصل"),
    REGION(false, "region", "الجهة", "الجهه", "جهة"),
    VALUE(true, "value", "valeur", "القيمة", "القيمه", "قيمة"),
    COMMENT(false, "comment", "commentaire", "remarque", "remarques", "observation", "observations",
            "note", "ملاحظة", "ملاحظات", "تعليق");

    private final boolean required;
    private final List<String> names;

    ImportColumn(boolean required, String... names) {
        this.required = required;
        this.names = List.of(names).stream().map(ImportColumn::normalise).toList();
    }

    /** The bundle key of the header the template writes, in the template's language. */
    public String headerKey() {
        return "template.column." + name();
    }

    /** Required columns must be present in a sheet for it to be read as figures. */
    public boolean required() {
        return required;
    }

    /** The column a header names, ignoring case, accents, Arabic vowel marks and surrounding spaces. */
    public static Optional<ImportColumn> matching(String header) {
        String key = normalise(header);
        for (ImportColumn column : values()) {
            if (column.names.contains(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /**
     * Lower case, without accents or Arabic diacritics, alef variants folded, punctuation and runs of
     * spaces made one space: "Région ", "REGION" and "région*" all become "region".
     */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ٱ', 'ا')
                .replace("\u0640", "");
        return decomposed.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
