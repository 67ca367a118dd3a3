package io.mediawire.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.Host;
import io.mediawire.story.AgencyCopy;
import io.mediawire.story.CreateResult;
import io.mediawire.story.NewStory;
import io.mediawire.story.Story;
import io.mediawire.testing.HeadlessChromium;
import io.mediawire.testing.MutableClock;
import io.mediawire.testing.TestHost;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/** The article page in a real (headless) browser: what a reader sees, and a screenshot of it. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArticlePageBrowserTest {

    @TempDir
    static Path home;
    static Host host;
    static WebDriver browser;
    static Story story;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.assumeInstalled();
        host = TestHost.start(home, new MutableClock(Instant.now()), true, false);
        story = ((CreateResult.Created) host.stories().createPublished(NewStory.of(AgencyCopy.builder()
                .headline("Coastal towns agree to share one flood warning system")
                .body("<p>Five coastal towns have agreed to run a single flood warning system, replacing the separate sirens and "
                        + "text alerts that residents said were confusing during last winter’s storms.</p>"
                        + "<p>“One warning, one message, for everyone on this stretch of coast,” the chair of the regional "
                        + "council said after the vote on Tuesday.</p>"
                        + "<h2>Sensors at every river mouth</h2>"
                        + "<p>The system links tide gauges at the harbours with new water-level sensors at six river mouths. "
                        + "Alerts go out by siren, text message and local radio at the same moment.</p>"
                        + "<blockquote><p>“Last year some streets heard the siren and others did not,” one resident said.</p></blockquote>"
                        + "<p>The towns will share the running costs according to population. The first joint drill is planned "
                        + "for early spring.</p>")
                .sourceName("Shoreline News Agency (sample)")
                .url("https://shoreline-news.example/regions/shared-flood-warning")
                .author("Maria Lindqvist").language("en").build()), "test")).story();
        browser = HeadlessChromium.start("--hide-scrollbars", "--force-device-scale-factor=1");
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

    @Test
    @Order(1)
    void readerSeesHeadlineBodySourceAndRecentPosts() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 1500));
        browser.get(host.baseUri().resolve("media-wire" + story.path()).toString());

        WebElement headline = browser.findElement(By.cssSelector("article h1"));
        assertTrue(headline.isDisplayed());
        assertEquals(story.headline(), headline.getText());
        WebElement body = browser.findElement(By.cssSelector("article .story__body"));
        assertTrue(body.isDisplayed());
        assertTrue(body.getText().contains("Five coastal towns have agreed"));
        WebElement source = browser.findElement(By.cssSelector("article footer p.source a"));
        assertTrue(source.isDisplayed());
        assertEquals(story.original().url(), source.getAttribute("href"));
        assertEquals("Shoreline News Agency (sample)", source.getText());
        List<WebElement> recent = browser.findElements(By.cssSelector("aside .recent-posts li"));
        assertEquals(6, recent.size());
        for (WebElement item : recent) {
            assertTrue(item.isDisplayed());
            String time = item.findElement(By.tagName("time")).getText();
            assertTrue(time.endsWith(" ago") || time.equals("just now"), item.getText());
        }
        // the stylesheet applied: a two-column layout on a wide screen, the sidebar to the right of the story
        assertTrue(browser.findElement(By.cssSelector("aside.sidebar")).getLocation().getX()
                > headline.getLocation().getX() + 400, "sidebar beside the story");
        save("article-page.png");

        browser.manage().window().setSize(new Dimension(420, 1800));
        browser.navigate().refresh();
        assertTrue(browser.findElement(By.cssSelector("aside .recent-posts")).getLocation().getY()
                > browser.findElement(By.cssSelector("article .story__body")).getLocation().getY(), "one column on a phone");
        save("article-page-mobile.png");
    }

    @Test
    @Order(3)
    void aPersianStoryReadsRightToLeft() throws Exception {
        Story persian = ((CreateResult.Created) host.stories().createPublished(NewStory.of(AgencyCopy.builder()
                .headline("شهرهای ساحلی یک سامانه مشترک هشدار سیل راه‌اندازی می‌کنند")
                .body("<p>پنج شهر ساحلی توافق کردند که یک سامانه واحد هشدار سیل را به کار بگیرند.</p>"
                        + "<p>به گفته رئیس شورای منطقه، هشدارها هم‌زمان با آژیر، پیامک و رادیوی محلی فرستاده می‌شوند.</p>")
                .sourceName("خبرگزاری نمونه").url("https://fa-news.example/flood-warning").language("fa").build()),
                "test")).story();
        browser.manage().window().setSize(new Dimension(1280, 1100));
        browser.get(host.baseUri().resolve("media-wire" + persian.path()).toString());
        assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
        WebElement article = browser.findElement(By.cssSelector("article.story"));
        assertTrue(browser.findElement(By.cssSelector("aside.sidebar")).getLocation().getX() < article.getLocation().getX(),
                "in a right-to-left page the sidebar is on the left");
        assertEquals("آخرین مطالب", browser.findElement(By.cssSelector(".recent-posts h2")).getText());
        save("article-page-fa.png");
    }

    @Test
    @Order(2)
    void sectionPageListsTheStories() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 1400));
        browser.get(host.baseUri().resolve("media-wire/").toString());
        List<WebElement> cards = browser.findElements(By.cssSelector(".story-list .story-card"));
        assertEquals(Math.min(10, host.stories().countPublished()), cards.size());
        assertTrue(cards.stream().anyMatch(c -> c.findElement(By.tagName("a")).getText().equals(story.headline())));
        save("section-page.png");
    }

    static void save(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
