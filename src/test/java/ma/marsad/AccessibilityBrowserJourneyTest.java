package ma.marsad;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Clip;
import com.microsoft.playwright.options.ScreenshotAnimations;

import ma.marsad.indicator.IndicatorService;

/**
 * What axe-core cannot see, in headless Chromium. The keyboard alone: Tab walks the dashboard (English and
 * Arabic, mirrored) and the import page through every control in reading order, each visibly focused and
 * not hidden under the header, and comes back to the top instead of being trapped. Every view fits a screen
 * 320 CSS pixels wide (400% zoom) without sideways scrolling. Colour never speaks alone: statuses have words
 * and a shape, gaps a sign, charts a text alternative and a table of their numbers.
 */
@MarsadSpringTest
class AccessibilityBrowserJourneyTest extends BrowserJourney {

    /** Tab presses allowed for one round of a page; a round that needs more is a trap or a runaway. */
    private static final int MAX_TABS = 200;
    /** Pixels that must change when a control gains focus; a 2px ring round a small button changes hundreds. */
    private static final int FOCUS_PIXELS = 40;

    private final List<BrowserContext> contexts = new ArrayList<>();

    @Autowired
    IndicatorService indicators;

    /**
     * The focused control as the user sees it: the innermost focused element (through shadow roots), the
     * component around it (the combo box around its input, the menu item around its link), a key naming it,
     * its box, and whether it is hidden under something else at its centre.
     */
    private static final String FOCUSED = """
            () => {
              let e = document.activeElement;
              while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
              if (!e || e === document.body || e === document.documentElement) return null;
              const root = e.getRootNode();
              const host = e.localName.includes('-') ? e
                : root instanceof ShadowRoot ? root.host
                : e.parentElement && e.parentElement.localName.includes('-') ? e.parentElement : e;
              let named = host.parentElement || (host.getRootNode() && host.getRootNode().host);
              while (named && !named.id) named = named.parentElement || (named.getRootNode() && named.getRootNode().host);
              // A details' summary is named by its details' class and card: Vaadin gives it a generated id.
              const details = host.localName === 'vaadin-details-summary' ? host.closest('vaadin-details') : null;
              if (details) named = details.parentElement.closest('[id]');
              const key = host.id && !details ? '#' + host.id
                : host.localName + (host.getAttribute('path') !== null ? '[' + host.getAttribute('path') + ']' : '')
                  + (details ? '[' + details.className + ']' : '') + (named ? ' in #' + named.id : '');
              const box = r => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
              const own = e.getBoundingClientRect(), whole = host.getBoundingClientRect();
              // The control before, measured now: focusing this one may have scrolled the page.
              const before = window.__marsadPrevious && window.__marsadPrevious.isConnected
                ? box(window.__marsadPrevious.getBoundingClientRect()) : null;
              window.__marsadPrevious = e;
              const x = Math.min(Math.max(own.left + own.width / 2, 0), innerWidth - 1);
              const y = Math.min(Math.max(own.top + own.height / 2, 0), innerHeight - 1);
              let top = document.elementFromPoint(x, y);
              while (top && top.shadowRoot && top.shadowRoot.elementFromPoint(x, y) && top.shadowRoot.elementFromPoint(x, y) !== top)
                top = top.shadowRoot.elementFromPoint(x, y);
              let covered = true;
              for (let n = top; n; n = n.parentElement || (n.getRootNode() && n.getRootNode().host))
                if (n === e || n === host) { covered = false; break; }
              return { key, own: box(own), whole: box(whole), before, covered, width: innerWidth, height: innerHeight };
            }""";

