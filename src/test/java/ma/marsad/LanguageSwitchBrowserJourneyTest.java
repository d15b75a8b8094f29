package ma.marsad;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Switching language in headless Chromium: on the login page before signing in (kept in a cookie), then in
 * the header (kept with the account, so another browser opens in it too). The browser itself asks for English.
 */
@MarsadSpringTest
class LanguageSwitchBrowserJourneyTest extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetTheChoice() {
        jdbc.update("update user_account set preferred_language = null");
    }

    @Test
    void aManagerSwitchesToFrenchThenArabicAndTheChoiceFollowsThemToAnotherBrowser() throws Exception {
        Page page = newPage(1280, 800);
        page.navigate(url("/login"));
        assertTitle(page, "Sign in · Marsad");

        choose(page, "Français");
        assertTitle(page, "Connexion · Marsad");
        screenshot(page, "language-switch-login-fr.png");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("fr");
        page.getByLabel("Nom d’utilisateur").fill("manager");
        page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill("manager");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
        assertTitle(page, "Tableau de bord · Marsad");
        assertThat(page.locator("#signed-in-user").textContent()).isEqualTo("Connecté en tant que manager");

        choose(page, "العربية");
        assertTitle(page, "لوحة القيادة · Marsad");
        assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("ar");
        assertThat(page.locator("#language").textContent())
                .contains("العربية");
        screenshot(page, "language-switch-ar.png");
        page.context().close();

        Page elsewhere = newPage(1280, 800);
        elsewhere.navigate(url("/login"));
        assertTitle(elsewhere, "Sign in · Marsad");
        signIn(elsewhere, "manager");
        assertTitle(elsewhere, "لوحة القيادة · Marsad");
        assertThat(elsewhere.locator("html").getAttribute("dir")).isEqualTo("rtl");
        elsewhere.context().close();
    }

    private static void choose(Page page, String language) {
        page.locator("#language").click();
        Locator item = page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(language));
        item.click();
    }
}
