package io.mediawire.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.Host;
import io.mediawire.story.CreateResult;
import io.mediawire.story.NewStory;
import io.mediawire.story.Story;
import io.mediawire.story.StoryEdit;
import io.mediawire.story.StoryStore;
import io.mediawire.testing.MutableClock;
import io.mediawire.testing.TestHost;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * HTTP caching of the site: validators, 304, HEAD, the rendered-page cache and its invalidation,
 * and relative times that stay right on a cached page while the clock moves.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SiteCachingTest {
    static final Instant START = Instant.parse("2025-03-12T12:00:00Z");

    @TempDir
    static Path home;
    static Host host;
    static SiteHttp http;
    static final MutableClock clock = new MutableClock(START);
    static StoryStore store;
    static Story page;     // the article we look at
    static Story subject;  // the story whose relative time we watch in page's recent posts

    @BeforeAll
    static void start() throws Exception {
        host = TestHost.start(home, clock, false, false);
        http = new SiteHttp(host.baseUri());
        store = host.stories();
        page = publish("The page we watch", START.minus(Duration.ofDays(2)));
        subject = publish("The subject of the relative time", START);
    }

    static Story publish(String headline, Instant at) {
        return ((CreateResult.Created) store.create(NewStory.of(headline, "<p>Body of " + headline + ".</p>", "Wire",
                "https://wire.example/" + headline.hashCode()), "test", at.minusSeconds(60), at)).story();
    }

    @BeforeEach
    void resetClock() {
        clock.set(START);
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
    }

    static String subjectTime(Document document) {
        return document.select(".recent-posts li").stream()
                .filter(li -> li.selectFirst("a").text().equals(subject.headline()))
                .findFirst().orElseThrow().selectFirst("time").text();
    }

    @ParameterizedTest(name = "{0} seconds after -> {1}")
    @Order(1)
    @CsvSource({
            "0, just now", "59, just now", "60, 1 minute ago", "119, 1 minute ago", "120, 2 minutes ago",
            "3540, 59 minutes ago", "3599, 59 minutes ago", "3600, 1 hour ago", "7199, 1 hour ago", "7200, 2 hours ago",
            "82800, 23 hours ago", "86399, 23 hours ago", "86400, 1 day ago", "172799, 1 day ago", "172800, 2 days ago",
            "604799, 6 days ago", "604800, 12 March 2025", "2592000, 12 March 2025"})
    void relativeTimeOfACachedPageFollowsTheClock(long seconds, String expected) {
        String path = SiteHttp.link(page.path());
        http.get(path); // rendered and cached at START
        clock.set(START.plusSeconds(seconds));
        assertEquals(expected, subjectTime(http.page(path)));
        assertEquals(START.toString().replace(".000", ""), http.page(path).select(".recent-posts li time").first().attr("datetime"));
    }

    @Test
    @Order(2)
    void theSameCachedPageChangesItsTextAndValidatorsWhenTheClockMoves() {
        String path = SiteHttp.link(page.path());
        HttpResponse<String> first = http.get(path);
        clock.advance(Duration.ofMinutes(7));
        HttpResponse<String> second = http.get(path);
        assertEquals("just now", subjectTime(Jsoup.parse(first.body())));
        assertEquals("7 minutes ago", subjectTime(Jsoup.parse(second.body())));
        assertNotEquals(first.headers().firstValue("ETag"), second.headers().firstValue("ETag"));
        // The text changed this very second: a date now could be repeated by another change within the second.
        assertTrue(second.headers().firstValue("Last-Modified").isEmpty());
        clock.advance(Duration.ofSeconds(1));
        HttpResponse<String> later = http.get(path);
        assertEquals(second.body(), later.body());
        assertEquals(second.headers().firstValue("ETag"), later.headers().firstValue("ETag"));
        // Last-Modified is the moment the text changed: 7 minutes after publication
        assertEquals(httpDate(START.plus(Duration.ofMinutes(7))), later.headers().firstValue("Last-Modified").orElse(""));
        // the old ETag no longer matches, the new one does
        assertEquals(200, http.get(path, Map.of("If-None-Match", first.headers().firstValue("ETag").orElseThrow())).statusCode());
        assertEquals(304, http.get(path, Map.of("If-None-Match", second.headers().firstValue("ETag").orElseThrow())).statusCode());
    }

    @Test
    @Order(3)
    void secondRequestWithValidatorsGets304() {
        String path = SiteHttp.link(page.path());
        clock.advance(Duration.ofSeconds(30)); // past the second of the last change, so the page has a date
        HttpResponse<String> first = http.get(path);
        assertEquals(200, first.statusCode());
        assertEquals("public, max-age=60", first.headers().firstValue("Cache-Control").orElse(""));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<String> byTag = http.get(path, Map.of("If-None-Match", etag));
        assertEquals(304, byTag.statusCode());
        assertEquals("", byTag.body());
        assertEquals(etag, byTag.headers().firstValue("ETag").orElse(""));
        assertEquals(304, http.get(path, Map.of("If-None-Match", "\"other\", " + etag)).statusCode());
        assertEquals(304, http.get(path, Map.of("If-None-Match", "W/" + etag)).statusCode());
        assertEquals(200, http.get(path, Map.of("If-None-Match", "\"other\"")).statusCode());
        assertEquals(304, http.get(path, Map.of("If-Modified-Since", lastModified)).statusCode());
        assertEquals(200, http.get(path, Map.of("If-Modified-Since", httpDate(START.minusSeconds(1)))).statusCode());
        // If-None-Match wins over If-Modified-Since
        assertEquals(200, http.get(path, Map.of("If-None-Match", "\"other\"", "If-Modified-Since", lastModified)).statusCode());
        assertEquals(200, http.get(path, Map.of("If-Modified-Since", "not a date")).statusCode());
    }

    @Test
    @Order(4)
    void headGivesTheHeadersOfGetWithoutABody() {
        String path = SiteHttp.link(page.path());
        HttpResponse<String> get = http.get(path);
        HttpResponse<String> head = http.head(path);
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(get.headers().firstValue("ETag"), head.headers().firstValue("ETag"));
        assertEquals(get.headers().firstValue("Last-Modified"), head.headers().firstValue("Last-Modified"));
        assertEquals(String.valueOf(get.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
                head.headers().firstValue("Content-Length").orElse(""));
        assertEquals(404, http.head("/media-wire/2020/01/01/none").statusCode());
        assertEquals(200, http.head("/media-wire/").statusCode());
    }

    @Test
    @Order(5)
    void headlineEditShowsAtOnceOnTheStoryAndInOtherPagesRecentPosts() {
        String path = SiteHttp.link(page.path());
        String other = SiteHttp.link(subject.path());
        http.get(path);
        http.get(other); // both cached now
        clock.advance(Duration.ofMinutes(1));
        store.edit(page.id(), StoryEdit.headline("An edited headline"), "editor");
        Document edited = http.page(path);
        assertEquals("An edited headline", edited.selectFirst("h1").text());
        assertEquals("An edited headline", edited.selectFirst("meta[property=og:title]").attr("content"));
        assertTrue(http.page(other).select(".recent-posts a").eachText().contains("An edited headline"));
        assertTrue(http.page("/media-wire/").select(".story-list a").eachText().contains("An edited headline"));
    }

    @Test
    @Order(6)
    void publishAndUnpublishChangeEveryCachedPageAtOnce() {
        String path = SiteHttp.link(page.path());
        clock.advance(Duration.ofSeconds(150)); // past the headline edit above and the last label change: a date
        HttpResponse<String> before = http.get(path);
        clock.advance(Duration.ofMinutes(2));
        Story fresh = ((CreateResult.Created) store.create(NewStory.of("Freshly published story", "<p>New.</p>", "Wire",
                "https://wire.example/fresh"), "test")).story();
        assertEquals(before.body(), http.get(path).body().replace("4 minutes ago", "2 minutes ago"),
                "a draft changes nothing but the relative times");
        store.publish(fresh.id(), "editor");
        HttpResponse<String> after = http.get(path);
        Document document = Jsoup.parse(after.body());
        assertEquals("Freshly published story", document.selectFirst(".recent-posts a").text());
        assertEquals("just now", document.selectFirst(".recent-posts time").text());
        assertTrue(after.headers().firstValue("Last-Modified").isEmpty(), "published this second: no date yet");
        Instant published = clock.instant();
        clock.advance(Duration.ofSeconds(1));
        assertEquals(httpDate(published), http.get(path).headers().firstValue("Last-Modified").orElse(""));
        assertEquals(200, http.get(path, Map.of("If-Modified-Since", before.headers().firstValue("Last-Modified").orElseThrow()))
                .statusCode(), "a client holding the old page must get the new one");
        assertEquals(200, http.get(SiteHttp.link(fresh.path())).statusCode());

        store.unpublish(fresh.id(), "editor");
        assertEquals(404, http.get(SiteHttp.link(fresh.path())).statusCode());
        assertTrue(http.page(path).select(".recent-posts a").eachText().stream().noneMatch(t -> t.equals("Freshly published story")));
    }

    @Test
    @Order(7)
    void sectionPageIsNewestFirstAndPaginated() {
        // 10 per page (config.yaml): add enough stories for three pages
        for (int i = 0; i < 21; i++) {
            publish("Section story " + i, START.minus(Duration.ofHours(1)).plusSeconds(i));
        }
        Document first = http.page("/media-wire/");
        List<String> headlines = first.select(".story-list h2 a").eachText();
        assertEquals(10, headlines.size());
        assertEquals(subject.headline(), headlines.get(0), "newest first by publish time");
        assertEquals("Section story 20", headlines.get(1));
        assertTrue(first.select("a[rel=prev]").isEmpty());
        assertEquals("/media-wire/?page=2", first.selectFirst("nav.pager a[rel=next]").attr("href"));
        assertEquals("Page 1 of 3", first.selectFirst(".pager__status").text());

        Document second = http.page("/media-wire/?page=2");
        assertEquals("Section story 11", second.select(".story-list h2 a").first().text());
        assertEquals("/media-wire/", second.selectFirst("nav.pager a[rel=prev]").attr("href"));
        assertEquals("/media-wire/?page=3", second.selectFirst("nav.pager a[rel=next]").attr("href"));

        Document third = http.page("/media-wire/?page=3");
        assertTrue(third.select("nav.pager a[rel=next]").isEmpty());
        assertTrue(third.select(".story-list h2 a").eachText().contains("An edited headline"), "the oldest story, edited above, is last");

        for (String bad : List.of("4", "0", "-1", "abc", "2.5", "99999999999", "")) {
            assertEquals(404, http.get("/media-wire/?page=" + bad).statusCode(), "page=" + bad);
        }
    }

    static String httpDate(Instant at) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(at, java.time.ZoneOffset.UTC));
    }
}