    /** One stop of the Tab walk: the control's box, and the previous control's box measured at the same moment. */
    record Stop(String key, Map<String, Number> own, Map<String, Number> before, boolean covered, int changedPixels) {
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en-US", "ar-MA"})
    void tabWalksTheDashboardInReadingOrderWithVisibleFocusAndComesBackToTheTop(String language) throws IOException {
        Page page = signedIn(language, "manager");
        page.locator("#card-DIGITAL_JOBS").waitFor();
        A11yPages.settle(page);

        List<Stop> stops = walk(page);
        List<String> keys = stops.stream().map(Stop::key).toList();
        @SuppressWarnings("unchecked")
        List<String> menu = (List<String>) page.evaluate(
                "() => [...document.querySelectorAll('vaadin-side-nav-item')].map(i => 'vaadin-side-nav-item[' + i.getAttribute('path') + '] in #' + i.closest('[id]').id)");
        @SuppressWarnings("unchecked")
        List<String> cards = (List<String>) page.evaluate("() => [...document.querySelectorAll('.indicator-card')].map(c => c.id)");

        List<String> header = keys.subList(0, keys.indexOf("#region-filter"));
        assertThat(header.getFirst()).as("the menu button comes first").startsWith("vaadin-drawer-toggle");
        assertThat(header).as("then sign out and the menu, in the menu's order").contains("#logout")
                .containsSubsequence(menu);
        List<String> content = new ArrayList<>(List.of("#region-filter", "#include-unapproved"));
        for (String card : cards) {
            // Under the status, what the UN progress measure means (one click away), then the table and the source.
            content.add("vaadin-details-summary[card-measure-help] in #" + card);
            content.add("vaadin-details-summary[card-table] in #" + card);
            content.add("vaadin-details-summary[card-source] in #" + card);
        }
        assertThat(keys.subList(header.size(), keys.size())).as("the filters, then each card's measure help, table and source, card by card")
                .isEqualTo(content);
        assertReadingOrder(stops, language.startsWith("ar"));
        assertFocusVisible(stops);
    }

    @Test
    void tabWalksTheImportPageInReadingOrderWithVisibleFocusAndComesBackToTheTop() throws IOException {
        Page page = signedIn("en-US", "clerk");
        page.navigate(url("/imports"));
        page.locator("#template-download").waitFor();
        A11yPages.settle(page);

        List<Stop> stops = walk(page);
        List<String> keys = stops.stream().map(Stop::key).toList();
        List<String> content = keys.subList(keys.indexOf("#template-download"), keys.size());
        assertThat(keys.indexOf("#logout")).as("signing out is in the header, before the page").isBetween(0, keys.indexOf("#template-download"));
        assertThat(content.get(1)).as("the upload button follows the template").endsWith(" in #import-upload");
        assertThat(content.subList(2, content.size())).as("then the past imports, and nothing else").isNotEmpty()
                .allMatch("#past-imports"::equals);
        assertReadingOrder(stops, false);
        assertFocusVisible(stops);
    }

