package ma.marsad;


import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/** What the accessibility journeys share: a signed-in page in a language, the menu's way of moving, waiting. */
final class A11yPages {

    private A11yPages() {
    }

    /**
     * A page of a browser that asks for this language (Accept-Language, as a first visit), signed in by posting
     * the login form as the browser does, on the dashboard. The login page itself is checked signed out.
     */
    static Page signedIn(Browser browser, String baseUrl, String language, String user, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale(language)
                .setViewportSize(width, height));
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        // Through the login form as a person would: the form carries Spring's CSRF token, a bare POST is refused.
        page.navigate(baseUrl + "/login");
        page.locator("input[name='username']").fill(user);
        page.locator("input[name='password']").fill(user);
        page.locator("input[name='password']").press("Enter");
        // Attached, not visible: on a phone-wide page the header leaves the name out.
        page.locator("#signed-in-user").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        settle(page);
        return page;
    }

    /** Goes to a view the way the menu does: a link the client-side router follows, the page staying loaded. */
    static void follow(Page page, String baseUrl, String path) {
        page.evaluate("""
                path => { const a = document.createElement('a'); a.href = path; document.body.appendChild(a);
                          a.click(); a.remove(); }""", path);
        page.waitForURL(baseUrl + path);
    }

    /** Waits until Vaadin has no request in flight, so the page checked is the page as drawn. */
    static void settle(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    /**
     * Waits until nothing moves: a dialog fading in has half-transparent text, whose contrast axe would
     * measure wrong. Endless animations (a progress bar that does not know how long) are left running.
     */
    static void still(Page page) {
        page.waitForFunction("""
                () => {
                  const roots = [document];
                  for (const e of document.querySelectorAll('*')) if (e.shadowRoot) roots.push(e.shadowRoot);
                  for (let i = 1; i < roots.length; i++)
                    for (const e of roots[i].querySelectorAll('*')) if (e.shadowRoot) roots.push(e.shadowRoot);
                  return roots.flatMap(r => r.getAnimations()).every(a => a.playState !== 'running'
                      || a.effect.getComputedTiming().endTime === Infinity);
                }""");
    }
}
