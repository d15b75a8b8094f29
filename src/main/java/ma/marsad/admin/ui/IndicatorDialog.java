package ma.marsad.admin.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import ma.marsad.base.LocalizedText;
import ma.marsad.indicator.EditableIndicator;
import ma.marsad.indicator.FieldProblem;
import ma.marsad.indicator.IndicatorAdminService;
import ma.marsad.indicator.IndicatorChangeRefusal;
import ma.marsad.indicator.IndicatorChanges;
import ma.marsad.indicator.IndicatorField;
import ma.marsad.indicator.IndicatorKind;
import ma.marsad.indicator.Milestone;
import ma.marsad.indicator.NewIndicator;
import ma.marsad.base.ui.ComponentTexts;

/**
 * An indicator's form, to add one or to edit one. Problems are shown next to their field; a stale edit is
 * refused with who changed the indicator and when.
 */
class IndicatorDialog extends Dialog {

    private final Map<IndicatorField, HasValidation> fields = new EnumMap<>(IndicatorField.class);
    private final TextField code = text(IndicatorField.CODE, "admin.indicators.code");
    private final Select<IndicatorKind> kind = new Select<>();
    private final TextField nameFr = text(IndicatorField.NAME_FR, "admin.indicators.name.fr");
    private final TextField nameEn = text(IndicatorField.NAME_EN, "admin.indicators.name.en");
    private final TextField nameAr = text(IndicatorField.NAME_AR, "admin.indicators.name.ar");
    private final TextField unitFr = text(IndicatorField.UNIT_FR, "admin.indicators.unit.fr");
    private final TextField unitEn = text(IndicatorField.UNIT_EN, "admin.indicators.unit.en");
    private final TextField unitAr = text(IndicatorField.UNIT_AR, "admin.indicators.unit.ar");
    private final TextField ownerFr = text(IndicatorField.OWNER_FR, "admin.indicators.owner.fr");
    private final TextField ownerEn = text(IndicatorField.OWNER_EN, "admin.indicators.owner.en");
    private final TextField ownerAr = text(IndicatorField.OWNER_AR, "admin.indicators.owner.ar");
    private final BigDecimalField target = new BigDecimalField();
    private final Checkbox wholeNumbers = new Checkbox();
    private final DatePicker startDate = ComponentTexts.translate(new DatePicker());
    private final DatePicker deadline = ComponentTexts.translate(new DatePicker());
    private final TextArea datesNote = new TextArea();
    private final TextField sourceFile = text(IndicatorField.SOURCE_FILE, "admin.indicators.source-file");
    private final TextArea sourceQuote = new TextArea();
    private final TextArea reason = new TextArea();
    private final MilestonesEditor milestones;
    private final Paragraph refusal = new Paragraph();

