package io.mediawire.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediawire.host.Host;
import io.mediawire.importing.FixtureSite;
import io.mediawire.importing.ImportProgress;
import io.mediawire.importing.ImportSource;
import io.mediawire.importing.ItemResult;
import io.mediawire.story.Story;
import io.mediawire.testing.HeadlessChromium;
import io.mediawire.testing.TestHost;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Chromium opens article pages of imported stories and every request it makes is recorded (the
 * DevTools Network domain's events, from Chromium's performance log): none goes to another host than
 * the site, every picture loads, and the lead image is on the page once.
 */
class ArticleImagesBrowserTest {
    @TempDir
    static Path home;
    static FixtureSite agency;
    static Host host;
    static Story leadInBody;
    static Story leadAbove;
    WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.assumeInstalled();
        agency = new FixtureSite();
        agency.route("/img/lead.jpg", ex -> FixtureSite.send(ex, 200, "image/jpeg", TestImages.jpeg(2000, 1200)));
        agency.route("/img/harbour.png", ex -> FixtureSite.send(ex, 200, "image/png", TestImages.png(900, 600)));
        agency.route("/img/old.gif", ex -> FixtureSite.send(ex, 200, "image/gif", TestImages.gif(300, 200)));
        agency.route("/img/tiny.webp", ex -> FixtureSite.send(ex, 200, "image/webp", TestImages.WEBP_1X1));
        String lead = agency.url("/img/lead.jpg").toString();
        agency.page("/news/in-body", "text/html; charset=utf-8", page("Ferry line opens", lead,
                "<figure><img src=\"" + lead + "\" alt=\"The ferry\"><figcaption>The ferry. Photo: Ana Lima</figcaption></figure>"
                        + text() + "<figure><img src=\"" + agency.url("/img/harbour.png") + "\" alt=\"Harbour map\"></figure>"
                        + "<p><img src=\"" + agency.url("/img/missing.jpg") + "\" alt=\"missing\"></p>" + text()));
        agency.page("/news/above", "text/html; charset=utf-8", page("Harbour plans published", lead,
                text().replace("ferry line", "harbour plan") + "<p><img src=\"" + agency.url("/img/old.gif") + "\" alt=\"Old harbour\"></p>"
                        + "<p><img src=\"" + agency.url("/img/tiny.webp") + "\" alt=\"Dot\"></p>"
                        + "<p>The plans for the old harbour were published on Tuesday after two years of consultation with "
                        + "residents, shop owners and the fishing cooperative, who asked for the quay to stay open.</p>"));
        host = TestHost.startAllowing(home, Clock.systemUTC(), agency.hostPort());
        leadInBody = importPublished("/news/in-body");
        leadAbove = importPublished("/news/above");
    }

    static Story importPublished(String path) {
        List<ItemResult> results = host.services().imports().importNow(List.of(new ImportSource.Url(agency.url(path))),
                true, "editor", ImportProgress.NONE);
        assertEquals(ItemResult.Outcome.IMPORTED, results.get(0).outcome(), results.get(0).describeWithWarnings());
        return host.stories().byId(results.get(0).storyId()).orElseThrow();
    }

    static String page(String headline, String leadImage, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + headline + "</title>"
                + "<meta property=\"og:image\" content=\"" + leadImage + "\"></head><body><article><h1>" + headline + "</h1>"
                + body + "</article></body></html>";
    }

    static String text() {
        return "<p>The harbour city opened its first all-electric ferry line on Monday, with four boats that charge at "
                + "each end of the crossing while passengers board, the council said in a statement on its website.</p>"
                + "<p>Officials expect twelve thousand riders a day once the timetable is complete, and say the line "
                + "will save about four thousand tonnes of carbon dioxide a year compared with the diesel boats.</p>";
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
        if (agency != null) {
            agency.close();
        }
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = HeadlessChromium.startRecordingNetwork("--window-size=1280,900", "--lang=en-GB");
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anArticleWhoseBodyStartsWithTheLeadLoadsEverythingFromTheSiteAndShowsTheLeadOnce() throws Exception {
        List<String> requests = visit(leadInBody);
        String leadId = assetId("/img/lead.jpg");
        assertEquals(1, countImages(leadId), "the lead once");
        assertTrue(browser.findElements(By.cssSelector(".story__image")).isEmpty());
        assertEquals(2, browser.findElements(By.cssSelector(".story__body img")).size(), "lead and map; the missing one left out");
        assertOnlyTheSite(requests);
        HeadlessChromium.fullPageShot(browser, "article-images-lead-in-body");
    }

    @Test
    void anArticleWhoseLeadIsNotInTheBodyShowsItAboveTheBodyOnce() throws Exception {
        List<String> requests = visit(leadAbove);
        String leadId = assetId("/img/lead.jpg");
        assertEquals(1, countImages(leadId), "the lead once");
        assertEquals(1, browser.findElements(By.cssSelector(".story__image img")).size());
        assertEquals(null, browser.findElement(By.cssSelector(".story__image img")).getDomAttribute("loading"),
                "the lead is not lazy");
        browser.findElements(By.cssSelector(".story__body img"))
                .forEach(img -> assertEquals("lazy", img.getDomAttribute("loading"), "below the lead: lazy"));
        assertOnlyTheSite(requests);
    }

    /** Opens the story's page, scrolls to its end so lazy pictures load, and returns every URL Chromium requested. */
    private List<String> visit(Story story) throws Exception {
        browser.get(host.baseUri().resolve("media-wire" + story.path()).toString());
        JavascriptExecutor js = (JavascriptExecutor) browser;
        for (WebElement img : browser.findElements(By.tagName("img"))) {
            js.executeScript("arguments[0].scrollIntoView()", img);
        }
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> (Boolean) js.executeScript(
                "return Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)"));
        List<String> urls = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (LogEntry entry : browser.manage().logs().get("performance")) {
            JsonNode message = json.readTree(entry.getMessage()).path("message");
            if ("Network.requestWillBeSent".equals(message.path("method").asText())) {
                urls.add(message.path("params").path("request").path("url").asText());
            }
        }
        assertFalse(urls.isEmpty(), "the performance log recorded the page's requests");
        assertTrue(urls.stream().anyMatch(u -> u.contains("/.imaging/mte/media-wire/") || u.contains("/dam/jcr:")),
                "pictures were loaded from the site: " + urls);
        return urls;
    }

    private void assertOnlyTheSite(List<String> requests) {
        URI site = host.baseUri();
        for (String url : requests) {
            if (url.startsWith("data:") || url.startsWith("about:")) {
                continue;
            }
            URI uri = URI.create(url);
            assertEquals(site.getHost() + ":" + site.getPort(), uri.getHost() + ":" + uri.getPort(),
                    "a request to another host than the site: " + url + " (all: " + requests + ")");
        }
    }

    private long countImages(String assetId) {
        return browser.findElements(By.tagName("img")).stream()
                .filter(img -> String.valueOf(img.getAttribute("currentSrc")).contains(assetId)).count();
    }

    private static String assetId(String agencyPath) {
        AssetStore assets = host.services().components().getComponent(AssetStore.class).orElseThrow();
        return assets.bySourceUrl(agency.url(agencyPath).toString()).orElseThrow().id();
    }
}
