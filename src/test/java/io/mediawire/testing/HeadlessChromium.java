package io.mediawire.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver (nothing is downloaded), with the
 * flags that keep it off the closed network. Browser tests skip where it is not installed, and fail
 * in CI; see {@link #assumeInstalled()}.
 */
public final class HeadlessChromium {
    public static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    public static boolean available() {
        return CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    }

    /**
     * Call first in a browser test class. Where Chromium or chromedriver is missing the tests are
     * reported as skipped, except in CI ({@code CI=true}), where a missing browser fails the run:
     * a build that passes there has run its browser tests.
     */
    public static void assumeInstalled() {
        assumeInstalled(System.getenv("CI"), CHROMIUM, CHROMEDRIVER);
    }

    static void assumeInstalled(String ci, File chromium, File chromedriver) {
        List<String> missing = new ArrayList<>();
        for (File executable : List.of(chromium, chromedriver)) {
            if (!executable.canExecute()) {
                missing.add(executable.getPath());
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        String what = "no executable " + String.join(" or ", missing) + " (Debian's chromium and chromium-driver)";
        if ("true".equalsIgnoreCase(ci == null ? null : ci.strip())) {
            throw new AssertionError("CI=true but " + what + ": browser tests must run in CI");
        }
        Assumptions.abort("browser test skipped: " + what);
    }

    /** A browser with the given extra arguments (window size, language...); quit it when done. */
    public static WebDriver start(String... extraArguments) throws IOException {
        return start(options -> { }, extraArguments);
    }

    /**
     * A browser that records every request it makes in Chromium's performance log (the DevTools Network
     * domain's events, read with {@code manage().logs().get("performance")}), whatever Chromium's version.
     */
    public static WebDriver startRecordingNetwork(String... extraArguments) throws IOException {
        return start(options -> options.setCapability("goog:loggingPrefs", java.util.Map.of("performance", "ALL")),
                extraArguments);
    }

    private static WebDriver start(java.util.function.Consumer<ChromeOptions> customize, String... extraArguments)
            throws IOException {
        List<String> arguments = new ArrayList<>(List.of("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"));
        arguments.addAll(List.of(extraArguments));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(arguments);
        customize.accept(options);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        Files.createDirectories(SCREENSHOTS);
        return new ChromeDriver(service, options);
    }

    /** An editor-sized window that waits up to 2 s for elements to appear. */
    public static WebDriver startDesktop() throws IOException {
        WebDriver browser = start("--window-size=1280,900", "--lang=en-GB");
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return browser;
    }

    /**
     * Clicks something that loads a new page and waits until it has: the old page gone and the new
     * one complete. A plain click may return before the navigation starts, which makes tests race.
     */
    public static void clickAndWait(WebDriver browser, WebElement element) {
        loadsNewPage(browser, element::click);
    }

    /** Submits the form of {@code element} and waits for the page it loads, like {@link #clickAndWait}. */
    public static void submitAndWait(WebDriver browser, WebElement element) {
        loadsNewPage(browser, element::submit);
    }

    private static void loadsNewPage(WebDriver browser, Runnable action) {
        WebElement oldPage = browser.findElement(By.tagName("html"));
        action.run();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> isGone(oldPage));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException gone) {
            // Stale, or Chromium's "node does not belong to the document": the old page has been replaced.
            return true;
        }
    }

    /** The whole page as target/screenshots/NAME.png: the window grows to the page for the shot, then shrinks back. */
    public static void fullPageShot(WebDriver browser, String name) throws IOException {
        Object height = ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        int pageHeight = Math.max(800, Math.min(3000, ((Number) height).intValue()));
        browser.manage().window().setSize(new Dimension(1280, pageHeight + 140));
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
