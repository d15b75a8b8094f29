package ma.marsad.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import ma.marsad.MarsadBrowserlessTest;
import ma.marsad.account.NewUser;
import ma.marsad.account.TestAccounts;
import ma.marsad.account.UserAdminService;
import ma.marsad.account.UserSummary;
import ma.marsad.audit.ChangeKind;
import ma.marsad.audit.HistoryFilters;
import ma.marsad.audit.HistoryLog;
import ma.marsad.base.security.Role;
import ma.marsad.excelimport.ImportedFiguresCleanup;

class UsersViewTest extends MarsadBrowserlessTest {

    @Autowired
    UserAdminService users;
    @Autowired
    HistoryLog history;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTestAccounts() {
        ImportedFiguresCleanup.removeImports(jdbc);
        TestAccounts.remove(jdbc);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdministratorOpensAnAccountAndIsShownItsPasswordOnce() {
        navigate(UsersView.class);
        test($(Button.class).id("new-user")).click();
        test($(TextField.class).id("new-username")).setValue("test.fatima");
        test($(TextField.class).id("new-display-name")).setValue("Fatima Zahra Alaoui");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = $(CheckboxGroup.class).id("new-roles");
        test(roles).selectItem("Clerk");
        test($(TextArea.class).id("new-reason")).setValue("joins the statistics unit");
        test($(Button.class).id("create-user")).click();

        Dialog shown = $(Dialog.class).id("issued-password-dialog");
        assertThat(shown.getHeaderTitle()).isEqualTo("Account test.fatima created");
        String password = $(Span.class, shown).id("issued-password").getText();
        assertThat(password).hasSize(20);
        assertThat($(Paragraph.class, shown).all()).extracting(Paragraph::getText).containsExactly(
                "Pass this password on to Fatima Zahra Alaoui, in person or by a channel only they read:",
                "It is shown only now: Marsad keeps only a hash of it, so nobody can read it later. If it gets lost,"
                        + " reset the password again.");
        var grid = test(usersGrid());
        int row = rowOf("test.fatima");
        assertThat(grid.getCellText(row, 1)).isEqualTo("Fatima Zahra Alaoui");
        assertThat(grid.getCellText(row, 2)).isEqualTo("Clerk");
        assertThat(((Span) grid.getCellComponent(row, 3)).getText()).isEqualTo("Enabled");
        assertThat(history.find(HistoryFilters.everything(), 5)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ChangeKind.USER_CREATED);
            assertThat(e.reason()).isEqualTo("joins the statistics unit");
        });
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aUserNameAlreadyTakenIsShownUnderTheField() {
        navigate(UsersView.class);
        test($(Button.class).id("new-user")).click();
        test($(TextField.class).id("new-username")).setValue("clerk");
        test($(TextField.class).id("new-display-name")).setValue("Another clerk");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = $(CheckboxGroup.class).id("new-roles");
        test(roles).selectItem("Clerk");
        test($(Button.class).id("create-user")).click();

        TextField username = $(TextField.class).id("new-username");
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("The user name clerk is already taken.");
        assertThat($(Dialog.class).id("new-user-dialog").isOpened()).isTrue();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdministratorIsToldThatTheyCannotDisableThemself() {
        navigate(UsersView.class);
        actions("admin", "toggle-admin").click();
        test($(Button.class).id("confirm-action")).click();

        assertThat($(Paragraph.class).id("action-refusal").getText())
                .isEqualTo("You cannot disable your own account. Ask another administrator.");
        assertThat(((Span) test(usersGrid()).getCellComponent(rowOf("admin"), 3)).getText()).isEqualTo("Enabled");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void disablingAnAccountShowsItDisabled() {
        users.create(new NewUser("test.youssef", "Youssef", Set.of(Role.OFFICIAL)), null, "admin");
        navigate(UsersView.class);
        actions("test.youssef", "toggle-test.youssef").click();
        test($(TextArea.class).id("action-reason")).setValue("left");
        test($(Button.class).id("confirm-action")).click();

        assertThat(((Span) test(usersGrid()).getCellComponent(rowOf("test.youssef"), 3)).getText())
                .isEqualTo("Disabled");
        assertThat(history.find(HistoryFilters.everything(), 1).getFirst().kind()).isEqualTo(ChangeKind.USER_DISABLED);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aStaleEditSaysWhoChangedTheAccountAndWhen() {
        UserSummary hind = users.create(new NewUser("test.hind", "Hind", Set.of(Role.CLERK)), null, "admin").user();
        navigate(UsersView.class);
        actions("test.hind", "roles-test.hind").click();
        users.changeRoles(hind.id(), hind.version(), Set.of(Role.OFFICIAL), null, "test.other-admin");

        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = $(CheckboxGroup.class).id("edit-roles");
        test(roles).selectItem("Manager");
        test($(Button.class).id("save-roles")).click();

        assertThat($(Paragraph.class).id("roles-refusal").getText()).matches(
                "This account was changed by test\\.other-admin at 11/23/26, 10:00.AM\\. Reload to see the change,"
                        + " then make yours again\\.");
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void aManagerCannotOpenTheUsers() {
        navigate("admin/users", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(UsersView.class);
        assertThat($(Grid.class).all()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private Grid<UserSummary> usersGrid() {
        return $(Grid.class).id("users-grid");
    }

    private int rowOf(String username) {
        var grid = test(usersGrid());
        return IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).username().equals(username)).findFirst()
                .orElseThrow();
    }

    private com.vaadin.flow.component.button.ButtonTester<Button> actions(String username, String buttonId) {
        Div actions = (Div) test(usersGrid()).getCellComponent(rowOf(username), 5);
        Button button = actions.getChildren().map(Button.class::cast).filter(b -> buttonId.equals(b.getId().orElse(null)))
                .findFirst().orElseThrow();
        return test(button);
    }
}
