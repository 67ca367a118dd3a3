package io.mediawire.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.security.Role;
import io.mediawire.host.security.UserStore;
import io.mediawire.host.Host;
import io.mediawire.story.AgencyCopy;
import io.mediawire.story.CreateResult;
import io.mediawire.story.NewStory;
import io.mediawire.story.Story;
import io.mediawire.story.StoryStatus;
import io.mediawire.story.StoryStore;
import io.mediawire.testing.HeadlessChromium;
import io.mediawire.testing.MutableClock;
import io.mediawire.testing.TestHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * An editor's day in a real (headless) Chromium, minus the import: sign in, find stories,
 * search, restyle a headline, see that the body has no editable control, publish, see the
 * public link, unpublish, delete with confirmation. Screenshots go to target/screenshots/.
 */
class AuthoringBrowserTest {
    static final String PASSWORD = "correct horse battery";
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @TempDir
    static Path home;
    static MutableClock clock = new MutableClock(Instant.parse("2025-03-10T06:00:00Z"));
    static Host host;
    static WebDriver browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.assumeInstalled();
        host = TestHost.start(home, clock, false, false);
        base = host.baseUri().toString().replaceAll("/$", "");
        UserStore users = new UserStore(host.services().sessions(), clock);
        users.add("maria", PASSWORD.toCharArray(), EnumSet.of(Role.EDITOR), "test");
        users.add("chief", PASSWORD.toCharArray(), EnumSet.of(Role.ADMIN, Role.EDITOR), "test");
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
    }

    static List<Story> seed() {
        StoryStore store = host.stories();
        String[][] stories = {
                {"Harbour Times", "Dock workers vote to end three-week harbour strike",
                        "<p>Dock workers voted on Monday to end a three-week strike that had left container ships "
                                + "waiting off the coast.</p><h2>What the deal says</h2><p>The agreement raises pay by "
                                + "4.5 percent this year.</p><blockquote><p>“We got what we came for,” said the union's "
                                + "chair.</p></blockquote><ul><li>Ships to berth from Wednesday</li><li>Overtime rules "
                                + "reviewed in June</li></ul>"},
                {"Valley Courier", "Rail line reopens after landslide repairs",
                        "<p>The mountain rail line reopened on Sunday after six weeks of repairs.</p>"},
                {"North Sea Wire", "Offshore wind farm reaches full output",
                        "<p>The wind farm delivered its full 1.2 gigawatts for the first time.</p>"},
                {"City Ledger", "Council approves budget for new library",
                        "<p>The council approved the budget by a large majority.</p>"},
                {"Harbour Times", "Fishing quotas set for the coming season",
                        "<p>Quotas for cod were cut while herring quotas rose.</p>"},
        };
        List<Story> created = new ArrayList<>();
        for (String[] s : stories) {
            clock.advance(Duration.ofMinutes(37));
            NewStory story = NewStory.of(AgencyCopy.builder().headline(s[1]).body(s[2]).sourceName(s[0])
                    .url("https://" + s[0].toLowerCase().replace(' ', '-')
                            + ".example/news/" + s[1].toLowerCase().replaceAll("[^a-z0-9]+", "-"))
                    .author("Staff reporter").published(clock.instant().minus(Duration.ofHours(2))).build());
            created.add(((CreateResult.Created) store.create(story, "importer")).story());
        }
        // One already on the site, so the list shows every status.
        store.publish(created.get(1).id(), "chief");
        clock.advance(Duration.ofMinutes(5));
        return created;
    }

    @Test
    void anEditorsDay() throws Exception {
        List<Story> stories = seed();
        Story strike = stories.get(0);

        // Anonymous: the app sends us to the login page.
        browser.get(base + "/.magnolia/admincentral/mediaWire");
        assertTrue(browser.getCurrentUrl().contains("/.magnolia/admincentral/login?next="), browser.getCurrentUrl());
        shot("01-login");
        browser.findElement(By.id("username")).sendKeys("maria");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.cssSelector("button[type=submit]")));

        // The list, newest import first, columns from the app YAML.
        assertTrue(browser.getCurrentUrl().endsWith("/.magnolia/admincentral/mediaWire"), browser.getCurrentUrl());
        List<String> headers = browser.findElements(By.cssSelector("table.stories th")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("HEADLINE", "SOURCE", "PUBLISHED HERE", "STATUS", "IMPORTED"), headers);
        List<WebElement> rows = browser.findElements(By.cssSelector("table.stories tbody tr"));
        assertEquals(5, rows.size());
        assertTrue(rows.get(0).getText().startsWith("Fishing quotas"), "newest import first");
        assertTrue(browser.findElement(By.cssSelector("a[data-action=importStory]")).getAttribute("href")
                .endsWith("/.magnolia/admincentral/mediaWire/import"));
        assertEquals(List.of("importStory"), actionbar(), "the root section offers the import only");
        shot("02-list");

        // Search.
        WebElement search = browser.findElement(By.id("q"));
        search.sendKeys("harbour strike");
        HeadlessChromium.submitAndWait(browser, search);
        rows = browser.findElements(By.cssSelector("table.stories tbody tr"));
        assertEquals(1, rows.size(), "only the strike story has both words");
        shot("03-search");

        // Open it: the headline is editable, the body is shown but has no control.
        HeadlessChromium.clickAndWait(browser, rows.get(0).findElement(By.linkText(strike.headline())));
        assertEquals("Not public yet: publish the story to put it on the site.", browser.findElement(By.id("not-public")).getText());
        WebElement body = browser.findElement(By.id("story-body"));
        assertTrue(body.getText().contains("Dock workers voted on Monday"));
        assertTrue(browser.findElements(By.name("body")).isEmpty(), "no form control for the body");
        assertTrue(body.findElements(By.cssSelector("input, textarea, select, [contenteditable]")).isEmpty());
        assertEquals("false", String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.getElementById('story-body').isContentEditable")));
        for (String readOnly : List.of("sourceName", "sourceUrl", "author")) {
            assertTrue(browser.findElements(By.name(readOnly)).isEmpty(), readOnly);
        }
        shot("04-detail");

        // Restyle the headline.
        WebElement headline = browser.findElement(By.id("f-headline"));
        headline.clear();
        headline.sendKeys("Harbour strike ends: ships to berth from Wednesday");
        shot("05-editing");
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.cssSelector("#story-form button[type=submit]")));
        assertEquals("Saved.", browser.findElement(By.cssSelector(".alert.ok")).getText());
        assertEquals("Harbour strike ends: ships to berth from Wednesday", browser.findElement(By.id("story-title")).getText());
        assertEquals(strike.headline(), browser.findElement(By.id("original-headline")).getText());
        Story saved = host.stories().byId(strike.id()).orElseThrow();
        assertEquals("maria", saved.lastModifiedBy());
        assertEquals(strike.original().body(), saved.original().body());

        // Preview the draft's article page, as the public will see it once published.
        String form = browser.getCurrentUrl();
        browser.get(browser.findElement(By.id("preview-link")).getAttribute("href"));
        assertEquals("Harbour strike ends: ships to berth from Wednesday",
                browser.findElement(By.cssSelector("article.story h1")).getText());
        assertTrue(browser.findElement(By.cssSelector("article.story .story__body")).getText().contains("Dock workers voted on Monday"));
        assertEquals("Source: Harbour Times", browser.findElement(By.cssSelector("article.story p.source")).getText());
        shot("05b-preview");
        browser.get(form);

        // The story's action bar, in the YAML's group order; a draft can be published, not unpublished.
        assertEquals(List.of("publish", "confirmDeletion"), actionbar());

        // Publish: the public page link appears.
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.cssSelector("button[data-action=publish]")));
        assertTrue(browser.findElement(By.cssSelector(".alert.ok")).getText().startsWith("Published"));
        WebElement publicLink = browser.findElement(By.id("public-link"));
        assertEquals(base + "/media-wire" + strike.path(), publicLink.getAttribute("href"));
        assertEquals(StoryStatus.PUBLISHED, host.stories().byId(strike.id()).orElseThrow().status());
        assertEquals("maria", host.stories().byId(strike.id()).orElseThrow().lastActivatedBy());
        assertEquals(List.of("unpublish", "confirmDeletion"), actionbar(), "published: unpublish instead of publish");
        shot("06-published");

        // Unpublish.
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.cssSelector("button[data-action=unpublish]")));
        assertTrue(browser.findElement(By.cssSelector(".alert.ok")).getText().startsWith("Unpublished"));
        assertFalse(host.stories().byId(strike.id()).orElseThrow().isPublished());
        assertTrue(browser.findElements(By.id("public-link")).isEmpty());
        shot("07-unpublished");

        // Delete asks first; keeping the story changes nothing.
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.cssSelector("a[data-action=confirmDeletion]")));
        assertEquals("Delete this story?", browser.findElement(By.id("confirm-title")).getText());
        assertEquals("Keep it", browser.findElement(By.id("cancel-button")).getText());
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.id("cancel-button")));
        assertTrue(host.stories().byId(strike.id()).isPresent());
        assertEquals("Harbour strike ends: ships to berth from Wednesday", browser.findElement(By.id("story-title")).getText());

        // Delete, confirmed: the confirmation runs its success action.
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.cssSelector("a[data-action=confirmDeletion]")));
        shot("08-confirm-delete");
        assertEquals("Delete story", browser.findElement(By.id("confirm-button")).getText());
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.id("confirm-button")));
        assertEquals("The story was deleted.", browser.findElement(By.cssSelector(".alert.ok")).getText());
        assertTrue(host.stories().byId(strike.id()).isEmpty());
        assertEquals(4, browser.findElements(By.cssSelector("table.stories tbody tr")).size());
        shot("09-deleted");

        // Sign out.
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.cssSelector(".who button")));
        assertEquals("You are signed out.", browser.findElement(By.cssSelector(".alert.ok")).getText());
        browser.get(base + "/.magnolia/admincentral/mediaWire");
        assertTrue(browser.getCurrentUrl().contains("/login"));
    }

    /** The actions the page's action bar offers, in order. */
    private List<String> actionbar() {
        return browser.findElements(By.cssSelector(".actionbar [data-action]")).stream()
                .map(e -> e.getAttribute("data-action")).toList();
    }

    @Test
    void anAdminAddsAnEditor() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(base + "/.magnolia/admincentral/login");
        browser.findElement(By.id("username")).sendKeys("chief");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.cssSelector("button[type=submit]")));
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.linkText("Users")));
        browser.findElement(By.id("name")).sendKeys("jonas");
        browser.findElement(By.id("password")).sendKeys("a long enough password");
        browser.findElement(By.id("password2")).sendKeys("a long enough password");
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.cssSelector("form[aria-labelledby=add-title] button[type=submit]")));
        assertEquals("Added the user jonas.", browser.findElement(By.cssSelector(".alert.ok")).getText());
        shot("10-users");
        HeadlessChromium.clickAndWait(browser, browser.findElement(By.cssSelector(".who button")));
    }

    static void shot(String name) throws Exception {
        HeadlessChromium.fullPageShot(browser, name);
    }
}
