package ma.marsad.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import ma.marsad.base.LocalizedText;

/** What makes an indicator form valid; each problem names its field, so the form shows it there. */
final class IndicatorRules {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");
    private static final BigDecimal LARGEST = new BigDecimal("1e17");
    private static final String PROBLEM = "admin.indicators.problem.";

    private IndicatorRules() {
    }

    static List<FieldProblem> problems(NewIndicator indicator) {
        List<FieldProblem> problems = new ArrayList<>();
        if (indicator.code().isEmpty()) {
            problems.add(required(IndicatorField.CODE));
        } else if (!CODE.matcher(indicator.code()).matches()) {
            problems.add(new FieldProblem(IndicatorField.CODE, PROBLEM + "code-format"));
        }
        if (indicator.kind() == null) {
            problems.add(required(IndicatorField.KIND));
        }
        text(problems, IndicatorField.SOURCE_FILE, indicator.sourceFile(), true, 200);
        text(problems, IndicatorField.SOURCE_QUOTE, indicator.sourceQuote(), true, 2000);
        problems.addAll(problems(indicator.values()));
        return problems;
    }

    static List<FieldProblem> problems(IndicatorChanges c) {
        List<FieldProblem> problems = new ArrayList<>();
        texts(problems, c.name(), IndicatorField.NAME_FR, IndicatorField.NAME_EN, IndicatorField.NAME_AR, 300);
        texts(problems, c.unit(), IndicatorField.UNIT_FR, IndicatorField.UNIT_EN, IndicatorField.UNIT_AR, 100);
        texts(problems, c.owner(), IndicatorField.OWNER_FR, IndicatorField.OWNER_EN, IndicatorField.OWNER_AR, 300);
        if (c.target() == null) {
            problems.add(required(IndicatorField.TARGET));
        } else if (c.target().signum() <= 0) {
            problems.add(new FieldProblem(IndicatorField.TARGET, PROBLEM + "target-positive"));
        } else {
            number(problems, IndicatorField.TARGET, c.target(), c.wholeNumbers());
        }
        if (c.startDate() == null) {
            problems.add(required(IndicatorField.START_DATE));
        }
        if (c.deadline() == null) {
            problems.add(required(IndicatorField.DEADLINE));
        } else if (c.startDate() != null && !c.deadline().isAfter(c.startDate())) {
            problems.add(new FieldProblem(IndicatorField.DEADLINE, PROBLEM + "deadline-after-start", c.startDate()));
        }
        if (c.datesNote() != null && c.datesNote().length() > 2000) {
            problems.add(new FieldProblem(IndicatorField.DATES_NOTE, PROBLEM + "too-long", 2000));
        }
        milestones(problems, c);
        return problems;
    }

    private static void milestones(List<FieldProblem> problems, IndicatorChanges c) {
        boolean datesValid = c.startDate() != null && c.deadline() != null && c.deadline().isAfter(c.startDate());
        Set<Integer> years = new HashSet<>();
        for (Milestone m : c.milestones()) {
            if (!years.add(m.year())) {
                problems.add(new FieldProblem(IndicatorField.MILESTONES, PROBLEM + "milestone-year-twice",
                        String.valueOf(m.year())));
            }
            if (datesValid && (m.year() < c.startDate().getYear() || m.year() > c.deadline().getYear())) {
                problems.add(new FieldProblem(IndicatorField.MILESTONES, PROBLEM + "milestone-year-outside",
                        String.valueOf(m.year()), String.valueOf(c.startDate().getYear()),
                        String.valueOf(c.deadline().getYear())));
            }
            if (m.target() == null || m.target().signum() <= 0) {
                problems.add(new FieldProblem(IndicatorField.MILESTONES, PROBLEM + "milestone-positive",
                        String.valueOf(m.year())));
            } else {
                number(problems, IndicatorField.MILESTONES, m.target(), c.wholeNumbers());
            }
        }
    }

    private static void number(List<FieldProblem> problems, IndicatorField field, BigDecimal value, boolean whole) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (value.abs().compareTo(LARGEST) >= 0) {
            problems.add(new FieldProblem(field, PROBLEM + "too-large"));
        } else if (whole && stripped.scale() > 0) {
            problems.add(new FieldProblem(field, PROBLEM + "whole-number"));
        } else if (stripped.scale() > 2) {
            problems.add(new FieldProblem(field, PROBLEM + "decimals"));
        }
    }

    private static void texts(List<FieldProblem> problems, LocalizedText text, IndicatorField fr, IndicatorField en,
                              IndicatorField ar, int max) {
        text(problems, fr, text.fr(), true, max);
        text(problems, en, text.en(), false, max);
        text(problems, ar, text.ar(), false, max);
    }

    private static void text(List<FieldProblem> problems, IndicatorField field, String value, boolean required,
                             int max) {
        if (required && value.isBlank()) {
            problems.add(required(field));
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, PROBLEM + "too-long", max));
        }
    }

    private static FieldProblem required(IndicatorField field) {
        return new FieldProblem(field, PROBLEM + "required");
    }
}