    private IndicatorDialog(EditableIndicator existing, IndicatorAdminService indicators, String admin,
                            BiConsumer<String, EditableIndicator> saved) {
        setId("indicator-dialog");
        IndicatorChanges values = existing == null ? null : IndicatorChanges.of(existing.details());
        setHeaderTitle(existing == null ? getTranslation("admin.indicators.new")
                : getTranslation("admin.indicators.edit.title", existing.details().code()));
        milestones = new MilestonesEditor(values == null ? List.of() : values.milestones());
        setUpFields();
        refusal.setId("indicator-refusal");
        refusal.addClassName("admin-refusal");
        refusal.setVisible(false);
        add(refusal);

        if (existing == null) {
            add(section("admin.indicators.section.identity", code, kind, sourceFile, sourceQuote));
        }
        add(section("admin.indicators.section.names", nameFr, nameEn, nameAr, unitFr, unitEn, unitAr,
                ownerFr, ownerEn, ownerAr));
        FormLayout target = section("admin.indicators.section.target", this.target, wholeNumbers, startDate,
                deadline, datesNote, milestones, reason);
        add(target);
        reason.setHelperText(getTranslation(existing == null ? "admin.reason.optional"
                : "admin.indicators.reason.helper"));
        if (values != null) {
            fill(values);
        } else {
            wholeNumbers.setValue(true);
        }

        Button save = new Button(getTranslation("admin.save"), e -> save(existing, indicators, admin, saved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-indicator");
        getFooter().add(new Button(getTranslation("admin.cancel"), e -> close()), save);
        setWidth("min(64rem, 96vw)");
    }

    static IndicatorDialog create(IndicatorAdminService indicators, String admin,
                                  BiConsumer<String, EditableIndicator> saved) {
        return new IndicatorDialog(null, indicators, admin, saved);
    }

    static IndicatorDialog edit(IndicatorAdminService indicators, EditableIndicator existing, String admin,
                                BiConsumer<String, EditableIndicator> saved) {
        return new IndicatorDialog(existing, indicators, admin, saved);
    }

    private void save(EditableIndicator existing, IndicatorAdminService indicators, String admin,
                      BiConsumer<String, EditableIndicator> saved) {
        fields.values().forEach(f -> f.setInvalid(false));
        milestones.clearError();
        refusal.setVisible(false);
        Optional<List<Milestone>> typed = milestones.value();
        if (typed.isEmpty()) {
            return;
        }
        IndicatorChanges changes = new IndicatorChanges(
                new LocalizedText(nameFr.getValue(), nameEn.getValue(), nameAr.getValue()),
                new LocalizedText(unitFr.getValue(), unitEn.getValue(), unitAr.getValue()),
                new LocalizedText(ownerFr.getValue(), ownerEn.getValue(), ownerAr.getValue()),
                target.getValue(), startDate.getValue(), deadline.getValue(), datesNote.getValue(), typed.get(),
                wholeNumbers.getValue());
        try {
            EditableIndicator result = existing == null
                    ? indicators.create(new NewIndicator(code.getValue(), kind.getValue(), sourceFile.getValue(),
                            sourceQuote.getValue(), changes), reason.getValue(), admin)
                    : indicators.update(existing.details().id(), existing.version(), changes, reason.getValue(),
                            admin);
            close();
            saved.accept(existing == null ? "admin.indicators.created" : "admin.indicators.saved", result);
        } catch (IndicatorChangeRefusal r) {
            show(r);
        }
    }

    private void show(IndicatorChangeRefusal r) {
        if (r.reason() != IndicatorChangeRefusal.Reason.INVALID) {
            refusal.setText(AdminFormats.message(this, getLocale(), r.messageKey(), r.args()));
            refusal.setVisible(true);
            return;
        }
        for (FieldProblem p : r.problems()) {
            String message = AdminFormats.message(this, getLocale(), p.messageKey(), p.args());
            if (p.field() == IndicatorField.MILESTONES) {
                milestones.showError(message);
            } else {
                HasValidation field = fields.get(p.field());
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }
        refusal.setText(getTranslation("admin.indicators.refused.INVALID"));
        refusal.setVisible(true);
    }

    private void fill(IndicatorChanges v) {
        nameFr.setValue(v.name().fr());
        nameEn.setValue(v.name().en());
        nameAr.setValue(v.name().ar());
        unitFr.setValue(v.unit().fr());
        unitEn.setValue(v.unit().en());
        unitAr.setValue(v.unit().ar());
        ownerFr.setValue(v.owner().fr());
        ownerEn.setValue(v.owner().en());
        ownerAr.setValue(v.owner().ar());
        target.setValue(AdminFormats.plain(v.target()));
        wholeNumbers.setValue(v.wholeNumbers());
        startDate.setValue(v.startDate());
        deadline.setValue(v.deadline());
        datesNote.setValue(v.datesNote() == null ? "" : v.datesNote());
    }

    private void setUpFields() {
        kind.setLabel(getTranslation("admin.indicators.kind"));
        kind.setItems(IndicatorKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("kind." + k.name()));
        kind.setId("indicator-kind");
        register(IndicatorField.KIND, kind);
        code.setHelperText(getTranslation("admin.indicators.code.helper"));
        code.setMaxLength(64);
        code.setRequiredIndicatorVisible(true);
        nameFr.setRequiredIndicatorVisible(true);
        unitFr.setRequiredIndicatorVisible(true);
        ownerFr.setRequiredIndicatorVisible(true);
        sourceFile.setRequiredIndicatorVisible(true);
        for (TextField arabic : List.of(nameAr, unitAr, ownerAr)) {
            arabic.getElement().setAttribute("dir", "rtl");
        }
        textArea(sourceQuote, IndicatorField.SOURCE_QUOTE, "admin.indicators.source-quote");
        sourceQuote.setRequiredIndicatorVisible(true);
        target.setLabel(getTranslation("admin.indicators.target"));
        target.setId("indicator-target");
        target.setRequiredIndicatorVisible(true);
        register(IndicatorField.TARGET, target);
        wholeNumbers.setLabel(getTranslation("admin.indicators.whole-numbers"));
        wholeNumbers.setId("indicator-whole_numbers");
        startDate.setLabel(getTranslation("admin.indicators.start"));
        startDate.setId("indicator-start_date");
        startDate.setRequiredIndicatorVisible(true);
        register(IndicatorField.START_DATE, startDate);
        deadline.setLabel(getTranslation("admin.indicators.deadline"));
        deadline.setId("indicator-deadline");
        deadline.setRequiredIndicatorVisible(true);
        register(IndicatorField.DEADLINE, deadline);
        textArea(datesNote, IndicatorField.DATES_NOTE, "admin.indicators.dates-note");
        textArea(reason, IndicatorField.REASON, "admin.reason");
        reason.setMaxLength(1000);
    }

    private TextField text(IndicatorField field, String labelKey) {
        TextField text = new TextField(getTranslation(labelKey));
        text.setId("indicator-" + field.column());
        register(field, text);
        return text;
    }

    private void textArea(TextArea area, IndicatorField field, String labelKey) {
        area.setLabel(getTranslation(labelKey));
        area.setId("indicator-" + field.column());
        register(field, area);
    }

    private void register(IndicatorField field, HasValidation component) {
        fields.put(field, component);
    }

    private FormLayout section(String titleKey, Component... components) {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 3));
        H3 title = new H3(getTranslation(titleKey));
        title.addClassName("form-section-title");
        form.add(title, 3);
        for (Component c : components) {
            boolean wide = c instanceof TextArea || c instanceof MilestonesEditor;
            form.add(c, wide ? 3 : 1);
        }
        return form;
    }
}
