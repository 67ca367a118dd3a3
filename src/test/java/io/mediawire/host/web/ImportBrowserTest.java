package io.mediawire.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.security.Role;
import io.mediawire.host.security.UserStore;
import io.mediawire.host.Host;
import io.mediawire.importing.FixtureSite;
import io.mediawire.story.Story;
import io.mediawire.story.StoryStatus;
import io.mediawire.testing.HeadlessChromium;
import io.mediawire.testing.TestHost;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The editor's import day in a real (headless) Chromium against a fixture agency on loopback:
 * an article by URL, a feed with a dead link, an uploaded saved page, a duplicate, then finding,
 * publishing and reading an imported story. Screenshots go to target/screenshots/import-*.png.
 */
class ImportBrowserTest {
    static final String PASSWORD = "correct horse battery";
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @TempDir
    static Path home;
    @TempDir
    static Path downloads;
    static FixtureSite site;
    static Host host;
    static WebDriver browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.assumeInstalled();
        site = new FixtureSite();
        site.feed("/feed.xml", "application/rss+xml", """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Fixture Agency</title>
                <item><title>Library reopens after flood repairs</title><link>{{base}}local/library</link></item>
                <item><title>Night trains are back on the Alpine line</title><link>{{base}}trains/night</link></item>
                <item><title>Gone</title><link>{{base}}gone</link></item>
                </channel></rss>""");
        // The trains page takes its time, so the job page is seen while it still runs.
        site.route("/trains/night", ex -> {
            Thread.sleep(4000);
            FixtureSite.send(ex, 200, "text/html; charset=utf-8",
                    FixtureSite.fixture("lazy-images.html").getBytes(StandardCharsets.UTF_8));
        });
        host = TestHost.startAllowing(home, Clock.systemUTC(), site.hostPort());
        base = host.baseUri().toString().replaceAll("/$", "");
        new UserStore(host.services().sessions(), Clock.systemUTC())
                .add("maria", PASSWORD.toCharArray(), EnumSet.of(Role.EDITOR), "test");
        browser = HeadlessChromium.startDesktop();
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (host != null) {
            host.close();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void anEditorsImportDay() throws Exception {
        // Sign in; the list is empty and offers the import.
        browser.get(base + "/.magnolia/admincentral/mediaWire");
        browser.findElement(By.id("username")).sendKeys("maria");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.cssSelector("button[type=submit]")));
        assertTrue(browser.getCurrentUrl().endsWith("/.magnolia/admincentral/mediaWire"), browser.getCurrentUrl());
        shot("import-01-empty-list");

