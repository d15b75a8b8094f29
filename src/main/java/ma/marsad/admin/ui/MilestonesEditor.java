package ma.marsad.admin.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;

import ma.marsad.indicator.Milestone;

/** Year → cumulative value rows, with a way to add and remove one, and the milestones' problems below. */
class MilestonesEditor extends Div {

    private record Row(Div line, IntegerField year, BigDecimalField value) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Div lines = new Div();
    private final Span error = new Span();

    MilestonesEditor(List<Milestone> milestones) {
        setId("indicator-milestones");
        addClassName("milestones-editor");
        Span label = new Span(getTranslation("admin.indicators.milestones"));
        label.addClassName("milestones-label");
        Span helper = new Span(getTranslation("admin.indicators.milestones.helper"));
        helper.addClassName("milestones-helper");
        Button add = new Button(getTranslation("admin.indicators.milestones.add"), e -> addRow(null));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add.setId("add-milestone");
        error.addClassName("milestones-error");
        error.setId("milestones-error");
        error.setVisible(false);
        add(label, helper, lines, add, error);
        milestones.forEach(this::addRow);
    }

    private void addRow(Milestone milestone) {
        int index = rows.size();
        IntegerField year = new IntegerField();
        year.setAriaLabel(getTranslation("admin.indicators.milestones.year"));
        year.setPlaceholder(getTranslation("admin.indicators.milestones.year"));
        year.setId("milestone-year-" + index);
        year.setWidth("7rem");
        BigDecimalField value = new BigDecimalField();
        value.setAriaLabel(getTranslation("admin.indicators.milestones.value"));
        value.setPlaceholder(getTranslation("admin.indicators.milestones.value"));
        value.setId("milestone-value-" + index);
        Div line = new Div(year, value);
        line.addClassName("milestone-row");
        Row row = new Row(line, year, value);
        Button remove = new Button(getTranslation("admin.indicators.milestones.remove"), e -> {
            rows.remove(row);
            lines.remove(line);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        remove.setId("milestone-remove-" + index);
        line.add(remove);
        if (milestone != null) {
            year.setValue(milestone.year());
            value.setValue(AdminFormats.plain(milestone.target()));
        }
        rows.add(row);
        lines.add(line);
    }

    /** The milestones typed, or empty when a row lacks its year or its value (the error says so). */
    Optional<List<Milestone>> value() {
        List<Milestone> milestones = new ArrayList<>();
        for (Row row : rows) {
            boolean emptyYear = row.year().getValue() == null;
            boolean emptyValue = row.value().getValue() == null;
            if (emptyYear && emptyValue && !row.year().isInvalid() && !row.value().isInvalid()) {
                continue;
            }
            if (emptyYear || emptyValue) {
                showError(getTranslation("admin.indicators.problem.milestone-incomplete"));
                return Optional.empty();
            }
            milestones.add(new Milestone(row.year().getValue(), row.value().getValue()));
        }
        return Optional.of(milestones);
    }

    void showError(String message) {
        error.setText(error.isVisible() && !error.getText().isEmpty() ? error.getText() + " " + message : message);
        error.setVisible(true);
        addClassName("invalid");
    }

    void clearError() {
        error.setText("");
        error.setVisible(false);
        removeClassName("invalid");
    }
}
