package io.mediawire.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediawire.host.Host;
import io.mediawire.story.AgencyCopy;
import io.mediawire.story.CreateResult;
import io.mediawire.story.NewStory;
import io.mediawire.story.Story;
import io.mediawire.story.StoryStore;
import io.mediawire.testing.MutableClock;
import io.mediawire.testing.TestHost;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The article page, the 404 page and their HTML, from a real repository over real HTTP. Read-only: nothing here changes stories. */
class ArticlePageTest {
    static final Instant NOW = Instant.parse("2025-03-12T12:00:00Z");
    static final String BODY = "<p>Albania is ending diplomatic relations with Iran, Prime Minister Edi Rama said on Wednesday.</p>\n"
            + "<p>“The government has decided with immediate effect to end diplomatic relations,” Rama stated in a "
            + "<a href=\"https://example.org/statement\">video statement</a>.</p>\n<h2>Background</h2>\n"
            + "<ul><li>Tense relations since 2014</li><li>3,000 members accepted</li></ul>";

    @TempDir
    static Path home;
    static Host host;
    static SiteHttp http;
    static MutableClock clock = new MutableClock(NOW);
    static Story main;
    static Story draft;
    static Story withdrawn;
    static Story hostile;
    static Story persian;
    static Story arabic;
    static final List<Story> others = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        host = TestHost.start(home, clock, false, false);
        http = new SiteHttp(host.baseUri());
        StoryStore store = host.stories();
        // Seven older stories, an hour apart: the recent list shows the newest six other than the one on the page.
        for (int i = 1; i <= 7; i++) {
            others.add(publish(store, NewStory.of("Other story number " + i, "<p>Text of other story " + i
                    + " which is long enough to need a teaser that is cut somewhere near one hundred characters.</p>",
                    "Agency " + i, "https://agency.example/other-" + i), NOW.minus(Duration.ofHours(20 - i))));
        }
        main = publish(store, NewStory.of(AgencyCopy.builder()
                .headline("Albania PM says severing ties with Iran over ‘cyberattack’").body(BODY)
                .sourceName("Tehran Times").url("https://www.tehrantimes.example/news/477000/albania-severs-ties")
                .author("Staff writer").language("en").build()), NOW.minus(Duration.ofMinutes(10)));
        hostile = publish(store, NewStory.of("Breaking </script><script>alert(1)</script> & \"quotes\" <b>bold</b>",
                "<p>Harmless body.</p>", "Odd Wire", "https://odd.example/a?x=1&y='2'"), NOW.minus(Duration.ofDays(30)));
        persian = publish(store, NewStory.of(AgencyCopy.builder().headline("آلبانی روابط دیپلماتیک با ایران را قطع کرد")
                .body("<p>نخست‌وزیر آلبانی روز چهارشنبه اعلام کرد که این کشور روابط دیپلماتیک خود را با ایران قطع می‌کند.</p>")
                .sourceName("خبرگزاری نمونه").url("https://fa.example/news/1").language("fa").build()),
                NOW.minus(Duration.ofDays(31)));
        arabic = publish(store, NewStory.of(AgencyCopy.builder().headline("ألبانيا تقطع علاقاتها مع إيران")
                .body("<p>قالت الحكومة الألبانية يوم الأربعاء.</p>")
                .sourceName("وكالة").url("https://ar.example/news/1").language("ar").build()), NOW.minus(Duration.ofDays(32)));
        draft = created(store.create(NewStory.of("A draft nobody may see", "<p>Draft.</p>", "Agency", "https://agency.example/draft"), "test"));
        withdrawn = publish(store, NewStory.of("A story that was withdrawn", "<p>Gone.</p>", "Agency",
                "https://agency.example/withdrawn"), NOW.minus(Duration.ofDays(40)));
        store.unpublish(withdrawn.id(), "test");
    }

    static Story publish(StoryStore store, NewStory story, Instant at) {
        return ((CreateResult.Created) store.create(story, "test", at.minus(Duration.ofMinutes(5)), at)).story();
    }

    static Story created(CreateResult result) {
        return ((CreateResult.Created) result).story();
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void articleShowsLabelHeadlineBodyAsStoredSourceAndDisclaimer() {
        HttpResponse<String> response = http.get(SiteHttp.link(main.path()));
        assertEquals(200, response.statusCode());
        assertEquals("text/html;charset=utf-8", response.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase());
        assertTrue(response.body().contains(BODY), "the body is output exactly as stored");
        Document page = Jsoup.parse(response.body());
        Element article = page.selectFirst("main article.story");
        assertNotNull(article);
        assertEquals("Media Wire", article.selectFirst("header .kicker").text());
        assertEquals(main.headline(), article.selectFirst("h1").text());
        Element source = article.selectFirst("footer p.source");
        assertEquals("Source: Tehran Times", source.text());
        assertEquals(main.original().url(), source.selectFirst("a").attr("href"));
        String disclaimer = article.selectFirst("footer .disclaimer").text();
        assertTrue(disclaimer.contains("taken from other news agencies"), disclaimer);
        assertTrue(disclaimer.contains("may edit headlines"), disclaimer);
        assertTrue(disclaimer.contains("does not change the content"), disclaimer);
        assertTrue(disclaimer.contains("source and web address"), disclaimer);
        assertTrue(disclaimer.contains("The Daily Courier"), "site name from config.yaml: " + disclaimer);
        // the source line comes after the disclaimer, at the very bottom of the story
        assertTrue(response.body().indexOf("class=\"disclaimer\"") < response.body().indexOf("class=\"source\""));
        assertNotNull(page.selectFirst("aside .recent-posts"));
    }

    @Test
    void recentPostsShowSixNewestOthersWithTeaserAndRelativeTime() {
        Document page = http.page(SiteHttp.link(main.path()));
        Elements items = page.select("aside .recent-posts li");
        assertEquals(6, items.size());
        List<String> expected = new ArrayList<>();
        for (int i = 7; i >= 2; i--) {
            expected.add("Other story number " + i);
        }
        assertEquals(expected, items.eachText().stream().map(t -> t.substring(0, t.indexOf(" Text of"))).toList(),
                "newest first, the current story left out");
        Element first = items.first();
        assertEquals(SiteHttp.link(others.get(6).path()), first.selectFirst("a").attr("href"));
        String teaser = first.selectFirst("p").text();
        assertTrue(teaser.endsWith("…") && teaser.length() <= 101, teaser);
        assertFalse(teaser.contains("somew…"), "cut at a word boundary: " + teaser);
        Element time = first.selectFirst("time");
        assertEquals("2025-03-11T23:00:00Z", time.attr("datetime"));
        assertEquals("13 hours ago", time.text());
        assertEquals("18 hours ago", items.last().selectFirst("time").text());
    }

    @Test
    void recentPostsOnAnotherStoryIncludeTheMainOne() {
        Document page = http.page(SiteHttp.link(others.get(0).path()));
        Elements items = page.select("aside .recent-posts li");
        assertEquals(main.headline(), items.first().selectFirst("a").text());
        assertEquals("10 minutes ago", items.first().selectFirst("time").text());
    }

    @Test
    void headSaysCanonicalSourceOpenGraphAndJsonLd() throws Exception {
        Document page = http.page(SiteHttp.link(main.path()));
        assertEquals(main.original().url(), page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("article", page.selectFirst("meta[property=og:type]").attr("content"));
        assertEquals(main.headline(), page.selectFirst("meta[property=og:title]").attr("content"));
        assertTrue(page.selectFirst("meta[property=og:url]").attr("content").endsWith(SiteHttp.link(main.path())));
        assertTrue(page.selectFirst("meta[property=og:description]").attr("content").startsWith("Albania is ending"));
        JsonNode ld = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertEquals("NewsArticle", ld.get("@type").asText());
        assertEquals(main.headline(), ld.get("headline").asText());
        assertEquals(main.original().url(), ld.get("isBasedOn").asText());
        assertEquals("2025-03-12T11:50:00Z", ld.get("datePublished").asText());
        assertEquals("Staff writer", ld.at("/author/name").asText());
        assertEquals("The Daily Courier", ld.at("/publisher/name").asText());
    }

    @Test
    void hostileHeadlineIsEscapedInHtmlAndCannotLeaveTheJsonLdBlock() throws Exception {
        HttpResponse<String> response = http.get(SiteHttp.link(hostile.path()));
        assertEquals(200, response.statusCode());
        String html = response.body();
        assertFalse(html.contains("<script>alert(1)"), "no script element from a headline");
        assertFalse(html.contains("<b>bold</b>"));
        Document page = Jsoup.parse(html);
        assertEquals(1, page.select("script").size(), "only the JSON-LD block");
        assertEquals(hostile.headline(), page.selectFirst("h1").text());
        assertEquals(hostile.headline(), page.selectFirst("meta[property=og:title]").attr("content"));
        JsonNode ld = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertEquals(hostile.headline(), ld.get("headline").asText());
        assertEquals(hostile.original().url(), ld.get("isBasedOn").asText());
        assertEquals(hostile.original().url(), page.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void persianStoryIsRightToLeftWithPersianLabels() {
        Document page = http.page(SiteHttp.link(persian.path()));
        assertEquals("fa", page.selectFirst("html").attr("lang"));
        assertEquals("rtl", page.selectFirst("html").attr("dir"));
        assertEquals("rtl", page.selectFirst("article.story").attr("dir"));
        assertEquals("آخرین مطالب", page.selectFirst(".recent-posts h2").text());
        assertTrue(page.selectFirst("p.source").text().startsWith("منبع"));
        // Persian digits and words in the relative time
        assertEquals("۱۳ ساعت پیش", page.select(".recent-posts time").get(1).text());
    }

    @Test
    void aPersianSlugLinkFromTheSectionPageLeadsToTheStory() {
        Elements links = http.page("/media-wire/").select(".story-list h2 a");
        links.addAll(http.page("/media-wire/?page=2").select(".story-list h2 a"));
        String href = links.stream().filter(a -> a.text().equals(persian.headline()))
                .findFirst().orElseThrow().attr("href");
        assertTrue(href.startsWith("/media-wire/") && href.chars().allMatch(c -> c < 128), "percent-encoded: " + href);
        assertEquals(persian.headline(), http.page(href).selectFirst("h1").text());
    }

    @Test
    void arabicStoryWithoutArabicLabelsKeepsEnglishChromeButRightToLeftArticle() {
        Document page = http.page(SiteHttp.link(arabic.path()));
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals("ltr", page.selectFirst("html").attr("dir"));
        assertEquals("ar", page.selectFirst("article.story").attr("lang"));
        assertEquals("rtl", page.selectFirst("article.story").attr("dir"));
        assertEquals("Recent Posts", page.selectFirst(".recent-posts h2").text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/media-wire/2099/01/01/no-such-story", "/media-wire/nope", "/media-wire/2025/03/12/",
            "/media-wire/mw:index/published", "/media-wire/2025/03/12/x/y", "/media-wire/2025/03/12/a%5Bb",
            "/media-wire/2025/03/12/%E2%80%8B"})
    void unknownPathsGiveTheNotFoundPage(String path) {
        assertNotFoundPage(http.get(path));
    }

    @Test
    void encodedTraversalIsRefused() {
        HttpResponse<String> response = http.get("/media-wire/..%2F..%2Fetc/passwd");
        assertTrue(response.statusCode() == 400 || response.statusCode() == 404, "gave " + response.statusCode());
        assertFalse(response.body().contains("root:"));
    }

    @Test
    void theArticlePageShowsNoStoryAVisitorNamesOnlyTheOneItsUrlNames() {
        assertNotFoundPage(http.get("/media-wire/article"));
        assertNotFoundPage(http.get("/media-wire/article?story=" + main.path()));
        assertNotFoundPage(http.get("/media-wire/article/aside"));
        assertNotFoundPage(http.get("/media-wire/article/aside/recentPosts"));
    }

    @Test
    void draftsAndWithdrawnStoriesAreNotFound() {
        assertNotFoundPage(http.get(SiteHttp.link(draft.path())));
        assertNotFoundPage(http.get(SiteHttp.link(withdrawn.path())));
    }

    static void assertNotFoundPage(HttpResponse<String> response) {
        assertEquals(404, response.statusCode(), response.uri().toString());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        Document page = Jsoup.parse(response.body());
        assertEquals("Page not found", page.selectFirst("main h1").text());
        assertNotNull(page.selectFirst("header.site-header"), "same layout as the other pages");
        assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
        assertFalse(response.body().contains("Exception"));
    }

    @Test
    void bareSectionPathRedirectsToTheSlash() {
        HttpResponse<String> response = http.get("/media-wire");
        assertEquals(301, response.statusCode());
        assertEquals("/media-wire/", response.headers().firstValue("Location").orElse(""));
    }

    @Test
    void stylesheetIsServedWithItsTypeAndLongCachingWhenVersioned() {
        Document page = http.page(SiteHttp.link(main.path()));
        String href = page.selectFirst("link[rel=stylesheet]").attr("href");
        assertTrue(href.startsWith("/.resources/media-wire/webresources/css/media-wire.css?v="), href);
        HttpResponse<String> css = http.get(href);
        assertEquals(200, css.statusCode());
        assertEquals("text/css; charset=utf-8", css.headers().firstValue("Content-Type").orElse(""));
        assertTrue(css.headers().firstValue("Cache-Control").orElse("").contains("max-age=31536000"));
        assertTrue(css.body().contains(".recent-posts"));
        HttpResponse<String> plain = http.get("/.resources/media-wire/webresources/css/media-wire.css");
        assertEquals("public, max-age=3600", plain.headers().firstValue("Cache-Control").orElse(""));
        String etag = plain.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, http.get("/.resources/media-wire/webresources/css/media-wire.css",
                java.util.Map.of("If-None-Match", etag)).statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/.resources/media-wire/webresources/../config.yaml", "/.resources/media-wire/webresources/%2e%2e/config.yaml",
            "/.resources/media-wire/config.yaml", "/.resources/media-wire/templates/pages/article.ftl",
            "/.resources/media-wire/webresources/css/", "/.resources/media-wire/webresources/css/missing.css",
            "/.resources/media-wire/webresources/..%2F..%2F..%2Fpom.xml", "/.resources/../pom.xml"})
    void onlyFilesUnderWebresourcesAreServed(String path) {
        HttpResponse<String> response = http.get(path);
        assertTrue(response.statusCode() == 404 || response.statusCode() == 400, path + " gave " + response.statusCode());
        assertFalse(response.body().contains("siteName"), "config must not leak");
    }
}
