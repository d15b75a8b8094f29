package ma.marsad.base.ui;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * The words Vaadin's own components carry (an upload's buttons and errors, a date picker's months and
 * buttons), which are English unless told otherwise: here they come from the bundles and, for months and
 * weekdays, from the locale itself.
 */
public final class ComponentTexts {

    private ComponentTexts() {
    }

    public static Upload translate(Upload upload) {
        Locale locale = locale();
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t(locale, "component.upload.drop"))
                .setMany(t(locale, "component.upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t(locale, "component.upload.add"))
                .setMany(t(locale, "component.upload.add")));
        i18n.setFile(new UploadI18N.File().setRetry(t(locale, "component.upload.retry"))
                .setStart(t(locale, "component.upload.start")).setRemove(t(locale, "component.upload.remove")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(t(locale, "component.upload.too-many"))
                .setFileIsTooBig(t(locale, "component.upload.too-big"))
                .setIncorrectFileType(t(locale, "component.upload.wrong-type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t(locale, "component.upload.connecting"))
                        .setStalled(t(locale, "component.upload.stalled"))
                        .setProcessing(t(locale, "component.upload.processing"))
                        .setHeld(t(locale, "component.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(t(locale, "component.upload.remaining"))
                        .setUnknown(t(locale, "component.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(t(locale, "component.upload.server-unavailable"))
                        .setUnexpectedServerError(t(locale, "component.upload.server-error"))
                        .setForbidden(t(locale, "component.upload.forbidden"))
                        .setFileTooLarge(t(locale, "component.upload.too-big"))));
        i18n.setUnits(Arrays.asList(t(locale, "component.upload.units").split(",")));
        upload.setI18n(i18n);
        return upload;
    }

    public static DatePicker translate(DatePicker picker) {
        Locale locale = locale();
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                .toList());
        List<DayOfWeek> sundayFirst = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        i18n.setWeekdays(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList());
        i18n.setWeekdaysShort(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList());
        // The picker counts days from Sunday = 0; Morocco's week starts on Monday.
        i18n.setFirstDayOfWeek(WeekFields.of(Locale.forLanguageTag("fr-MA")).getFirstDayOfWeek().getValue() % 7);
        i18n.setToday(t(locale, "component.date.today"));
        i18n.setCancel(t(locale, "component.date.cancel"));
        i18n.setBadInputErrorMessage(t(locale, "component.date.bad-input"));
        picker.setLocale(locale);
        picker.setI18n(i18n);
        return picker;
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    private static String t(Locale locale, String key) {
        return I18NProvider.translate(locale, key);
    }
}
