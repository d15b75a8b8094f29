package ma.marsad.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;

import ma.marsad.base.PageLanguage;

/**
 * The frame around every view: the name, the menu (only the views the user's roles allow, from the
 * views' @Menu annotations), the language switcher and who is signed in, with a way out.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    MainLayout(AuthenticationContext authentication, PageLanguage pageLanguage) {
        setPrimarySection(Section.NAVBAR);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));

        Span name = new Span(getTranslation("app.name"));
        name.addClassName("app-name");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("app-tagline");
        Div brand = new Div(name, tagline);
        brand.addClassName("brand");

        Div user = new Div();
        user.addClassName("signed-in");
        authentication.getPrincipalName().ifPresent(principal -> {
            Span who = new Span(getTranslation("layout.signed-in-as", principal));
            who.setId("signed-in-user");
            Button logout = new Button(getTranslation("layout.logout"), e -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            logout.setId("logout");
            user.add(who, logout);
        });
        user.addComponentAsFirst(new LanguageSelect(pageLanguage));
        addToNavbar(toggle, brand, user);

        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("layout.menu"));
        MenuConfiguration.getMenuEntries().forEach(entry ->
                nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        addToDrawer(nav);
    }
}