        // One article by URL.
        openDialog();
        shot("import-02-dialog");
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.id("import-start")));
        assertEquals("give an article or feed URL, or choose a saved page to upload", text("import-error"));
        shot("import-02b-dialog-error");
        String cranesUrl = site.url("/business/cranes").toString();
        browser.findElement(By.id("import-url")).sendKeys(cranesUrl);
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.id("import-start")));
        assertTrue(browser.getCurrentUrl().contains("/.magnolia/admincentral/mediaWire/import/"), browser.getCurrentUrl());
        waitUntilFinished();
        assertEquals("1 of 1 items", text("job-count"));
        // The story's lead image is on a host that does not exist (cdn.coastline-wire.example): it is not copied,
        // and the import says so as a warning, not a failure.
        assertEquals("1 imported, 0 duplicate, 0 failed (1 with warnings)", text("job-summary"));
        List<WebElement> rows = resultRows();
        assertEquals(1, rows.size());
        assertEquals("outcome-imported", rows.get(0).getAttribute("class"));
        assertTrue(rows.get(0).getText().contains("imported /"), rows.get(0).getText());
        assertTrue(browser.findElements(By.cssSelector("meta[http-equiv=refresh]")).isEmpty(),
                "a finished job stops refreshing");
        shot("import-03-article-done");

        WebElement storyLink = rows.get(0).findElement(By.cssSelector("a[href*='/mediaWire/story/']"));
        String cranesHeadline = storyLink.getText();
        assertTrue(cranesHeadline.startsWith("Harbour cranes return to Northport"), cranesHeadline);
        HeadlessChromium.clickAndWait(browser, storyLink);
        assertEquals(cranesHeadline, text("story-title"));
        WebElement body = browser.findElement(By.id("story-body"));
        assertTrue(body.getText().contains("towed on a barge from the refit yard"), body.getText());
        assertFalse(body.getText().contains("Share on Facebook"), "the agency's furniture is gone");
        assertTrue(browser.findElements(By.name("body")).isEmpty(), "no form control for the body");
        assertTrue(body.findElements(By.cssSelector("input, textarea, select, [contenteditable]")).isEmpty());
        assertEquals(Boolean.FALSE, ((JavascriptExecutor) browser)
                .executeScript("return document.getElementById('story-body').isContentEditable"));
        shot("import-04-article-detail");

        // A feed: two good links and one that is gone.
        browser.navigate().back();
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.linkText("Import more")));
        browser.findElement(By.id("import-url")).sendKeys(site.url("/feed.xml").toString());
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.id("import-start")));
        assertEquals("Importing…", text("job-title"));
        assertEquals("1", browser.findElement(By.cssSelector("meta[http-equiv=refresh]")).getAttribute("content"),
                "a running job refreshes its page");
        shot("import-05a-feed-running");
        // The page refreshes itself: the items already done appear while the slow one is fetched.
        new WebDriverWait(browser, Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(200))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("job-count")).getText().matches("[12] of 3 items"));
        assertEquals("Importing…", text("job-title"));
        assertFalse(resultRows().isEmpty());
        shot("import-05b-feed-progress");
        waitUntilFinished();
        assertEquals("3 of 3 items", text("job-count"));
        // both stories name pictures the fixture does not serve: warnings, not failures
        assertEquals("2 imported, 0 duplicate, 1 failed (2 with warnings)", text("job-summary"));
        rows = resultRows();
        assertEquals(2, rows.stream().filter(r -> r.getAttribute("class").equals("outcome-imported")).count());
        WebElement failed = rows.stream().filter(r -> r.getAttribute("class").equals("outcome-failed")).findFirst().orElseThrow();
        assertTrue(failed.getText().contains(site.url("/gone").toString()), failed.getText());
        assertTrue(failed.getText().contains("failed: HTTP 404"), failed.getText());
        assertTrue(failed.findElements(By.tagName("a")).isEmpty(), "a failed item links to no story");
        String jobText = browser.findElement(By.id("job-results")).getText();
        assertTrue(jobText.contains("Night trains are back on the Alpine line"), jobText);
        assertTrue(jobText.contains("Library reopens after flood repairs"), jobText);
        shot("import-05-feed-done");

        // A saved page, uploaded with the address it came from.
        Path saved = downloads.resolve("library-fa.html");
        Files.writeString(saved, FixtureSite.fixture("rtl-persian.html"), StandardCharsets.UTF_8);
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.linkText("Import more")));
        browser.findElement(By.id("import-file")).sendKeys(saved.toAbsolutePath().toString());
        browser.findElement(By.id("import-base")).sendKeys(site.url("/fa/library").toString());
        shot("import-06-upload-dialog");
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.id("import-start")));
        waitUntilFinished();
        assertEquals("1 imported, 0 duplicate, 0 failed", text("job-summary"));
        rows = resultRows();
        assertEquals("outcome-imported", rows.get(0).getAttribute("class"));
        assertTrue(rows.get(0).getText().contains("بازگشایی کتابخانه ملی پس از مرمت"), rows.get(0).getText());
        Story persian = host.stories().bySourceUrl(site.url("/fa/library").toString()).orElseThrow();
        assertTrue(persian.original().body().contains("کتابخانه ملی"), persian.original().body());
        shot("import-07-upload-done");

        // The first article again: a duplicate, linked to the story we already have.
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.linkText("Import more")));
        browser.findElement(By.id("import-url")).sendKeys(cranesUrl);
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.id("import-start")));
        waitUntilFinished();
        assertEquals("0 imported, 1 duplicate, 0 failed", text("job-summary"));
        rows = resultRows();
        assertEquals("outcome-duplicate", rows.get(0).getAttribute("class"));
        assertTrue(rows.get(0).getText().contains("duplicate of /"), rows.get(0).getText());
        assertEquals(cranesHeadline, rows.get(0).findElement(By.cssSelector("a[href*='/mediaWire/story/']")).getText());
        shot("import-08-duplicate");

        // Four stories now, all drafts; search finds them.
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.linkText("Back to the stories")));
        assertEquals(4, browser.findElements(By.cssSelector("table.stories tbody tr")).size());
        shot("import-09-list");
        WebElement search = browser.findElement(By.id("q"));
        search.sendKeys("night trains");
        HeadlessChromium.submitAndWait(browser, search);
        rows = browser.findElements(By.cssSelector("table.stories tbody tr"));
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).getText().startsWith("Night trains are back"), rows.get(0).getText());
        search = browser.findElement(By.id("q"));
        search.clear();
        search.sendKeys("کتابخانه");
        HeadlessChromium.submitAndWait(browser, search);
        rows = browser.findElements(By.cssSelector("table.stories tbody tr"));
        assertEquals(1, rows.size(), "the uploaded Persian page is found by a word of its headline");
        assertTrue(rows.get(0).getText().startsWith("بازگشایی کتابخانه ملی"), rows.get(0).getText());
        search = browser.findElement(By.id("q"));
        search.clear();
        search.sendKeys("cranes");
        HeadlessChromium.submitAndWait(browser, search);
        rows = browser.findElements(By.cssSelector("table.stories tbody tr"));
        assertEquals(1, rows.size());
        shot("import-10-search");

        // Publish it and read the public page.
        HeadlessChromium.clickAndWait(browser, rows.get(0).findElement(By.linkText(cranesHeadline)));
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.cssSelector("button[data-action=publish]")));
        assertTrue(browser.findElement(By.cssSelector(".alert.ok")).getText().startsWith("Published"));
        String publicUrl = browser.findElement(By.id("public-link")).getAttribute("href");
        Story cranes = host.stories().list(0, 10).items().stream().filter(s -> s.headline().equals(cranesHeadline)).findFirst().orElseThrow();
        assertEquals(StoryStatus.PUBLISHED, cranes.status());
        assertEquals("maria", cranes.createdBy());
        assertEquals(base + "/media-wire" + cranes.path(), publicUrl);
        shot("import-11-published");
        browser.get(publicUrl);
        assertEquals(cranesHeadline, browser.findElement(By.tagName("h1")).getText());
        String page = browser.findElement(By.tagName("body")).getText();
        assertTrue(page.contains("towed on a barge from the refit yard"), page);
        shot("import-12-public-page");
    }

    static void openDialog() {
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.cssSelector("a[data-action=importStory]")));
        assertTrue(browser.getCurrentUrl().endsWith("/.magnolia/admincentral/mediaWire/import"), browser.getCurrentUrl());
        assertEquals("Article or feed URL", browser.findElement(By.cssSelector("label[for=import-url]")).getText());
    }

    /**
     * The job page reloads itself every second while running; wait across the reloads. The title is
     * read in one script call: an element found before a reload and read after it fails in Chromium
     * with a generic "node does not belong to the document" error, not a stale-element one.
     */
    static void waitUntilFinished() {
        new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(200))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> "Import finished".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "var e = document.getElementById('job-title'); return e ? e.textContent.trim() : null;")));
    }

    static List<WebElement> resultRows() {
        return browser.findElements(By.cssSelector("#job-results tbody tr"));
    }

    static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    static void shot(String name) throws Exception {
        HeadlessChromium.fullPageShot(browser, name);
    }
}
