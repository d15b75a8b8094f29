package ma.marsad.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import ma.marsad.base.TypedText;
import ma.marsad.base.LocalizedText;

/**
 * What an administrator may change in an indicator. English and Arabic names, units and owners may be
 * empty (the list flags a missing name); French is the language of the sources and is required.
 *
 * @param milestones the cumulative figure to reach by the end of each year
 */
public record IndicatorChanges(LocalizedText name, LocalizedText unit, LocalizedText owner, BigDecimal target,
                               LocalDate startDate, LocalDate deadline, String datesNote, List<Milestone> milestones,
                               boolean wholeNumbers) {

    public IndicatorChanges {
        name = clean(name);
        unit = clean(unit);
        owner = clean(owner);
        datesNote = datesNote == null || datesNote.isBlank() ? null : TypedText.clean(datesNote).strip();
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    /** The editable part of an indicator as it is now, to fill the form. */
    public static IndicatorChanges of(IndicatorDetails i) {
        return new IndicatorChanges(i.name(), i.unit(), i.owner(), i.target(), i.startDate(), i.deadline(),
                i.datesNote(), i.milestones(), i.wholeNumbers());
    }

    private static LocalizedText clean(LocalizedText text) {
        return text == null ? new LocalizedText("", "", "")
                : new LocalizedText(strip(text.fr()), strip(text.en()), strip(text.ar()));
    }

    private static String strip(String s) {
        // Without direction overrides or invisible characters (TypedText), which would travel into every report.
        return s == null ? "" : TypedText.clean(s).strip();
    }
}
