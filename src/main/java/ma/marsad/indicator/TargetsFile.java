package ma.marsad.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ma.marsad.base.LocalizedText;

/** The shape of data/targets.json. */
record TargetsFile(String about, List<Target> indicators) {

    record Target(String code, IndicatorKind kind, LocalizedText name, LocalizedText unit, BigDecimal target,
                  LocalDate startDate, LocalDate deadline, String datesNote, LocalizedText owner,
                  List<Milestone> milestones, Source source, Boolean wholeNumbers) {

        /** Counts unless the file says otherwise. */
        boolean countsWholeNumbers() {
            return wholeNumbers == null || wholeNumbers;
        }

        /** What is wrong with this row, in words; empty when it can be seeded. */
        List<String> problems() {
            List<String> problems = new ArrayList<>();
            if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,63}")) {
                problems.add("code must be upper-case letters, digits and _");
            }
            if (kind == null) {
                problems.add("kind is missing (CUMULATIVE, ANNUAL or LEVEL)");
            }
            if (name == null || blank(name.fr()) || blank(name.en()) || blank(name.ar())) {
                problems.add("name needs fr, en and ar");
            }
            if (unit == null || blank(unit.fr())) {
                problems.add("unit needs at least fr");
            }
            if (owner == null || blank(owner.fr())) {
                problems.add("owner needs at least fr");
            }
            if (target == null || target.signum() <= 0) {
                problems.add("target must be a positive number");
            }
            if (startDate == null || deadline == null || !deadline.isAfter(startDate)) {
                problems.add("startDate and deadline are needed, deadline after startDate");
            }
            if (source == null || blank(source.file()) || blank(source.quote())) {
                problems.add("source needs the seed file name and a quote");
            }
            return problems;
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    record Source(String file, String quote) {
    }
}