    @Test
    void statusesAreSaidInWordsAndShapesNotByColourAlone() {
        Page page = signedIn("en-US", "manager");
        page.locator("#card-DIGITAL_JOBS").waitFor();
        @SuppressWarnings("unchecked")
        List<Map<String, String>> statuses = (List<Map<String, String>>) page.evaluate("""
                () => [...document.querySelectorAll('.indicator-card .status')].map(s => ({
                  kind: [...s.classList].find(c => c.startsWith('status-')), text: s.textContent.trim(),
                  icon: getComputedStyle(s, '::before').content }))""");
        assertThat(statuses).hasSize(indicators.findAll().size());
        Map<String, String> words = Map.of("status-achieved", "Achieved", "status-on-track", "On track",
                "status-at-risk", "At risk", "status-off-track", "Off track", "status-no-data", "No data");
        Map<String, String> iconOfKind = new java.util.HashMap<>();
        for (Map<String, String> s : statuses) {
            assertThat(s.get("text")).as("words for " + s.get("kind")).isEqualTo(words.get(s.get("kind")));
            assertThat(s.get("icon")).as("a shape for " + s.get("kind")).isNotIn("none", "normal", "\"\"");
            iconOfKind.put(s.get("kind"), s.get("icon"));
        }
        assertThat(iconOfKind).as("the sample holds at least three kinds of status").hasSizeGreaterThanOrEqualTo(3);
        assertThat(iconOfKind.values()).as("each kind its own shape").doesNotHaveDuplicates();

        // A review's gap to the path is red or green, and also signed: +0.9 ahead, −1.5 behind.
        page.navigate(url("/approvals"));
        page.locator("[id^=path-]").first().waitFor();
        assertThat(page.locator("[id^=path-]").allTextContents()).isNotEmpty()
                .allSatisfy(text -> assertThat(text).containsPattern("[+\u2212-]\\d"));

        Page clerk = signedIn("en-US", "clerk");
        clerk.setViewportSize(1366, 2400); // tall enough for the grid to draw every row of the quarter
        clerk.navigate(url("/entry"));
        clerk.locator("#entry-grid .entry-status").first().waitFor();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> figures = (List<Map<String, Object>>) clerk.evaluate("""
                () => [...document.querySelectorAll('#entry-grid .entry-status')].map(s => ({
                  kind: [...s.classList].find(c => c.startsWith('entry-status-')),
                  icon: s.querySelector('vaadin-icon') && s.querySelector('vaadin-icon').getAttribute('icon'),
                  hidden: s.querySelector('vaadin-icon') && s.querySelector('vaadin-icon').getAttribute('aria-hidden'),
                  text: s.textContent.trim() }))""");
        assertThat(figures).extracting(f -> f.get("kind")).contains("entry-status-submitted", "entry-status-approved");
        Map<Object, Object> iconOfStatus = new java.util.HashMap<>();
        for (Map<String, Object> f : figures) {
            assertThat((String) f.get("text")).as("words for " + f.get("kind")).isNotBlank();
            assertThat(f.get("icon")).as("an icon for " + f.get("kind")).isNotNull();
            assertThat(f.get("hidden")).as("the icon is not read out besides the words").isEqualTo("true");
            iconOfStatus.put(f.get("kind"), f.get("icon"));
        }
        assertThat(iconOfStatus.values()).as("each status its own icon").doesNotHaveDuplicates();
    }

    @Test
    void everyViewFitsAScreen320PixelsWideWithoutScrollingSideways() {
        Page page = signedIn("en-US", "admin"); // the administrator may open every view
        page.setViewportSize(320, 640);
        Map<String, String> views = new java.util.LinkedHashMap<>();
        views.put("/", "#card-DIGITAL_JOBS");
        views.put("/figures", "#figures-grid");
        views.put("/entry", "#entry-grid");
        views.put("/imports", "#template-download");
        views.put("/reports", "#report-preview");
        views.put("/approvals", "#approvals-waiting");
        views.put("/admin/users", "#users-grid");
        views.put("/admin/indicators", "#indicators-grid");
        views.put("/admin/audit", "#audit-grid");
        views.put("/partners", "#agreement-MISTRAL_MOU");
        List<String> tooWide = new ArrayList<>();
        views.forEach((path, ready) -> {
            if (!path.equals("/")) {
                A11yPages.follow(page, url(""), path);
            }
            page.locator(ready).first().waitFor();
            A11yPages.settle(page);
            // Whatever sticks out on the right and is not inside something that scrolls or clips it (a grid
            // scrolls its columns inside itself, which a data table may).
            @SuppressWarnings("unchecked")
            List<String> out = (List<String>) page.evaluate("""
                    () => {
                      const edge = innerWidth + 1;
                      const up = n => n.assignedSlot || n.parentElement || (n.getRootNode() && n.getRootNode().host) || null;
                      const held = e => { for (let n = up(e); n && n !== document.documentElement; n = up(n))
                          if (getComputedStyle(n).overflowX !== 'visible' && n.getBoundingClientRect().right <= edge) return true;
                        return false; };
                      const out = [...document.querySelectorAll('body *')].filter(e => {
                          const r = e.getBoundingClientRect(); return r.width > 0 && r.right > edge && !held(e); });
                      return out.filter(e => !out.includes(up(e))).slice(0, 5).map(e => e.localName + (e.id ? '#' + e.id : '')
                          + (typeof e.className === 'string' && e.className ? '.' + e.className : '')
                          + ' ' + Math.round(e.getBoundingClientRect().right) + 'px');
                    }""");
            out.add(0, "scroll width " + page.evaluate("document.documentElement.scrollWidth"));
            if (out.size() > 1) {
                tooWide.add(path + ": " + out);
            }
        });
        assertThat(tooWide).as("views wider than 320 CSS pixels").isEmpty();
    }

