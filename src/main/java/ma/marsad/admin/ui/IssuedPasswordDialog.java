package ma.marsad.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import ma.marsad.account.IssuedPassword;

/** The one time a made-up password is shown: the administrator passes it on; Marsad keeps only its hash. */
class IssuedPasswordDialog extends Dialog {

    IssuedPasswordDialog(IssuedPassword issued, String headlineKey) {
        setId("issued-password-dialog");
        setHeaderTitle(getTranslation(headlineKey, issued.user().username()));
        setCloseOnOutsideClick(false);
        Span password = new Span(issued.password());
        password.setId("issued-password");
        password.addClassName("issued-password");
        add(new Paragraph(getTranslation("admin.users.password.pass-on", issued.user().displayName())),
                password, new Paragraph(getTranslation("admin.users.password.once")));
        Button done = new Button(getTranslation("admin.users.password.noted"), e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("password-noted");
        getFooter().add(done);
        setWidth("min(32rem, 95vw)");
    }
}
