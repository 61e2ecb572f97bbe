package cz.planovna.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base class of end-to-end tests in a real browser: the whole application on a random port and one
 * headless Chromium shared by all browser tests of the run.
 *
 * <p>Keep subclasses free of extra Spring configuration ({@code @MockitoBean}, {@code @Import},
 * properties…) so that all of them share one cached application context. Data lives in the test
 * database shared with other test classes (H2 per context, or one PostgreSQL with profile {@code
 * postgres}): create what a journey needs, idempotently, and never assume empty tables.
 *
 * <p>Each test starts on a blank page with no cookies (anonymous, Czech) and a 1280×900 viewport.
 * Journeys call {@link #open}, assert the content, then {@link #assertAccessible()} and {@link
 * #screenshot} for every page they show.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
public abstract class BrowserTestSupport {

    /** WCAG 2.1 level A and AA: what Czech public-sector web sites must meet (zákon 99/2019 Sb.). */
    public static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    public static final Duration WAIT = Duration.ofSeconds(5);

    @LocalServerPort
    protected int port;

    protected ChromeDriver driver;

    private BrowserSession session;

    @BeforeEach
    final void attachBrowser(BrowserSession session) {
        this.session = session;
        this.driver = session.driver();
        session.reset();
    }

    // ---- navigation ---------------------------------------------------------------------------

    /** Absolute URL of an application path such as {@code /orp/3108}. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens an application path and waits until the page has loaded. */
    protected void open(String path) {
        driver.get(url(path));
        waitForPageLoaded();
    }

    /** Clicks something that navigates (a link, a submit button) and waits for the new page. */
    protected void clickAndWaitForPage(WebElement element) {
        WebElement oldRoot = driver.findElement(By.tagName("html"));
        element.click();
        waitUntil(d -> isGone(oldRoot));
        waitForPageLoaded();
    }

    /** Clicks a button whose form asks for confirmation (data-confirm), accepts, and waits for the new page. */
    protected void clickConfirmAndWaitForPage(WebElement element) {
        WebElement oldRoot = driver.findElement(By.tagName("html"));
        element.click();
        waitUntil(d -> {
            try {
                d.switchTo().alert().accept();
                return true;
            } catch (org.openqa.selenium.NoAlertPresentException e) {
                return false;
            }
        });
        waitUntil(d -> isGone(oldRoot));
        waitForPageLoaded();
    }

    /**
     * Whether the element belongs to a page that was replaced. Chromium reports a node of the old
     * document either as stale or, while the navigation is under way, as an "unhandled inspector
     * error ... does not belong to the document"; both mean the old page is gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Clicks the link with exactly this visible text and waits for the new page. */
    protected void clickLink(String text) {
        clickAndWaitForPage(driver.findElement(By.linkText(text)));
    }

    protected void waitForPageLoaded() {
        waitUntil(d -> "complete".equals(js("return document.readyState")));
    }

    /** Waits at most {@link #WAIT} for a condition, e.g. an htmx response being swapped in. */
    protected <T> T waitUntil(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT, Duration.ofMillis(50))
                .ignoring(StaleElementReferenceException.class) // htmx swapped the element meanwhile
                .until(condition);
    }

    /** The path (and query) of the current page, e.g. {@code /orp/3108}. */
    protected String currentPath() {
        String current = driver.getCurrentUrl();
        String base = url("");
        return current != null && current.startsWith(base) ? current.substring(base.length()) : current;
    }

    // ---- reading the page ---------------------------------------------------------------------

    protected Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    protected WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    protected List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    /** The text of the page's {@code h1}. */
    protected String heading() {
        return find("h1").getText();
    }

    /** The {@code lang} attribute of {@code <html>}. */
    protected String pageLanguage() {
        return find("html").getAttribute("lang");
    }

    // ---- keyboard -----------------------------------------------------------------------------

    /** Presses TAB once, as a keyboard user would, and returns the newly focused element. */
    protected WebElement pressTab() {
        return pressKeys(Keys.TAB);
    }

    /** Sends keys to whatever has focus and returns the focused element afterwards. */
    protected WebElement pressKeys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return activeElement();
    }

    /** {@code document.activeElement}. */
    protected WebElement activeElement() {
        return driver.switchTo().activeElement();
    }

    /** A short description of an element for assertion messages, e.g. {@code a#x.skip-link "Přeskočit"}. */
    protected String describe(WebElement element) {
        return String.valueOf(js(
                "const e = arguments[0]; return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                        + " + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\\s+/g, '.') : '')"
                        + " + ' \"' + (e.innerText || '').trim().slice(0, 40) + '\"'",
                element));
    }

    // ---- viewport -----------------------------------------------------------------------------

    /**
     * Emulates a device viewport (CSS pixels, honours the page's meta viewport), e.g. {@code
     * setViewport(360, 740)} for a small phone. Reset before every test.
     */
    protected void setViewport(int width, int height) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }

    /** Width of the whole document; more than the viewport means the page scrolls sideways. */
    protected long documentScrollWidth() {
        return ((Number) js("return document.documentElement.scrollWidth")).longValue();
    }

    /** Fails if the page scrolls sideways at the given viewport width (inner scroll boxes are fine). */
    protected void assertNoHorizontalScroll(int viewportWidth) {
        long scrollWidth = documentScrollWidth();
        if (scrollWidth > viewportWidth + 1) {
            Object widest = js(
                    "const vw = arguments[0]; return Array.from(document.querySelectorAll('body *'))"
                            + ".filter(e => e.getBoundingClientRect().right > vw + 1)"
                            + ".slice(0, 8).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                            + " + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '')"
                            + " + ' right=' + Math.round(e.getBoundingClientRect().right)).join(', ')",
                    viewportWidth);
            fail(
                    "%s scrolls sideways at %d px: document is %d px wide; elements sticking out: %s",
                    currentPath(), viewportWidth, scrollWidth, widest);
        }
    }

    // ---- evidence -----------------------------------------------------------------------------

    /** Saves the whole page as {@code target/screenshots/<TestClass>-<name>.png}. */
    protected Path screenshot(String name) {
        return session.saveScreenshot(getClass().getSimpleName() + "-" + name);
    }

    /**
     * Checks that the page is intact ({@link #assertPageResourcesLoaded()}: an unstyled page is not
     * accessible either), then runs axe-core (WCAG 2.0/2.1 A and AA rules) on it and fails listing
     * every violation: rule, impact, help, and the CSS selectors of the offending elements.
     */
    protected void assertAccessible() {
        assertPageResourcesLoaded();
        // Legacy mode runs axe.run() in the page itself instead of finishing in a new about:blank tab:
        // ~40 % faster here, and equivalent because the application has no iframes (frame-ancestors 'none').
        Results results =
                new AxeBuilder().withTags(AXE_TAGS).setLegacyMode(true).analyze(driver);
        if (results.isErrored()) {
            fail("axe-core could not check %s: %s", currentPath(), results.getErrorMessage());
        }
        assertThat(results.getPasses())
                .as("axe-core ran no rule at all on %s — was it injected?", currentPath())
                .isNotEmpty();
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            fail(describeViolations(currentPath(), violations));
        }
    }

    /**
     * Fails if a stylesheet, script or image of the current page did not load (HTTP status outside
     * 2xx/3xx, or a stylesheet that was not applied), or if a URL on the page carries a session id
     * ({@code ;jsessionid=}).
     */
    protected void assertPageResourcesLoaded() {
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) js("const problems = [];"
                + "const path = u => { try { const x = new URL(u, location.href);"
                + "  return x.origin === location.origin ? x.pathname + x.search : u; } catch (e) { return u; } };"
                + "performance.getEntriesByType('resource').forEach(e => {"
                + "  if (e.responseStatus && (e.responseStatus < 200 || e.responseStatus >= 400))"
                + "    problems.push(path(e.name) + ' answered HTTP ' + e.responseStatus); });"
                + "document.querySelectorAll('link[rel=stylesheet]').forEach(l => {"
                + "  let rules = 0; try { rules = l.sheet ? l.sheet.cssRules.length : 0; } catch (x) {}"
                + "  if (!rules) problems.push('stylesheet ' + path(l.href) + ' not applied'); });"
                + "Array.from(document.images).forEach(i => {"
                + "  if (i.complete && i.naturalWidth === 0) problems.push('image ' + path(i.src) + ' broken'); });"
                + "const withSessionId = Array.from(document.querySelectorAll('[href], [src], [action]'))"
                + "  .map(e => e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action') || '')"
                + "  .filter(u => /;jsessionid=/i.test(u));"
                + "if (withSessionId.length) problems.push(withSessionId.length"
                + "  + ' URL(s) in the page carry the session id, e.g. ' + withSessionId[0]);"
                + "return [...new Set(problems)];");
        if (!problems.isEmpty()) {
            fail("%s is broken:%n  - %s", currentPath(), String.join("\n  - ", problems));
        }
    }

    static String describeViolations(String page, List<Rule> violations) {
        StringBuilder text = new StringBuilder()
                .append("axe-core found ")
                .append(violations.size())
                .append(" accessibility violation(s) (WCAG 2.1 A/AA) on ")
                .append(page)
                .append(':');
        for (Rule rule : violations) {
            text.append("\n  - ")
                    .append(rule.getId())
                    .append(" [")
                    .append(rule.getImpact())
                    .append("] ")
                    .append(rule.getHelp())
                    .append(" <")
                    .append(rule.getHelpUrl())
                    .append('>');
            for (CheckedNode node : rule.getNodes()) {
                text.append("\n      at ").append(node.getTarget());
                String summary = node.getFailureSummary();
                if (summary != null && !summary.isBlank()) {
                    text.append("\n         ").append(summary.strip().replace("\n", "\n         "));
                }
            }
        }
        return text.toString();
    }

    // ---- accounts -----------------------------------------------------------------------------

    /**
     * Signs in through the login form ({@code /login}, fields {@code username} and {@code password})
     * and waits for the page the application goes to next. Does not assert success: check the page.
     */
    protected void login(String email, String password) {
        open("/login");
        WebElement username = driver.findElement(By.name("username"));
        username.clear();
        username.sendKeys(email);
        WebElement passwordField = driver.findElement(By.name("password"));
        passwordField.clear();
        passwordField.sendKeys(password);
        WebElement form = username.findElement(By.xpath("./ancestor::form"));
        clickAndWaitForPage(form.findElement(By.cssSelector("button[type=submit], input[type=submit]")));
    }

    /** Signs out with the header's logout button (a POST form). */
    protected void logout() {
        clickAndWaitForPage(find("form[action$='/logout'] button[type=submit]"));
    }
}