    @Test
    void everyChartHasATextAlternativeAndItsNumbersAsATable() {
        Page page = signedIn("en-US", "official");
        page.locator("#card-DIGITAL_JOBS").waitFor();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cards = (List<Map<String, Object>>) page.evaluate("""
                () => [...document.querySelectorAll('.indicator-card')].map(c => {
                  const img = c.querySelector('img.card-chart'), table = c.querySelector('.card-table table');
                  return { id: c.id, name: c.querySelector('h2').textContent, alt: img && img.getAttribute('alt'),
                    tableName: table && table.getAttribute('aria-label'),
                    columns: table ? table.querySelectorAll('thead th[scope=col]').length : 0,
                    rows: table ? table.querySelectorAll('tbody th[scope=row]').length : 0,
                    summary: c.querySelector('.card-table vaadin-details-summary').textContent.trim() };
                })""");
        assertThat(cards).hasSize(indicators.findAll().size());
        for (Map<String, Object> card : cards) {
            String name = (String) card.get("name");
            String id = (String) card.get("id");
            assertThat((String) card.get("alt")).as("the chart of " + card.get("id") + " says what it shows")
                    .startsWith(name + ": ").matches(".*(actual|no figures reported yet).*");
            assertThat(card.get("summary")).as(id).isEqualTo("Table view");
            assertThat((String) card.get("tableName")).as(id).startsWith(name + ": ");
            // Quarter, actual, expected, target path, and the forecast with its 80 % band.
            assertThat(((Number) card.get("columns")).intValue()).as(id).isEqualTo(5);
            assertThat(((Number) card.get("rows")).intValue()).as("a row a quarter for " + card.get("id")).isPositive();
        }
    }

    /**
     * Presses Tab from the top of the page until focus comes back to the first control, taking each stop;
     * a page that keeps the focus (a trap) or never comes back fails. For each stop, a picture of the control
     * with and without the focus says whether the focus shows.
     */
    private List<Stop> walk(Page page) throws IOException {
        List<Stop> stops = new ArrayList<>();
        for (int presses = 0; presses < MAX_TABS; presses++) {
            page.keyboard().press("Tab");
            @SuppressWarnings("unchecked")
            Map<String, Object> focused = (Map<String, Object>) page.evaluate(FOCUSED);
            if (focused == null) {
                continue; // focus left the page for the browser's own controls; the next Tab comes back
            }
            String key = (String) focused.get("key");
            if (!stops.isEmpty() && key.equals(stops.getFirst().key())) {
                return stops;
            }
            @SuppressWarnings("unchecked")
            Map<String, Number> own = (Map<String, Number>) focused.get("own");
            if (!stops.isEmpty() && key.equals(stops.getLast().key()) && own.equals(stops.getLast().own())) {
                throw new AssertionError("Tab keeps the focus on " + key + ": " + keysOf(stops));
            }
            @SuppressWarnings("unchecked")
            Map<String, Number> whole = (Map<String, Number>) focused.get("whole");
            @SuppressWarnings("unchecked")
            Map<String, Number> before = (Map<String, Number>) focused.get("before");
            stops.add(new Stop(key, own, before, Boolean.TRUE.equals(focused.get("covered")),
                    focusChange(page, whole, focused)));
        }
        throw new AssertionError("Tab never came back to the top after " + MAX_TABS + " presses: " + keysOf(stops));
    }

