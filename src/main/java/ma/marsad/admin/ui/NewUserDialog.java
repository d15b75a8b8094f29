package ma.marsad.admin.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import ma.marsad.account.IssuedPassword;
import ma.marsad.account.NewUser;
import ma.marsad.account.UserAdminService;
import ma.marsad.account.UserChangeRefusal;
import ma.marsad.base.security.Role;

/** Opens an account: user name, name, roles and an optional reason; Marsad makes up the password. */
class NewUserDialog extends Dialog {

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final TextArea reason = new TextArea();
    private final Paragraph refusal = new Paragraph();

    NewUserDialog(UserAdminService users, String admin, Consumer<IssuedPassword> created) {
        setId("new-user-dialog");
        setHeaderTitle(getTranslation("admin.users.new"));
        username.setLabel(getTranslation("admin.users.username"));
        username.setId("new-username");
        username.setHelperText(getTranslation("admin.users.username.helper"));
        username.setMaxLength(100);
        username.setRequiredIndicatorVisible(true);
        displayName.setLabel(getTranslation("admin.users.display-name"));
        displayName.setId("new-display-name");
        displayName.setMaxLength(200);
        displayName.setRequiredIndicatorVisible(true);
        roles.setLabel(getTranslation("admin.users.roles"));
        roles.setId("new-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("admin.role." + r.name()));
        // Said in words: Vaadin marks a required checkbox group aria-required, which a group may not carry.
        roles.setHelperText(getTranslation("admin.users.roles.required"));
        UserActionDialog.reasonField(reason, "new-reason");
        refusal.setId("new-user-refusal");
        refusal.addClassName("admin-refusal");
        refusal.setVisible(false);

        FormLayout form = new FormLayout(username, displayName, roles, reason);
        form.setColspan(roles, 2);
        form.setColspan(reason, 2);
        add(refusal, form);

        Button create = new Button(getTranslation("admin.users.create"), e -> {
            clearErrors();
            try {
                IssuedPassword issued = users.create(new NewUser(username.getValue(), displayName.getValue(),
                        roles.getValue()), reason.getValue(), admin);
                close();
                created.accept(issued);
            } catch (UserChangeRefusal r) {
                show(r);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-user");
        Button cancel = new Button(getTranslation("admin.cancel"), e -> close());
        getFooter().add(cancel, create);
        setWidth("min(40rem, 95vw)");
    }

    private void clearErrors() {
        username.setInvalid(false);
        displayName.setInvalid(false);
        roles.setInvalid(false);
        refusal.setVisible(false);
    }

    private void show(UserChangeRefusal r) {
        String message = AdminFormats.message(this, getLocale(), r.messageKey(), r.args());
        switch (r.reason()) {
            case USERNAME_INVALID, USERNAME_TAKEN -> invalid(username, message);
            case DISPLAY_NAME_REQUIRED -> invalid(displayName, message);
            case ROLES_REQUIRED -> {
                roles.setErrorMessage(message);
                roles.setInvalid(true);
            }
            default -> {
                refusal.setText(message);
                refusal.setVisible(true);
            }
        }
    }

    private static void invalid(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
