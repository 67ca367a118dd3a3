package io.mediawire.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.modules.ModuleDiscovery;
import io.mediawire.host.modules.ModuleManager;
import io.mediawire.host.repository.EmbeddedRepository;
import io.mediawire.importing.ItemResult.Outcome;
import io.mediawire.importing.fetch.FetchPolicy;
import io.mediawire.importing.fetch.HostPort;
import io.mediawire.magnolia.ModuleSettings;
import io.mediawire.story.BodyDigest;
import io.mediawire.story.Story;
import io.mediawire.story.StoryStatus;
import io.mediawire.story.StoryStore;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: a fixture agency on loopback, the real fetcher, extractor and feed parser, a real repository. */
class StoryImportTest {
    @TempDir
    static Path home;
    static EmbeddedRepository repository;
    static FixtureSite site;
    static FixtureSite internal;
    static StoryStore store;
    static ImportService imports;

    @BeforeAll
    static void start() throws Exception {
        repository = EmbeddedRepository.open(home);
        new ModuleManager(repository, new ModuleSettings(ZoneId.of("UTC"), Clock.systemUTC(), false),
                StoryImportTest.class.getClassLoader())
                .installOrUpdate(new ModuleDiscovery(StoryImportTest.class.getClassLoader()).discover());
        store = new StoryStore(repository, ZoneId.of("UTC"), Clock.systemUTC());
        site = new FixtureSite();
        internal = new FixtureSite(); // stands for an intranet service: NOT on the allow list
        internal.page("/secret", "text/html", "<h1>internal admin</h1>");
        site.route("/redirect-to-loopback", ex -> FixtureSite.redirect(ex, 302, internal.url("/secret").toString()));
        site.route("/redirect-to-metadata", ex -> FixtureSite.redirect(ex, 302, "http://169.254.169.254/latest/meta-data/"));
        site.route("/redirect-to-mapped", ex -> FixtureSite.redirect(ex, 302, "http://[::ffff:127.0.0.1]:" + internal.base().getPort() + "/secret"));
        FetchPolicy policy = FetchPolicy.defaults().allowingPrivate(HostPort.parse(site.hostPort()))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(5))
                .withMaxRetryAfterWait(Duration.ofSeconds(1));
        imports = new ImportService(store, policy, Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        imports.close();
        site.close();
        internal.close();
        repository.close();
    }

    static ItemResult importOne(String path, boolean publish) {
        List<ItemResult> results = imports.importNow(List.of(new ImportSource.Url(site.url(path))), publish, "editor",
                ImportProgress.NONE);
        assertEquals(1, results.size(), results.toString());
        return results.get(0);
    }

    @Test
    void importsAnArticleFaithfullyAsADraft() {
        ItemResult result = importOne("/business/cranes", false);
        assertEquals(Outcome.IMPORTED, result.outcome(), result.toString());
        Story story = store.byPath(result.path()).orElseThrow();
        assertEquals(StoryStatus.DRAFT, story.status());
        assertEquals("Harbour cranes return to Northport after six-year refit & repaint", story.headline());
        assertEquals("Coastline Wire", story.original().sourceName());
        assertEquals("https://news.coastline-wire.example/business/2024/03/05/harbour-cranes-return", story.original().url());
        assertEquals(site.url("/business/cranes").toString(), story.fetchedUrl());
        assertEquals("Maria Okafor, Tom Liddell", story.original().author());
        assertEquals("2024-03-05T08:30:00Z", story.original().published().toString());
        assertEquals("https://cdn.coastline-wire.example/img/cranes-1200.jpg", story.original().leadImage());
        assertTrue(story.original().body().startsWith("<p>"), story.original().body());
        assertEquals(BodyDigest.sha256(story.original().body()), story.bodySha256());
        assertEquals("editor", story.createdBy());
    }

    @Test
    void scriptsAndHostileAttributesNeverReachTheStore() {
        ItemResult result = importOne("/city/cycle-lanes", false);
        assertEquals(Outcome.IMPORTED, result.outcome(), result.toString());
        String body = store.byPath(result.path()).orElseThrow().original().body().toLowerCase();
        for (String bad : List.of("<script", "onerror", "onclick", "javascript:", "<iframe", "<form", "style=")) {
            assertFalse(body.contains(bad), bad + " survived in " + body);
        }
    }

