package ma.marsad.admin.ui;

import java.util.function.BiConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import ma.marsad.account.UserAdminService;
import ma.marsad.account.UserChangeRefusal;
import ma.marsad.account.UserSummary;
import ma.marsad.base.security.Role;

/** Changes an account's roles, checked against the version the list showed. */
class RolesDialog extends Dialog {

    RolesDialog(UserAdminService users, UserSummary user, String admin, BiConsumer<String, UserSummary> changed) {
        setId("roles-dialog");
        setHeaderTitle(getTranslation("admin.users.roles.title", user.username()));
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("admin.users.roles"));
        roles.setId("edit-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("admin.role." + r.name()));
        roles.setValue(user.roles());
        TextArea reason = new TextArea();
        UserActionDialog.reasonField(reason, "roles-reason");
        Paragraph refusal = new Paragraph();
        refusal.setId("roles-refusal");
        refusal.addClassName("admin-refusal");
        refusal.setVisible(false);
        add(refusal, roles, reason);

        Button save = new Button(getTranslation("admin.save"), e -> {
            try {
                UserSummary saved = users.changeRoles(user.id(), user.version(), roles.getValue(), reason.getValue(),
                        admin);
                close();
                changed.accept("admin.users.roles.done", saved);
            } catch (UserChangeRefusal r) {
                refusal.setText(AdminFormats.message(this, getLocale(), r.messageKey(), r.args()));
                refusal.setVisible(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-roles");
        getFooter().add(new Button(getTranslation("admin.cancel"), e -> close()), save);
        setWidth("min(32rem, 95vw)");
    }
}
