package io.mediawire.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.Host;
import io.mediawire.host.security.Authenticator;
import io.mediawire.host.security.Role;
import io.mediawire.host.security.UserStore;
import io.mediawire.importing.FixtureSite;
import io.mediawire.importing.ImportJob;
import io.mediawire.importing.ImportSource;
import io.mediawire.importing.ItemResult;
import io.mediawire.sources.Source;
import io.mediawire.sources.SourceFields;
import io.mediawire.story.CreateResult;
import io.mediawire.story.NewStory;
import io.mediawire.story.Story;
import io.mediawire.subscriptions.RunRecord;
import io.mediawire.subscriptions.Subscription;
import io.mediawire.subscriptions.SubscriptionFields;
import io.mediawire.testing.ClusterNodes;
import io.mediawire.testing.MutableClock;
import io.mediawire.testing.TestDatabase;
import java.net.HttpCookie;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two hosts, each with its own home and Jetty, as nodes of one cluster on a real PostgreSQL: what one
 * node stores, publishes, signs in or throttles, the other serves, with no stale page.
 */
class ClusterSiteTest {
    static final String PASSWORD = "correct horse battery";
    static final Duration SYNC_DELAY = Duration.ofMillis(200);
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2025-03-12T12:00:00Z"));

    @TempDir
    static Path homes;
    static TestDatabase database;
    static FixtureSite agency;
    static Host a;
    static Host b;

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.create();
        agency = new FixtureSite();
        for (int i = 0; i < 12; i++) {
            agency.page("/story/" + i, "text/html; charset=utf-8",
                    FixtureSite.article("Harbour story number " + i, "The harbour authority said on Tuesday that item " + i
                            + " of the programme would go ahead."));
        }
        agency.feed("/one.xml", "application/rss+xml", feed(0, 1));
        agency.feed("/same.xml", "application/rss+xml", feed(2, 12));
        a = ClusterNodes.start(database, homes.resolve("a"), "node-a", CLOCK, agency.hostPort());
        b = ClusterNodes.start(database, homes.resolve("b"), "node-b", CLOCK, agency.hostPort());
        UserStore users = new UserStore(a.services().sessions(), CLOCK);
        users.add("maria", PASSWORD.toCharArray(), EnumSet.of(Role.EDITOR), "test");
        users.add("throttled", PASSWORD.toCharArray(), EnumSet.of(Role.EDITOR), "test");
    }

    static String feed(int from, int to) {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Agency</title>");
        for (int i = from; i < to; i++) {
            rss.append("<item><title>Harbour story number ").append(i).append("</title><link>{{base}}story/").append(i)
                    .append("</link></item>");
        }
        return rss.append("</channel></rss>").toString();
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[] {b, a, agency, database}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    @Test
    void anImportOnAIsListedOnBWithinTheSyncDelayPlusOneSecond() throws Exception {
        CLOCK.advance(Duration.ofMinutes(1)); // newest of all, so first on the section page
        ImportJob job = a.services().imports().submit(List.of(ImportSource.url(agency.url("/one.xml").toString())), true,
                "maria");
        awaitDone(job);
        Instant stored = Instant.now();
        String id = job.results().get(0).storyId();
        assertEquals(ItemResult.Outcome.IMPORTED, job.results().get(0).outcome(), job.results().toString());
        // no explicit sync here: B's own journal reader must find it
        Duration limit = SYNC_DELAY.plusSeconds(1);
        while (b.stories().byId(id).isEmpty()) {
            assertTrue(Duration.between(stored, Instant.now()).compareTo(limit) < 0, "not on B within " + limit);
            Thread.sleep(10);
        }
        String path = b.stories().byId(id).orElseThrow().path();
        awaitPage(b, "/media-wire/", page -> page.body().contains("Harbour story number 0"));
        assertEquals(200, get(b, "/media-wire" + path).statusCode());
        assertTrue(get(b, "/.rest/mediawire/v1/imports/" + job.id(), basic("maria")).body().contains(id),
                "B shows the job A ran");
    }

    @Test
    void publishAndUnpublishOnAChangeBsPageSectionFeedAndApi() throws Exception {
        Story story = ((CreateResult.Created) a.stories().create(NewStory.of("Lighthouse keeper retires after forty years",
                "<p>The keeper of the north lighthouse retired on Friday after forty years.</p>", "Wire",
                "https://wire.example/lighthouse"), "maria")).story();
        String article = "/media-wire" + story.path();
        ClusterNodes.await(b, Duration.ofSeconds(5), () -> b.stories().byId(story.id()).isPresent());
        // B keeps its answers from before the publish
        assertEquals(404, get(b, article).statusCode());
        String headline = story.headline();
        for (String url : List.of("/media-wire/", "/media-wire/feed.xml", "/.rest/delivery/mediawire")) {
            assertFalse(get(b, url).body().contains(headline), url);
        }

        CLOCK.advance(Duration.ofMinutes(1)); // newest of all, so first on the section page
        a.stories().publish(story.id(), "maria");
        awaitPage(b, article, page -> page.statusCode() == 200 && page.body().contains(headline));
        for (String url : List.of("/media-wire/", "/media-wire/feed.xml", "/.rest/delivery/mediawire")) {
            awaitPage(b, url, page -> page.body().contains(headline));
        }

        a.stories().unpublish(story.id(), "maria");
        awaitPage(b, article, page -> page.statusCode() == 404);
        for (String url : List.of("/media-wire/", "/media-wire/feed.xml", "/.rest/delivery/mediawire")) {
            awaitPage(b, url, page -> !page.body().contains(headline));
        }
    }

    @Test
    void anEditorSignedInThroughAPublishesThroughB() throws Exception {
        Story story = ((CreateResult.Created) a.stories().create(NewStory.of("Ferry returns to the island route",
                "<p>The ferry returned to the island route on Monday.</p>", "Wire", "https://wire.example/ferry"),
                "maria")).story();
        AuthoringClient throughA = new AuthoringClient(a.baseUri());
        assertEquals(303, throughA.login("maria", PASSWORD, null).statusCode());
        AuthoringClient throughB = new AuthoringClient(b.baseUri());
        for (HttpCookie cookie : throughA.cookies.getCookieStore().get(a.baseUri())) {
            if (cookie.getName().equals(Authenticator.SESSION_COOKIE)) {
                throughB.cookies.getCookieStore().add(b.baseUri(), cookie);
            }
        }
        ClusterNodes.await(b, Duration.ofSeconds(5), () -> b.stories().byId(story.id()).isPresent());
        String url = AuthoringClient.ROOT + "/mediaWire/story/" + story.id();
        String token = throughB.csrfFrom(url);
        assertTrue(token != null, "B knows the session A started");
        assertEquals(303, throughB.post(url + "/publish", Map.of("_csrf", token)).statusCode());
        ClusterNodes.await(a, Duration.ofSeconds(5), () -> a.stories().byId(story.id()).orElseThrow().isPublished());
        assertEquals("maria", a.stories().byId(story.id()).orElseThrow().lastActivatedBy());
    }

    @Test
    void aLoginThrottleTriggeredOnAHoldsOnB() throws Exception {
        for (int i = 0; i < 4; i++) {
            get(a, "/.rest/mediawire/v1/imports/x", "Basic " + Base64.getEncoder().encodeToString(
                    "throttled:wrong password".getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> rightPasswordOnB = get(b, "/.rest/mediawire/v1/imports/x", basic("throttled"));
        assertEquals(429, rightPasswordOnB.statusCode(), "the door A closed is closed on B");
        assertTrue(rightPasswordOnB.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void theSameFeedImportedOnAAndBAtOnceGivesOneCopyOfEachStoryAndExactCounts() throws Exception {
        long before = a.stories().count();
        long publishedBefore = a.stories().countPublished();
        ImportSource same = ImportSource.url(agency.url("/same.xml").toString());
        CompletableFuture<ImportJob> onA = CompletableFuture.supplyAsync(() -> a.services().imports().submit(List.of(same), true, "maria"));
        CompletableFuture<ImportJob> onB = CompletableFuture.supplyAsync(() -> b.services().imports().submit(List.of(same), true, "maria"));
        ImportJob jobA = awaitDone(onA.get());
        ImportJob jobB = awaitDone(onB.get());
        assertEquals(10, jobA.count(ItemResult.Outcome.IMPORTED) + jobB.count(ItemResult.Outcome.IMPORTED),
                jobA.results() + " " + jobB.results());
        assertEquals(10, jobA.count(ItemResult.Outcome.DUPLICATE) + jobB.count(ItemResult.Outcome.DUPLICATE));
        List<String> ids = new ArrayList<>();
        jobA.results().stream().filter(r -> r.outcome() == ItemResult.Outcome.IMPORTED).forEach(r -> ids.add(r.storyId()));
        jobB.results().stream().filter(r -> r.outcome() == ItemResult.Outcome.IMPORTED).forEach(r -> ids.add(r.storyId()));
        ClusterNodes.await(a, Duration.ofSeconds(5), () -> ids.stream().allMatch(id -> a.stories().byId(id).isPresent()));
        ClusterNodes.await(b, Duration.ofSeconds(5), () -> ids.stream().allMatch(id -> b.stories().byId(id).isPresent()));
        for (Host node : List.of(a, b)) {
            assertEquals(before + 10, node.stories().count(), "the date folders' counts are exact");
            assertEquals(publishedBefore + 10, node.stories().countPublished(), "the published index's counts are exact");
            assertEquals(before + 10, node.stories().list(0, 1000).items().size());
        }
    }

    @Test
    void aSubscriptionIsPolledByOneNodePerInterval() throws Exception {
        agency.feed("/polled.xml", "application/rss+xml", feed(0, 0));
        Source source = a.services().sources().create(SourceFields.named("Polled Agency", List.of()), "maria");
        Subscription subscription = a.services().subscriptions().create(new SubscriptionFields(source.id(),
                agency.url("/polled.xml").toString(), "PT5M", "draft", null, null, null), "maria");
        ClusterNodes.await(b, Duration.ofSeconds(5), () -> b.services().subscriptions().find(subscription.id()).isPresent());
        for (int interval = 0; interval < 3; interval++) {
            long fetchesBefore = fetches("/polled.xml");
            CompletableFuture<List<RunRecord>> onA = CompletableFuture.supplyAsync(() -> a.services().subscriptions().runDue());
            CompletableFuture<List<RunRecord>> onB = CompletableFuture.supplyAsync(() -> b.services().subscriptions().runDue());
            int runs = onA.get().size() + onB.get().size();
            assertEquals(1, runs, "interval " + interval + ": one node ran it");
            assertEquals(fetchesBefore + 1, fetches("/polled.xml"), "interval " + interval + ": the feed was fetched once");
            CLOCK.advance(Duration.ofMinutes(5));
        }
        // the last run may have been B's: A reads the journal first
        ClusterNodes.await(a, Duration.ofSeconds(5), () -> a.services().subscriptions().runs(subscription.id(), 10).size() == 3);
    }

    static long fetches(String path) {
        return agency.requests().stream().filter(r -> r.startsWith(path)).count();
    }

    static ImportJob awaitDone(ImportJob job) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (job.state() != ImportJob.State.DONE) {
            assertTrue(System.nanoTime() < deadline, "the import did not finish");
            Thread.sleep(20);
        }
        return job;
    }

    static void awaitPage(Host node, String path, Predicate<HttpResponse<String>> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        HttpResponse<String> page = get(node, path);
        while (!condition.test(page)) {
            assertTrue(System.nanoTime() < deadline, path + " on the other node stayed " + page.statusCode());
            node.repository().syncCluster();
            Thread.sleep(20);
            page = get(node, path);
        }
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(Host node, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(node.baseUri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(Host node, String path, String authorization) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(node.baseUri().resolve(path)).header("Authorization", authorization).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