    /** Pixels of the control (and a margin for its ring) that differ between focused and not focused. */
    private static int focusChange(Page page, Map<String, Number> box, Map<String, Object> viewport) throws IOException {
        double width = ((Number) viewport.get("width")).doubleValue();
        double height = ((Number) viewport.get("height")).doubleValue();
        double left = Math.max(0, box.get("left").doubleValue() - 6);
        double top = Math.max(0, box.get("top").doubleValue() - 6);
        double right = Math.min(width, box.get("right").doubleValue() + 6);
        double bottom = Math.min(height, box.get("bottom").doubleValue() + 6);
        if (right - left < 1 || bottom - top < 1) {
            return -1; // not on screen at all
        }
        Clip clip = new Clip(left, top, right - left, bottom - top);
        byte[] focused = shot(page, clip);
        page.evaluate("""
                () => { let e = document.activeElement;
                        while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
                        window.__marsadFocused = e; e.blur(); }""");
        byte[] blurred = shot(page, clip);
        page.evaluate("() => window.__marsadFocused.focus()");
        return differingPixels(focused, blurred);
    }

    private static byte[] shot(Page page, Clip clip) {
        return page.screenshot(new Page.ScreenshotOptions().setClip(clip).setAnimations(ScreenshotAnimations.DISABLED));
    }

    private static int differingPixels(byte[] a, byte[] b) throws IOException {
        BufferedImage one = ImageIO.read(new ByteArrayInputStream(a));
        BufferedImage two = ImageIO.read(new ByteArrayInputStream(b));
        int count = 0;
        for (int y = 0; y < Math.min(one.getHeight(), two.getHeight()); y++) {
            for (int x = 0; x < Math.min(one.getWidth(), two.getWidth()); x++) {
                if (one.getRGB(x, y) != two.getRGB(x, y)) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * Each stop comes after the one before as a reader goes: on a later line, or further along the same line
     * (to the right, or to the left in Arabic), as from one card to the next card of a row.
     */
    private static void assertReadingOrder(List<Stop> stops, boolean rightToLeft) {
        for (int i = 1; i < stops.size(); i++) {
            Stop b = stops.get(i);
            Map<String, Number> a = b.before();
            double aTop = a.get("top").doubleValue(), aBottom = a.get("bottom").doubleValue();
            double aLeft = a.get("left").doubleValue(), aRight = a.get("right").doubleValue();
            double bTop = b.own().get("top").doubleValue();
            double bLeft = b.own().get("left").doubleValue(), bRight = b.own().get("right").doubleValue();
            boolean nextLine = bTop >= aBottom - 2;
            boolean furtherAlong = rightToLeft ? bRight <= aLeft + 2 : bLeft >= aRight - 2;
            assertThat(nextLine || furtherAlong)
                    .as("%s (%s) after %s (%s)", b.key(), b.own(), stops.get(i - 1).key(), a).isTrue();
        }
    }

    private static void assertFocusVisible(List<Stop> stops) {
        for (Stop stop : stops) {
            assertThat(stop.changedPixels()).as("the focus shows on " + stop.key()).isGreaterThanOrEqualTo(FOCUS_PIXELS);
            assertThat(stop.covered()).as(stop.key() + " is not hidden under something else when focused").isFalse();
        }
    }

    private static List<String> keysOf(List<Stop> stops) {
        return stops.stream().map(Stop::key).toList();
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    /** A fresh page of a browser asking for this language, signed in; it shows the dashboard. */
    private Page signedIn(String language, String user) {
        Page page = A11yPages.signedIn(browser, url(""), language, user, 1366, 900);
        contexts.add(page.context());
        return page;
    }
}
