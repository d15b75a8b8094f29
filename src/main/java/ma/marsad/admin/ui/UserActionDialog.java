package ma.marsad.admin.ui;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import ma.marsad.account.IssuedPassword;
import ma.marsad.account.UserAdminService;
import ma.marsad.account.UserChangeRefusal;
import ma.marsad.account.UserSummary;

/** Asks before disabling, enabling or resetting the password of an account, with an optional reason. */
class UserActionDialog extends Dialog {

    private final TextArea reason = new TextArea();
    private final Paragraph refusal = new Paragraph();

    private UserActionDialog(String title, String explanation, String confirmLabel, boolean dangerous,
                             Function<String, Runnable> action) {
        setId("user-action-dialog");
        setHeaderTitle(title);
        reasonField(reason, "action-reason");
        refusal.setId("action-refusal");
        refusal.addClassName("admin-refusal");
        refusal.setVisible(false);
        add(refusal, new Paragraph(explanation), reason);
        Button confirm = new Button(confirmLabel, e -> {
            try {
                Runnable after = action.apply(reason.getValue());
                close();
                after.run();
            } catch (UserChangeRefusal r) {
                refusal.setText(AdminFormats.message(this, getLocale(), r.messageKey(), r.args()));
                refusal.setVisible(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (dangerous) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        confirm.setId("confirm-action");
        getFooter().add(new Button(getTranslation("admin.cancel"), e -> close()), confirm);
        setWidth("min(32rem, 95vw)");
    }

    /** Disables an enabled account (ending its sessions), enables a disabled one. */
    static UserActionDialog toggle(UserAdminService users, UserSummary user, String admin,
                                   BiConsumer<String, UserSummary> changed) {
        if (user.enabled()) {
            return new UserActionDialog(text("admin.users.disable.title", user.username()),
                    text("admin.users.disable.explanation", user.username()), text("admin.users.disable"), true,
                    reason -> {
                        UserSummary saved = users.disable(user.id(), user.version(), reason, admin);
                        return () -> changed.accept("admin.users.disable.done", saved);
                    });
        }
        return new UserActionDialog(text("admin.users.enable.title", user.username()),
                text("admin.users.enable.explanation", user.username()), text("admin.users.enable"), false,
                reason -> {
                    UserSummary saved = users.enable(user.id(), user.version(), reason, admin);
                    return () -> changed.accept("admin.users.enable.done", saved);
                });
    }

    static UserActionDialog resetPassword(UserAdminService users, UserSummary user, String admin,
                                          Consumer<IssuedPassword> reset) {
        return new UserActionDialog(
                text("admin.users.reset.title", user.username()),
                text("admin.users.reset.explanation", user.username()),
                text("admin.users.reset-password"), false,
                reason -> {
                    IssuedPassword issued = users.resetPassword(user.id(), user.version(), reason, admin);
                    return () -> reset.accept(issued);
                });
    }

    /** The optional "why" every account change may carry into the history. */
    static void reasonField(TextArea reason, String id) {
        reason.setLabel(reason.getTranslation("admin.reason"));
        reason.setHelperText(reason.getTranslation("admin.reason.optional"));
        reason.setMaxLength(1000);
        reason.setId(id);
        reason.setWidthFull();
    }

    private static String text(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
