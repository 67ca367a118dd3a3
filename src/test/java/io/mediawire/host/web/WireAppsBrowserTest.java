package io.mediawire.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.Host;
import io.mediawire.host.HostOptions;
import io.mediawire.host.benchmark.FixtureAgency;
import io.mediawire.host.security.Role;
import io.mediawire.host.security.UserStore;
import io.mediawire.importing.ImportSettings;
import io.mediawire.magnolia.ModuleSettings;
import io.mediawire.subscriptions.SubscriptionSettings;
import io.mediawire.testing.HeadlessChromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An editor sets up the wire in a real (headless) Chromium against a fixture agency on loopback: signs
 * in, adds the agency as a source, subscribes to its feed, runs it now, and finds the new stories in
 * the story list and the run in the feed's log. The scheduler does not poll here, so the run is the
 * editor's. Screenshots go to target/screenshots/wire-*.png.
 */
class WireAppsBrowserTest {
    static final String PASSWORD = "correct horse battery";

    @TempDir
    static Path home;
    static FixtureAgency agency;
    static Host host;
    static WebDriver browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.assumeInstalled();
        agency = new FixtureAgency("127.0.0.1");
        Files.createDirectories(home);
        ModuleSettings settings = new ModuleSettings(ZoneId.of("UTC"), Clock.systemUTC(), false)
                .withProperty(ImportSettings.ALLOW_PRIVATE, agency.hostPort())
                .withProperty(SubscriptionSettings.POLL, "false");
        host = Host.start(new HostOptions(home, "127.0.0.1", 0, Path.of("light-modules"), false, settings));
        base = host.baseUri().toString().replaceAll("/$", "");
        new UserStore(host.services().sessions(), Clock.systemUTC())
                .add("maria", PASSWORD.toCharArray(), EnumSet.of(Role.EDITOR), "test");
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
    void anEditorAddsASourceSubscribesRunsItAndSeesTheStoriesAndTheLog() throws Exception {
        agency.feed("coast");
        agency.publish("coast", FixtureAgency.Item.of("coast-1", "Lighthouse keeper retires after forty years",
                "The last keeper of the north lighthouse retired on Friday."));
        agency.publish("coast", FixtureAgency.Item.of("coast-2", "Ferry adds a night crossing",
                "A night crossing runs from Thursday to Sunday all summer."));

        // Sign in, straight to the Sources view.
        browser.get(base + "/.magnolia/admincentral/mediaWireSources");
        browser.findElement(By.id("username")).sendKeys("maria");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.cssSelector("button[type=submit]")));
        assertTrue(browser.getCurrentUrl().endsWith("/mediaWireSources"), browser.getCurrentUrl());
        assertEquals("Sources", browser.findElement(By.cssSelector(".mainnav [aria-current=page]")).getText());

        // Add the agency as a source.
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.cssSelector("[data-action=addSource]")));
        browser.findElement(By.id("f-name")).sendKeys("Coast Wire");
        browser.findElement(By.id("f-hosts")).sendKeys("127.0.0.1");
        new Select(browser.findElement(By.id("f-headlinePolicy"))).selectByValue("shortenOnly");
        browser.findElement(By.id("f-usageTerms")).sendKeys("Credit Coast Wire under every story.");
        shot("wire-01-new-source");
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.id("item-save")));
        assertEquals("Added.", text("notice"));
        assertEquals("Coast Wire", text("item-title"));

        // Subscribe to its feed from the source's page: the form has the source chosen.
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.id("subscribe-link")));
        assertEquals("Coast Wire", new Select(browser.findElement(By.id("f-source"))).getFirstSelectedOption().getText());
        String feedUrl = agency.feed("coast").toString();
        browser.findElement(By.id("f-url")).sendKeys(feedUrl);
        shot("wire-02-subscribe");
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.id("item-save")));
        assertEquals(feedUrl, text("item-title"));
        assertEquals("No runs yet.", text("run-log-empty"));

        // Run it now: two new stories, and the run in the log.
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.cssSelector("[data-action=runNow]")));
        assertTrue(text("notice").startsWith("Run finished"), text("notice"));
        WebElement run = browser.findElement(By.cssSelector("#run-log tbody tr"));
        assertTrue(run.getText().contains("2 new"), run.getText());
        assertTrue(run.getText().contains("Run now"), run.getText());
        assertEquals("Healthy", text("feed-health"));
        assertEquals("2", text("feed-new-today"));
        shot("wire-03-feed-after-run");

        // The Feeds view lists it with its badge; the story list has the stories.
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.linkText("Feeds")));
        String feeds = text("feeds-list");
        assertTrue(feeds.contains(feedUrl) && feeds.contains("Healthy") && feeds.contains("Coast Wire"), feeds);
        shot("wire-04-feeds");
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.linkText("Stories")));
        String stories = browser.findElement(By.cssSelector("table.stories")).getText();
        assertTrue(stories.contains("Lighthouse keeper retires after forty years"), stories);
        assertTrue(stories.contains("Ferry adds a night crossing"), stories);
        shot("wire-05-stories");
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.linkText("Sources")));
        assertTrue(text("sources-list").contains("1 healthy"), text("sources-list"));
        shot("wire-06-sources");
    }

    static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    static void shot(String name) throws Exception {
        HeadlessChromium.fullPageShot(browser, name);
    }
}