    @Test
    void theSameStoryTwiceIsStoredOnceEvenWithTrackingParameters() {
        ItemResult first = importOne("/local/library", false);
        assertEquals(Outcome.IMPORTED, first.outcome(), first.toString());
        ItemResult again = importOne("/local/library?utm_source=newsletter&utm_medium=email", false);
        assertEquals(Outcome.DUPLICATE, again.outcome(), again.toString());
        assertEquals(first.path(), again.path());
        assertEquals("duplicate of " + first.path(), again.describe());
        ItemResult viaRedirect = importOne("/moved", false);
        assertEquals(Outcome.DUPLICATE, viaRedirect.outcome(), "a redirect to the same page is the same story");
    }

    @Test
    void twoConcurrentImportsOfOneUrlStoreOneStory() throws Exception {
        site.page("/race", "text/html; charset=utf-8", FixtureSite.article("Two desks race to import the same story",
                "Both editors pasted the address at the same second, and the store had to decide which one wins."));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ItemResult>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(pool.submit(() -> {
                go.await();
                return importOne("/race", false);
            }));
        }
        go.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<ItemResult> result : results) {
            outcomes.add(result.get().outcome());
        }
        pool.shutdown();
        assertTrue(outcomes.contains(Outcome.IMPORTED) && outcomes.contains(Outcome.DUPLICATE), outcomes.toString());
    }

    @Test
    void redirectsToPrivateAndMetadataAddressesAreRefused() {
        for (String path : List.of("/redirect-to-loopback", "/redirect-to-metadata", "/redirect-to-mapped")) {
            ItemResult result = importOne(path, false);
            assertEquals(Outcome.FAILED, result.outcome(), path);
            assertTrue(result.reason().contains("blocked address"), path + ": " + result.reason());
        }
        assertTrue(internal.requests().isEmpty(), "the internal service was never reached: " + internal.requests());
        List<ItemResult> direct = imports.importNow(List.of(new ImportSource.Url(internal.url("/secret"))), false, "e",
                ImportProgress.NONE);
        assertTrue(direct.get(0).reason().contains("blocked address"), direct.get(0).reason());
        assertThrows(ImportException.class, () -> ImportSource.url("file:///etc/passwd"));
        assertThrows(ImportException.class, () -> ImportSource.url("gopher://127.0.0.1/"));
    }

    @Test
    void failuresSayWhatHappened() {
        assertTrue(importOne("/missing", false).reason().contains("404"));
        assertTrue(importOne("/huge", false).reason().contains("too large"), importOne("/huge", false).reason());
        assertTrue(importOne("/slow", false).reason().contains("timed out"), importOne("/slow", false).reason());
        assertTrue(importOne("/image.png", false).reason().contains("image/png"));
        assertTrue(importOne("/", false).reason().startsWith("not an article"));
        ItemResult robots = importOne("/private/secret-story", false);
        assertEquals(Outcome.FAILED, robots.outcome(), robots.toString());
        assertTrue(robots.reason().contains("robots.txt"), robots.reason());
    }

    @Test
    void gzipRedirectsAndOtherCharsetsImport() {
        ItemResult gzip = importOne("/gzip/trains", false);
        assertEquals(Outcome.IMPORTED, gzip.outcome(), gzip.toString());
        assertEquals("Night trains are back on the Alpine line", gzip.headline());
        ItemResult cyrillic = importOne("/ru/ferries", false);
        assertEquals(Outcome.IMPORTED, cyrillic.outcome(), cyrillic.toString());
        Story ferries = store.byPath(cyrillic.path()).orElseThrow();
        assertEquals("Паромы вернулись на северную линию", ferries.headline());
        assertTrue(ferries.original().body().contains("После трёхлетнего перерыва"), ferries.original().body());
        assertEquals("ru", ferries.original().language());
    }

    @Test
    void publishAtOncePublishes() {
        ItemResult result = importOne("/fa/library", true);
        Story story = store.byPath(result.path()).orElseThrow();
        assertEquals(StoryStatus.PUBLISHED, story.status());
        assertEquals("fa-IR", story.original().language());
        assertTrue(store.recent(50).stream().anyMatch(s -> s.id().equals(story.id())));
    }

    @Test
    void aSummaryFeedFollowsItsLinksAndABadItemDoesNotStopTheRest() {
        site.feed("/feeds/summary.xml", "application/rss+xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Fixture Agency</title><link>{{base}}</link>
                <item><title>Bakery</title><link>{{base}}economy/bakery</link><guid>bakery-1</guid>
                  <description>A short summary.</description><pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate></item>
                <item><title>No link at all</title><description>Broken item.</description></item>
                <item><title>Gone</title><link>{{base}}gone</link><guid>gone-1</guid></item>
                <item><title>Persian</title><link>{{base}}fa/library</link><guid>fa-1</guid></item>
                </channel></rss>
                """);
        List<Integer> found = new ArrayList<>();
        List<ItemResult> results = importAll("/feeds/summary.xml", found);
        assertEquals(List.of(4), found);
        assertEquals(4, results.size(), results.toString());
        assertEquals(1, results.stream().filter(r -> r.outcome() == Outcome.FAILED && r.reason().contains("no link")).count(),
                results.toString());
        assertEquals(1, results.stream().filter(r -> r.outcome() == Outcome.FAILED && r.reason().contains("404")).count());
        ItemResult bakery = results.stream().filter(r -> r.input().endsWith("economy/bakery")).findFirst().orElseThrow();
        assertEquals(Outcome.IMPORTED, bakery.outcome(), bakery.toString());
        assertEquals("bakery-1", store.byPath(bakery.path()).orElseThrow().feedGuid());
        assertTrue(site.requests().contains("/economy/bakery"), "the summary feed's link was followed");
    }

    @Test
    void aFullTextFeedIsReadWithoutFetchingPages() {
        String paragraph = "<p>" + "The regional council agreed the budget after a long debate about roads and schools. ".repeat(4) + "</p>";
        site.feed("/feeds/full.atom", "application/atom+xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Agency</title><id>urn:feed</id><updated>2024-03-05T10:00:00Z</updated>
                <entry><title>Budget agreed</title><id>urn:story:budget</id><link href="{{base}}politics/budget"/>
                  <updated>2024-03-05T10:00:00Z</updated><author><name>R. Jones</name></author>
                  <content type="html"><![CDATA[%s%s<script>alert(1)</script><img src="x.jpg" onerror="alert(2)">]]></content></entry>
                </feed>
                """.formatted(paragraph, paragraph));
        List<ItemResult> results = imports.importNow(List.of(new ImportSource.Url(site.url("/feeds/full.atom"))), false,
                "e", ImportProgress.NONE);
        assertEquals(Outcome.IMPORTED, results.get(0).outcome(), results.toString());
        Story story = store.byPath(results.get(0).path()).orElseThrow();
        assertEquals("Budget agreed", story.headline());
        assertEquals("Atom Agency", story.original().sourceName());
        assertEquals("R. Jones", story.original().author());
        assertEquals("urn:story:budget", story.feedGuid());
        assertFalse(story.original().body().contains("script") || story.original().body().contains("onerror"), story.original().body());
        // Relative links in feed content resolve against the feed's address (or its xml:base).
        assertTrue(story.original().body().contains(site.url("/feeds/x.jpg").toString()), "relative image made absolute: " + story.original().body());
        assertFalse(site.requests().contains("/politics/budget"), "no page fetch for a full-text item");
    }

    @Test
    void aBrokenFeedIsOneFailureWithTheReason() {
        site.page("/feeds/broken.xml", "application/rss+xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n<item><title>x</title></chanel></rss>");
        List<ItemResult> results = imports.importNow(List.of(new ImportSource.Url(site.url("/feeds/broken.xml"))), false,
                "e", ImportProgress.NONE);
        assertEquals(1, results.size());
        assertEquals(Outcome.FAILED, results.get(0).outcome());
        assertTrue(results.get(0).reason().contains("line 3"), results.get(0).reason());
    }

    @Test
    void aSavedPageImportsWithItsOriginalAddress() {
        byte[] html = FixtureSite.fixture("opengraph-only.html").getBytes(StandardCharsets.UTF_8);
        List<ItemResult> results = imports.importNow(List.of(new ImportSource.Saved(html,
                URI.create("https://jornal-do-vale.example/noticias/2024/01/12/chuva-forte-fecha-estradas?utm_campaign=x"),
                "chuva.html")), false, "e", ImportProgress.NONE);
        assertEquals(Outcome.IMPORTED, results.get(0).outcome(), results.toString());
        Story story = store.byPath(results.get(0).path()).orElseThrow();
        assertEquals("https://jornal-do-vale.example/noticias/2024/01/12/chuva-forte-fecha-estradas", story.original().url());
        assertNotNull(story.headline());
        List<ItemResult> noBase = imports.importNow(List.of(new ImportSource.Saved(
                FixtureSite.fixture("no-metadata.html").getBytes(StandardCharsets.UTF_8), null, "bugle.html")), false, "e",
                ImportProgress.NONE);
        assertEquals(Outcome.FAILED, noBase.get(0).outcome());
        assertTrue(noBase.get(0).reason().contains("--base-url"), noBase.get(0).reason());
    }

    static final String STORY_TEXT = "The harbour board agreed the new winter timetable on Monday evening, after a long debate. "
            + "Ferries will leave every forty minutes instead of every half hour, and the last boat will sail at eleven. "
            + "Crews said the change gives them time to clear ice from the ramps, which froze twice last January. "
            + "Commuters on the island were less pleased, and a petition against the change has three hundred names. "
            + "The board promised to look at the figures again in March, once the worst of the weather is over. ";

    /** Imports a feed of the fixture site, noting the item counts it announced; the results in the order told. */
    static List<ItemResult> importAll(String path, List<Integer> found) {
        List<ItemResult> results = new ArrayList<>();
        imports.importNow(List.of(new ImportSource.Url(site.url(path))), false, "e", new ImportProgress() {
            @Override
            public void found(String source, int items) {
                found.add(items);
            }

            @Override
            public void finished(ItemResult result) {
                results.add(result);
            }
        });
        return results;
    }

    @Test
    void anItemStoredDespiteABadValueIsImportedWithAWarningNotCountedAsFailed() {
        site.feed("/feeds/odd-values.json", "application/feed+json", """
                {"version": "https://jsonfeed.org/version/1.1", "title": "Odd Values Wire", "items": [
                  {"id": "odd-1", "url": "{{base}}odd/ferry", "title": "Ferry timetable changes for the winter",
                   "image": "javascript:alert(1)", "content_html": "<p>Ferry. %1$s</p><p>%1$s</p>"},
                  {"id": "odd-2", "url": "{{base}}odd/festival", "title": "Harbour festival draws record crowds",
                   "date_published": "soon", "content_html": "<p>%1$s Festival.</p><p>%1$s</p>"},
                  {"title": "An item without link or id"}
                ]}""".formatted(STORY_TEXT));
        List<Integer> found = new ArrayList<>();
        List<ItemResult> results = importAll("/feeds/odd-values.json", found);
        assertEquals(List.of(3), found, "three items, each counted once");
        assertEquals(3, results.size(), results.toString());
        assertEquals(List.of(Outcome.IMPORTED, Outcome.IMPORTED, Outcome.FAILED),
                results.stream().map(ItemResult::outcome).sorted().toList(), results.toString());
        ItemResult ferry = results.stream().filter(r -> r.input().endsWith("odd/ferry")).findFirst().orElseThrow();
        assertEquals(List.of("unusable image URL 'javascript:alert(1)'"), ferry.warnings());
        assertEquals("imported " + ferry.path() + " (warning: unusable image URL 'javascript:alert(1)')", ferry.describeWithWarnings());
        assertEquals(null, store.byPath(ferry.path()).orElseThrow().original().leadImage());
        ItemResult festival = results.stream().filter(r -> r.input().endsWith("odd/festival")).findFirst().orElseThrow();
        assertEquals(List.of("unparseable date 'soon'"), festival.warnings());
        ItemResult dropped = results.stream().filter(r -> r.outcome() == Outcome.FAILED).findFirst().orElseThrow();
        assertEquals("item 3 has no link or guid", dropped.reason());
        assertEquals(List.of(), dropped.warnings());
    }

    @Test
    void aPathologicalPageIsRefusedAsTooComplex() {
        site.page("/pathological/deep", "text/html; charset=utf-8", "<!DOCTYPE html><html><head><title>Deep</title></head><body>"
                + "<div>".repeat(100_000) + "<p>Deep. " + STORY_TEXT + "</p>" + "</div>".repeat(100_000) + "</body></html>");
        site.page("/pathological/wide", "text/html; charset=utf-8", "<!DOCTYPE html><html><head><title>Wide</title></head><body><p>Wide. "
                + STORY_TEXT + "<span>word</span>".repeat(60_000) + "</p></body></html>");
        for (String path : List.of("/pathological/deep", "/pathological/wide")) {
            ItemResult result = importOne(path, false);
            assertEquals(Outcome.FAILED, result.outcome(), path + ": " + result);
            assertTrue(result.reason().startsWith("too complex: "), path + ": " + result.reason());
        }
    }

    @Test
    void aLeadImageUrlIsParsedAndReserialisedOrDropped() {
        site.page("/images/quoted", "text/html; charset=utf-8", page("Quoted image address breaks out of its attribute",
                "<meta property=\"og:image\" content='https://img.example/a.png\" onerror=\"alert(1)'>"));
        site.page("/images/no-host", "text/html; charset=utf-8", page("Image address with a space in its host",
                "<meta property=\"og:image\" content=\"https://img example/a.png\">"));
        Story quoted = store.byPath(importOne("/images/quoted", false).path()).orElseThrow();
        assertEquals("https://img.example/a.png%22%20onerror=%22alert(1)", quoted.original().leadImage());
        ItemResult noHost = importOne("/images/no-host", false);
        assertEquals(Outcome.IMPORTED, noHost.outcome(), noHost.toString());
        assertEquals(null, store.byPath(noHost.path()).orElseThrow().original().leadImage());
        assertEquals(List.of("lead image dropped: invalid host 'img example' in URL 'https://img example/a.png'"),
                noHost.warnings());
    }

    /** An article page with the given head elements and no site metadata. */
    static String page(String headline, String head) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + headline + "</title>" + head
                + "</head><body><article><h1>" + headline + "</h1><p>" + headline + ". " + STORY_TEXT + "</p><p>" + STORY_TEXT
                + "</p></article></body></html>";
    }

    @Test
    void oddSpellingsOfLoopbackAreRefusedAsBlockedAddresses() {
        for (String url : List.of("http://127.1/", "http://0x7f.1/", "http://127.0.0.1./", "http://\uff11\uff12\uff17.\uff10.\uff10.\uff11/",
                "http://2130706433/")) {
            List<ItemResult> results = imports.importNow(List.of(ImportSource.url(url)), false, "e", ImportProgress.NONE);
            assertEquals(Outcome.FAILED, results.get(0).outcome(), url);
            String reason = results.get(0).reason();
            assertTrue(reason.startsWith("blocked address: ") && reason.contains("127.0.0.1") && reason.contains("loopback"),
                    url + ": " + reason);
        }
        assertEquals("blocked address: 0x7f.1 is 127.0.0.1 written another way, a loopback address",
                imports.importNow(List.of(ImportSource.url("http://0x7f.1/")), false, "e", ImportProgress.NONE).get(0).reason());
        assertEquals("not a web address, it names no host: http:///story",
                assertThrows(ImportException.class, () -> ImportSource.url("http:///story")).getMessage());
    }

    @Test
    void aSummaryFeedItemTakesItsHeadlineFromTheFeedAndItsSourceNameFromTheChannel() {
        site.page("/vh/ferry", "text/html; charset=utf-8", "<!DOCTYPE html><html><head><title>Page 7</title></head><body>"
                + "<div class=\"story\"><p>Valley ferry. " + STORY_TEXT + "</p><p>" + STORY_TEXT + "</p></div></body></html>");
        site.feed("/feeds/valley.xml", "application/rss+xml", """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Valley Herald</title><link>{{base}}</link>
                <item><title>Ferry timetable changes for the winter</title><link>{{base}}vh/ferry</link></item>
                </channel></rss>""");
        ItemResult result = importAll("/feeds/valley.xml", new ArrayList<>()).get(0);
        assertEquals(Outcome.IMPORTED, result.outcome(), result.toString());
        Story story = store.byPath(result.path()).orElseThrow();
        assertEquals("Ferry timetable changes for the winter", story.headline());
        assertEquals("Valley Herald", story.original().sourceName());
    }
}
