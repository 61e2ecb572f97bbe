package cz.planovna.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;

/**
 * One headless Debian Chromium driven by Debian's chromedriver, shared by all browser test classes
 * of a JVM (see {@link BrowserExtension}) and closed when the test run ends.
 *
 * <p>Both executables are given explicitly, so Selenium Manager is never started and nothing is
 * downloaded. The paths can be overridden with the system properties {@code planovna.chromium} and
 * {@code planovna.chromedriver} (e.g. on a developer machine that is not Debian).
 */
public final class BrowserSession implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("planovna.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("planovna.chromedriver", "/usr/bin/chromedriver");

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final int MAX_SCREENSHOT_HEIGHT = 8000;

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profileDir;

    private BrowserSession(ChromeDriverService service, ChromeDriver driver, Path profileDir) {
        this.service = service;
        this.driver = driver;
        this.profileDir = profileDir;
    }

    /** Starts the browser, or fails with a message saying what to install. Never skips. */
    static BrowserSession start() {
        requireExecutable(CHROMIUM, "chromium");
        requireExecutable(CHROMEDRIVER, "chromium-driver");
        Path profile;
        try {
            profile = Files.createTempDirectory("planovna-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a Chromium profile directory", e);
        }
        File log = new File("target/chromedriver.log");
        log.getParentFile().mkdirs();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .withLogFile(log)
                .withLogLevel(ChromiumDriverLogLevel.WARNING) // INFO logs every axe injection (~18 MB a run)
                .withTimeout(Duration.ofSeconds(20))
                .build();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--disable-default-apps",
                "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-quic",
                "--password-store=basic",
                "--mute-audio",
                "--hide-scrollbars",
                "--lang=cs-CZ",
                "--window-size=1280,900",
                "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "cs-CZ,cs"));
        options.setPageLoadStrategy(PageLoadStrategy.NORMAL);
        options.setImplicitWaitTimeout(Duration.ZERO);
        options.setPageLoadTimeout(Duration.ofSeconds(20));
        options.setScriptTimeout(Duration.ofSeconds(20));
        ChromeDriver driver;
        long started = System.nanoTime();
        try {
            driver = new ChromeDriver(service, options);
            System.out.printf(
                    "Headless Chromium %s started in %d ms%n",
                    driver.getCapabilities().getBrowserVersion(), (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            service.stop();
            deleteRecursively(profile);
            throw new IllegalStateException(
                    "Headless Chromium did not start (" + CHROMIUM + " via " + CHROMEDRIVER
                            + "); see target/chromedriver.log",
                    e);
        }
        return new BrowserSession(service, driver, profile);
    }

    static void requireExecutable(String path, String debianPackage) {
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException("Browser tests need " + path + " but it is missing. Install Debian's "
                    + "Chromium and its driver: apt-get install -y chromium chromium-driver"
                    + " (wanted package: " + debianPackage + "). Browser tests fail rather than skip, on purpose.");
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Back to a clean state between tests: blank page, no cookies (anonymous, Czech), desktop size. */
    void reset() {
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /**
     * Saves a PNG of the whole page (not just the viewport), at most {@value #MAX_SCREENSHOT_HEIGHT}
     * CSS pixels high, and returns where it went.
     */
    Path saveScreenshot(String fileName) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(((Number) size.get("height")).doubleValue(), MAX_SCREENSHOT_HEIGHT);
        Map<String, Object> shot = driver.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Path file = SCREENSHOTS.resolve(fileName.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save screenshot " + file, e);
        }
        return file;
    }

    /** Saves the current page's HTML next to the screenshots (for failures). */
    Path savePageSource(String fileName) {
        Path file = SCREENSHOTS.resolve(fileName.replaceAll("[^A-Za-z0-9._-]", "_") + ".html");
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.writeString(file, String.valueOf(driver.getPageSource()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save page source " + file, e);
        }
        return file;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteRecursively(profileDir);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temp profile is harmless
        }
    }
}
