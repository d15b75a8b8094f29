package ma.marsad.indicator;

import java.util.Locale;

/** The fields of an indicator form. The history names a changed field by its column ({@code name_fr}). */
public enum IndicatorField {
    CODE, KIND, NAME_FR, NAME_EN, NAME_AR, UNIT_FR, UNIT_EN, UNIT_AR, OWNER_FR, OWNER_EN, OWNER_AR,
    TARGET, START_DATE, DEADLINE, DATES_NOTE, MILESTONES, WHOLE_NUMBERS, SOURCE_FILE, SOURCE_QUOTE, REASON;

    /** The column name, which the history keeps as the subject of an INDICATOR_CHANGED row. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
