package io.mediawire.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.Host;
import io.mediawire.host.security.Role;
import io.mediawire.host.security.UserStore;
import io.mediawire.importing.ImportProgress;
import io.mediawire.importing.ImportSource;
import io.mediawire.importing.ItemResult;
import io.mediawire.story.Story;
import io.mediawire.testing.ChangingAgency;
import io.mediawire.testing.HeadlessChromium;
import io.mediawire.testing.MutableClock;
import io.mediawire.testing.TestHost;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * In a real (headless) Chromium: the agency changes a published story, the editor sees "changed at source"
 * in the list, reads the diff on the story's page, accepts, and the public page shows the new text with
 * "Updated". Screenshots go to target/screenshots/.
 */
class RevisionBrowserTest {
    static final String PASSWORD = "correct horse battery";
    static final Instant T = Instant.parse("2026-05-04T07:00:00Z");
    @TempDir
    static Path home;
    static final MutableClock clock = new MutableClock(T);
    static ChangingAgency agency;
    static Host host;
    static WebDriver browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.assumeInstalled();
        agency = new ChangingAgency();
        host = TestHost.startAllowing(home, clock, agency.hostPort());
        base = host.baseUri().toString().replaceAll("/$", "");
        new UserStore(host.services().sessions(), clock).add("maria", PASSWORD.toCharArray(), EnumSet.of(Role.EDITOR), "test");
        browser = HeadlessChromium.startDesktop();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (host != null) {
            host.close();
        }
        if (agency != null) {
            agency.close();
        }
    }

    @Test
    void anEditorReadsTheDiffAcceptsAndReadersSeeTheUpdate() throws Exception {
        agency.article("/news/bridge", "Bridge collapses",
                "Three people were hurt when the old bridge over the river collapsed on Monday morning.",
                "Rescue teams searched the water until the evening and the road stays closed.");
        List<ItemResult> imported = host.services().imports().importNow(
                List.of(new ImportSource.Url(agency.url("/news/bridge"))), true, "maria", ImportProgress.NONE);
        Story story = host.stories().byId(imported.get(0).storyId()).orElseThrow();
        agency.article("/news/bridge", "Bridge collapses",
                "Five people were hurt when the old bridge over the river collapsed on Monday morning.",
                "Rescue teams searched the water until the evening and the road stays closed.");
        clock.advance(Duration.ofMinutes(15));
        host.services().rechecks().runDue();

        browser.get(base + "/.magnolia/admincentral/mediaWire");
        browser.findElement(By.id("username")).sendKeys("maria");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.cssSelector("button[type=submit]")));
        WebElement flag = browser.findElement(By.cssSelector("table.stories [data-flag=changed]"));
        assertEquals("changed at source", flag.getText());
        HeadlessChromium.fullPageShot(browser, "revision-01-list");

        HeadlessChromium.clickAndWait(browser, browser.findElement(By.linkText(story.headline())));
        assertEquals("Three", browser.findElement(By.cssSelector("#diff-before del")).getText());
        assertEquals("Five", browser.findElement(By.cssSelector("#diff-after ins")).getText());
        WebElement before = browser.findElement(By.id("diff-before"));
        WebElement after = browser.findElement(By.id("diff-after"));
        assertTrue(before.getRect().getX() < after.getRect().getX(), "side by side");
        assertEquals(before.getRect().getY(), after.getRect().getY(), "side by side");
        HeadlessChromium.fullPageShot(browser, "revision-02-diff");

        HeadlessChromium.clickAndWait(browser, browser.findElement(By.id("accept-button")));
        assertTrue(browser.findElement(By.cssSelector(".alert.ok")).getText().startsWith("Accepted"));
        assertTrue(browser.findElements(By.id("revision")).isEmpty(), "nothing waits any more");

        browser.get(base + SiteHttp.link(story.path()));
        String body = browser.findElement(By.cssSelector(".story__body")).getText();
        assertTrue(body.contains("Five people were hurt"), body);
        assertFalse(body.contains("Three people"));
        assertTrue(browser.findElement(By.cssSelector(".story__revision--update")).getText().startsWith("Updated"));
        HeadlessChromium.fullPageShot(browser, "revision-03-public");
    }
}
