package ma.marsad.admin.ui;

import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import ma.marsad.account.IssuedPassword;
import ma.marsad.account.UserAdminService;
import ma.marsad.account.UserSummary;
import ma.marsad.base.security.Role;

/**
 * Who may sign in: open an account (Marsad makes up the first password and shows it once), disable or
 * enable it, reset its password, change its roles.
 */
@Route("admin/users")
@Menu(title = "menu.admin.users", order = 20)
@RolesAllowed(Role.ADMIN_ROLE)
class UsersView extends Main implements HasDynamicTitle {

    private final UserAdminService users;
    private final String admin;
    private final Grid<UserSummary> grid = new Grid<>();

    UsersView(UserAdminService users, AuthenticationContext authentication) {
        this.users = users;
        this.admin = authentication.getPrincipalName().orElse("?");
        addClassName("admin-page");
        add(new H1(getTranslation("admin.users.title")));
        add(new Paragraph(getTranslation("admin.users.intro")));

        Button create = new Button(getTranslation("admin.users.new"),
                e -> new NewUserDialog(users, admin, this::created).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-user");
        Div toolbar = new Div(create);
        toolbar.addClassName("admin-toolbar");
        add(toolbar);

        var formatter = AdminFormats.dateTime(getLocale());
        grid.setId("users-grid");
        grid.addColumn(UserSummary::username).setHeader(getTranslation("admin.users.username"))
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("admin.users.display-name"))
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(this::roles).setHeader(getTranslation("admin.users.roles")).setAutoWidth(true);
        grid.addComponentColumn(this::state).setHeader(getTranslation("admin.users.state")).setAutoWidth(true);
        grid.addColumn(u -> formatter.format(u.createdAt())).setHeader(getTranslation("admin.users.created"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("admin.users.actions")).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(users.list());
    }

    private String roles(UserSummary user) {
        return user.roles().stream().sorted().map(r -> getTranslation("admin.role." + r.name()))
                .collect(Collectors.joining(", "));
    }

    private Span state(UserSummary user) {
        Span state = new Span(getTranslation(user.enabled() ? "admin.users.enabled" : "admin.users.disabled"));
        state.addClassName(user.enabled() ? "account-enabled" : "account-disabled");
        return state;
    }

    private Div actions(UserSummary user) {
        Button roles = new Button(getTranslation("admin.users.change-roles"),
                e -> open(new RolesDialog(users, user, admin, this::changed)));
        roles.setId("roles-" + user.username());
        Button toggle = new Button(getTranslation(user.enabled() ? "admin.users.disable" : "admin.users.enable"),
                e -> open(UserActionDialog.toggle(users, user, admin, this::changed)));
        toggle.setId("toggle-" + user.username());
        Button reset = new Button(getTranslation("admin.users.reset-password"),
                e -> open(UserActionDialog.resetPassword(users, user, admin, this::passwordReset)));
        reset.setId("reset-" + user.username());
        Div actions = new Div(roles, toggle, reset);
        actions.getChildren().forEach(b -> ((Button) b).addThemeVariants(ButtonVariant.LUMO_SMALL));
        actions.addClassName("row-actions");
        return actions;
    }

    /** However the dialog ends, the list shows the accounts as stored: after a refusal that is the reload. */
    private void open(Dialog dialog) {
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                refresh();
            }
        });
        dialog.open();
    }

    private void created(IssuedPassword issued) {
        refresh();
        new IssuedPasswordDialog(issued, "admin.users.password.created").open();
    }

    private void passwordReset(IssuedPassword issued) {
        refresh();
        new IssuedPasswordDialog(issued, "admin.users.password.reset").open();
    }

    private void changed(String messageKey, UserSummary user) {
        refresh();
        Notification done = Notification.show(getTranslation(messageKey, user.username()), 4000,
                Notification.Position.BOTTOM_START);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.page-title");
    }
}
