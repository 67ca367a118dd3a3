package io.mediawire.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.Host;
import io.mediawire.host.HostOptions;
import io.mediawire.host.benchmark.FixtureAgency;
import io.mediawire.host.security.Role;
import io.mediawire.host.security.UserStore;
import io.mediawire.importing.ImportSettings;
import io.mediawire.magnolia.ModuleSettings;
import io.mediawire.sources.Source;
import io.mediawire.sources.SourceFields;
import io.mediawire.sources.SourceStore;
import io.mediawire.story.CreateResult;
import io.mediawire.story.NewStory;
import io.mediawire.story.Story;
import io.mediawire.subscriptions.Subscription;
import io.mediawire.subscriptions.SubscriptionFields;
import io.mediawire.subscriptions.SubscriptionService;
import io.mediawire.subscriptions.SubscriptionSettings;
import io.mediawire.testing.MutableClock;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Sources and Feeds apps over real HTTP on a real host (Jackrabbit, Jetty) with a real fixture agency:
 * every form and action, refused without a session or without the CSRF token. The scheduler does not poll
 * here and the clock stands still unless a test moves it, so every run is one an editor asked for.
 */
class WireAppsHttpTest {
    static final String ROOT = AuthoringClient.ROOT;
    static final String SOURCES = ROOT + "/mediaWireSources";
    static final String FEEDS = ROOT + "/mediaWireFeeds";
    static final String PASSWORD = "correct horse battery";
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-10T09:00:00Z"));

    @TempDir
    static Path home;
    static FixtureAgency agency;
    static Host host;
    static SourceStore sources;
    static SubscriptionService subscriptions;
    /** The source of the agency's host, 127.0.0.1 (a host belongs to one source). */
    static Source loopback;

    @BeforeAll
    static void start() throws Exception {
        agency = new FixtureAgency("127.0.0.1", 4, CLOCK);
        Files.createDirectories(home);
        ModuleSettings settings = new ModuleSettings(ZoneId.of("UTC"), CLOCK, false)
                .withProperty(ImportSettings.ALLOW_PRIVATE, agency.hostPort())
                .withProperty(SubscriptionSettings.POLL, "false");
        host = Host.start(new HostOptions(home, "127.0.0.1", 0, Path.of("light-modules"), false, settings));
        new UserStore(host.services().sessions(), CLOCK).add("maria", PASSWORD.toCharArray(), EnumSet.of(Role.EDITOR), "test");
        sources = host.services().components().getComponent(SourceStore.class).orElseThrow();
        subscriptions = host.services().components().getComponent(SubscriptionService.class).orElseThrow();
        loopback = source("Loopback Wire", "127.0.0.1");
    }

    @AfterAll
    static void stop() {
        host.close();
        agency.close();
    }

    static AuthoringClient signedIn() throws Exception {
        AuthoringClient client = new AuthoringClient(host.baseUri());
        assertEquals(303, client.login("maria", PASSWORD, null).statusCode());
        return client;
    }

    static HttpResponse<String> post(AuthoringClient client, String path, Map<String, String> form) throws Exception {
        Map<String, String> withToken = new HashMap<>(form);
        withToken.put("_csrf", client.csrf);
        return client.post(path, withToken);
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    static Source source(String name, String... hosts) {
        return sources.create(SourceFields.named(name, List.of(hosts)), "test");
    }

    static Subscription subscription(Source source, String feed) {
        return subscriptions.create(SubscriptionFields.of(Map.of("source", source.id(), "url",
                agency.feed(feed).toString(), "interval", "PT5M")), "test");
    }

    @Test
    void anAnonymousVisitorIsSentToSignInAndChangesNothing() throws Exception {
        Source source = source("Anonymous Wire");
        AuthoringClient anonymous = new AuthoringClient(host.baseUri());
        for (String page : List.of(SOURCES, FEEDS, SOURCES + "/add", FEEDS + "/add", SOURCES + "/source/" + source.id())) {
            HttpResponse<String> response = anonymous.get(page);
            assertEquals(302, response.statusCode(), page);
            assertTrue(location(response).startsWith(ROOT + "/login?next="), location(response));
        }
        int before = sources.list().size();
        assertEquals(303, anonymous.post(SOURCES + "/add", Map.of("name", "Sneaky Wire", "_csrf", "guess")).statusCode());
        assertEquals(303, anonymous.post(SOURCES + "/source/" + source.id() + "/delete",
                Map.of("confirmed", "yes", "_csrf", "guess")).statusCode());
        assertEquals(before, sources.list().size(), "nothing added or deleted");
        assertTrue(sources.find(source.id()).isPresent());
    }

    @Test
    void everyActionWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        Source source = source("Token Wire", "token-wire.example");
        Subscription feed = subscription(source, "token");
        AuthoringClient maria = signedIn();
        maria.get(SOURCES);
        Map<String, Map<String, String>> attempts = Map.of(
                SOURCES + "/add", Map.of("name", "Forged Wire"),
                SOURCES + "/source/" + source.id(), Map.of("name", "Renamed by a forged form"),
                SOURCES + "/source/" + source.id() + "/delete", Map.of("confirmed", "yes"),
                FEEDS + "/add", Map.of("source", source.id(), "url", agency.feed("forged").toString(), "interval", "PT5M"),
                FEEDS + "/feed/" + feed.id() + "/runNow", Map.of(),
                FEEDS + "/feed/" + feed.id() + "/pause", Map.of(),
                FEEDS + "/feed/" + feed.id() + "/delete", Map.of("confirmed", "yes"));
        for (Map.Entry<String, Map<String, String>> attempt : attempts.entrySet()) {
            HttpResponse<String> refused = maria.post(attempt.getKey(), attempt.getValue());
            assertEquals(403, refused.statusCode(), attempt.getKey());
            assertTrue(refused.body().contains("security token (CSRF)"), attempt.getKey());
        }
        assertEquals("Token Wire", sources.get(source.id()).name());
        assertTrue(sources.list().stream().noneMatch(s -> s.name().equals("Forged Wire")));
        Subscription after = subscriptions.get(feed.id());
        assertTrue(after.enabled());
        assertEquals(0, agency.requests("token"), "not run");
        assertEquals(1, subscriptions.ofSource(source.id()).size());
    }

    @Test
    void anEditorAddsAndEditsASourceThroughItsForm() throws Exception {
        AuthoringClient maria = signedIn();
        HttpResponse<String> form = maria.get(SOURCES + "/add");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("name=\"headlinePolicy\""), "the YAML's combo box");
        assertTrue(form.body().contains("Its licence allows copying its pictures to this site"), "a check box's buttonLabel");
        HttpResponse<String> added = post(maria, SOURCES + "/add", Map.of("name", "Harbour Wire",
                "hosts", "harbour-wire.example, www.harbour-news.example", "homepage", "https://harbour-wire.example/",
                "usageTerms", "Credit the agency on every page.", "attribution", "© Harbour Wire",
                "headlinePolicy", "shortenOnly", "copyImages", "true"));
        assertEquals(303, added.statusCode(), added.body());
        assertTrue(location(added).endsWith("?done=added"));
        Source stored = sources.list().stream().filter(s -> s.name().equals("Harbour Wire")).findFirst().orElseThrow();
        assertEquals(List.of("harbour-wire.example", "www.harbour-news.example"), stored.hosts());
        assertEquals("shortenOnly", stored.headlinePolicy().value());
        assertTrue(stored.copyImages());
        assertFalse(stored.linkImages(), "an unticked box is false");
        assertEquals("© Harbour Wire", stored.attribution());

        String page = maria.get(location(added)).body();
        assertTrue(page.contains("Added."));
        assertTrue(page.contains("value=\"harbour-wire.example, www.harbour-news.example\""), page);
        assertTrue(page.contains("Shorten only: keep the original&#39;s words in their order and leave some out."), page);

        HttpResponse<String> saved = post(maria, SOURCES + "/source/" + stored.id(), Map.of("name", "Harbour Wire",
                "hosts", "harbour-wire.example", "headlinePolicy", "locked", "homepage", "", "usageTerms", "",
                "attribution", ""));
        assertEquals(303, saved.statusCode(), saved.body());
        Source changed = sources.get(stored.id());
        assertEquals("locked", changed.headlinePolicy().value());
        assertFalse(changed.copyImages(), "the box was unticked");
        assertEquals(null, changed.homepage(), "emptied");

        String list = maria.get(SOURCES).body();
        assertTrue(list.contains(">Harbour Wire</a>"), list);
        assertTrue(list.contains("No feeds"));
        assertTrue(list.replaceAll("\\s+", " ").contains("class=\"col-headlinePolicy\"> Locked"), list);
    }

    @Test
    void badSourceInputShowsTheStoresMessageInTheFormAndStoresNothing() throws Exception {
        source("Claimed Wire", "claimed-wire.example");
        AuthoringClient maria = signedIn();
        maria.get(SOURCES + "/add");
        int before = sources.list().size();
        HttpResponse<String> refused = post(maria, SOURCES + "/add", Map.of("name", "Copycat Wire",
                "hosts", "claimed-wire.example", "headlinePolicy", "free"));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("hosts: claimed-wire.example already belongs to the source &quot;Claimed Wire&quot;"),
                refused.body());
        assertTrue(refused.body().contains("id=\"e-hosts\""), "shown beside the field");
        assertTrue(refused.body().contains("value=\"Copycat Wire\""), "what was typed stays");
        HttpResponse<String> badHomepage = post(maria, SOURCES + "/add", Map.of("name", "Odd Wire",
                "homepage", "javascript:alert(1)", "headlinePolicy", "free"));
        assertEquals(400, badHomepage.statusCode());
        assertTrue(badHomepage.body().contains("homepage must be an http or https address"));
        assertEquals(400, post(maria, SOURCES + "/add", Map.of("name", " ", "headlinePolicy", "free")).statusCode());
        assertEquals(before, sources.list().size(), "nothing stored");
    }

    @Test
    void anEditorSubscribesRunsNowAndReadsTheLog() throws Exception {
        Source source = loopback;
        agency.feed("pier");
        agency.publish("pier", FixtureAgency.Item.of("pier-1", "Pier reopens after repairs",
                "The pier reopened on Monday after a winter of storm repairs."));
        AuthoringClient maria = signedIn();
        // The form of a new subscription for a feed URL picks the source whose host it is.
        String url = agency.feed("pier").toString();
        String form = maria.get(FEEDS + "/add?url=" + io.mediawire.host.web.authoring.AdminPaths.encode(url)).body();
        assertTrue(form.contains("<option value=\"" + source.id() + "\" selected>Loopback Wire</option>"), form);
        assertTrue(form.contains("value=\"" + url + "\""));
        HttpResponse<String> added = post(maria, FEEDS + "/add", Map.of("source", source.id(), "url", url,
                "interval", "PT5M", "publish", "draft", "filters", "", "quietAfter", ""));
        assertEquals(303, added.statusCode(), added.body());
        String feedPage = location(added).replaceAll("\\?.*", "");
        String id = feedPage.substring(feedPage.lastIndexOf('/') + 1);
        assertEquals(0, agency.requests("pier"), "the scheduler does not poll in this test");
        String before = maria.get(feedPage).body();
        assertTrue(before.contains("No runs yet."));

        HttpResponse<String> ran = post(maria, feedPage + "/runNow", Map.of());
        assertEquals(303, ran.statusCode(), ran.body());
        String after = maria.get(location(ran)).body();
        assertTrue(after.contains("Run finished"), after);
        assertTrue(after.contains("1 new"), after);
        assertTrue(after.contains("Run now"), "how the run was started");
        assertTrue(after.contains("id=\"feed-health\">Healthy<"), after);
        assertTrue(after.contains("id=\"feed-new-today\">1<"), after);
        assertTrue(imported("Pier reopens after repairs").isPresent());
        assertTrue(maria.get(ROOT + "/mediaWire").body().contains("Pier reopens after repairs"), "in the story list");

        String list = maria.get(FEEDS).body();
        assertTrue(list.contains("data-id=\"" + id + "\""), list);
        assertTrue(list.contains("health-healthy"), list);
        assertTrue(list.contains(">Loopback Wire</a>"));

        String sourceList = maria.get(SOURCES).body();
        assertTrue(sourceList.contains("1 healthy"), sourceList);
        String sourcePage = maria.get(SOURCES + "/source/" + source.id()).body();
        assertTrue(sourcePage.contains(url), "its feeds under its form");
    }

    @Test
    void aFailingFeedIsExplainedInPlainWordsWithItsNextTry() throws Exception {
        Source source = source("Storm Wire", "storm-wire.example");
        Subscription feed = subscription(source, "storm");
        agency.fail("storm", 503, null);
        AuthoringClient maria = signedIn();
        maria.get(FEEDS + "/feed/" + feed.id());
        HttpResponse<String> ran = post(maria, FEEDS + "/feed/" + feed.id() + "/runNow", Map.of());
        assertEquals(303, ran.statusCode());
        String page = maria.get(location(ran)).body();
        // A 5-minute feed that failed once waits twice its interval: 09:10 by the clock that stands at 09:00.
        assertTrue(page.contains("The feed answered 503 Service Unavailable; next try at " + hhmm(10) + " (backing off)."), page);
        assertTrue(page.contains("run-failed"), page);
        assertFalse(page.contains("at io.mediawire"), "no stack trace");
        assertTrue(maria.get(FEEDS).body().contains("The feed answered 503 Service Unavailable; next try at"));
        agency.mode("storm", FixtureAgency.Mode.NORMAL);
        post(maria, FEEDS + "/feed/" + feed.id() + "/runNow", Map.of());
        String recovered = maria.get(FEEDS + "/feed/" + feed.id()).body();
        assertTrue(recovered.contains("id=\"feed-health\">Healthy<"), recovered);
        assertFalse(recovered.contains("id=\"feed-problem\""), "the last run had no problem");
        assertTrue(recovered.contains("The feed answered 503 Service Unavailable."), "the failed run stays in the log");
    }

    private static String hhmm(int minutesFromNow) {
        java.time.LocalTime time = CLOCK.instant().plus(Duration.ofMinutes(minutesFromNow)).atZone(ZoneId.of("UTC")).toLocalTime();
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    @Test
    void pauseAndResumeAreOfferedOneAtATime() throws Exception {
        Source source = source("Pause Wire", "pause-wire.example");
        Subscription feed = subscription(source, "pause");
        AuthoringClient maria = signedIn();
        String page = maria.get(FEEDS + "/feed/" + feed.id()).body();
        assertTrue(page.contains("data-action=\"pause\""));
        assertFalse(page.contains("data-action=\"resume\""));
        HttpResponse<String> paused = post(maria, FEEDS + "/feed/" + feed.id() + "/pause", Map.of());
        assertEquals(303, paused.statusCode());
        assertFalse(subscriptions.get(feed.id()).enabled());
        String pausedPage = maria.get(location(paused)).body();
        assertTrue(pausedPage.contains("id=\"feed-health\">Paused<"), pausedPage);
        assertTrue(pausedPage.contains("not while paused"));
        assertTrue(pausedPage.contains("data-action=\"resume\""));
        assertEquals(400, post(maria, FEEDS + "/feed/" + feed.id() + "/pause", Map.of()).statusCode(),
                "pausing a paused feed is not offered");
        assertEquals(303, post(maria, FEEDS + "/feed/" + feed.id() + "/resume", Map.of()).statusCode());
        assertTrue(subscriptions.get(feed.id()).enabled());
    }

    @Test
    void anEditorChangesAFeedAndBadInputIsRefusedInTheForm() throws Exception {
        Source source = source("Edit Wire", "edit-wire.example");
        Subscription feed = subscription(source, "edit");
        AuthoringClient maria = signedIn();
        maria.get(FEEDS + "/feed/" + feed.id());
        HttpResponse<String> saved = post(maria, FEEDS + "/feed/" + feed.id(), Map.of("url", feed.url(),
                "interval", "P1D", "publish", "publish", "filters", "storm OR flood*", "quietAfter", "P2D"));
        assertEquals(303, saved.statusCode(), saved.body());
        Subscription changed = subscriptions.get(feed.id());
        assertEquals(Duration.ofDays(1), changed.interval());
        assertEquals("storm OR flood*", changed.filters());
        assertTrue(maria.get(FEEDS + "/feed/" + feed.id()).body().contains("<option value=\"P1D\" selected>"),
                "24 hours is the option P1D");
        HttpResponse<String> refused = post(maria, FEEDS + "/feed/" + feed.id(), Map.of("url", feed.url(),
                "interval", "PT5M", "publish", "draft", "filters", "(storm OR rain", "quietAfter", ""));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("a &#39;(&#39; is not closed at position 15"), refused.body());
        assertTrue(refused.body().contains("id=\"e-filters\""));
        assertEquals("storm OR flood*", subscriptions.get(feed.id()).filters(), "nothing stored");
        HttpResponse<String> tooOften = post(maria, FEEDS + "/add", Map.of("source", source.id(),
                "url", agency.feed("often").toString(), "interval", "PT30S", "publish", "draft"));
        assertEquals(400, tooOften.statusCode());
        assertTrue(tooOften.body().contains("interval must be at least 1 minute"));
        HttpResponse<String> notAUrl = post(maria, FEEDS + "/add", Map.of("source", source.id(),
                "url", "not a url", "interval", "PT5M", "publish", "draft"));
        assertEquals(400, notAUrl.statusCode());
        assertEquals(1, subscriptions.ofSource(source.id()).size(), "nothing added");
    }

    @Test
    void deletingAFeedOrASourceAsksFirstAndItsStoriesStay() throws Exception {
        Source source = source("Gone Wire", "127.0.0.2");
        agency.feed("gone");
        agency.publish("gone", FixtureAgency.Item.of("gone-1", "Ferry timetable changes for winter",
                "The ferry runs every two hours from November."));
        Subscription feed = subscription(source, "gone");
        subscriptions.runNow(feed.id());
        Story story = imported("Ferry timetable changes for winter").orElseThrow();
        AuthoringClient maria = signedIn();
        String feedPage = FEEDS + "/feed/" + feed.id();
        String confirm = maria.get(feedPage + "/confirmDeletion").body();
        assertTrue(confirm.contains("Delete this feed?"), confirm);
        assertTrue(confirm.contains("The stories it brought stay on the site."));
        HttpResponse<String> unconfirmed = post(maria, feedPage + "/delete", Map.of());
        assertEquals(feedPage + "/confirmDeletion", location(unconfirmed));
        assertTrue(subscriptions.find(feed.id()).isPresent(), "not without confirming");
        HttpResponse<String> deleted = post(maria, feedPage + "/delete", Map.of("confirmed", "yes"));
        assertEquals(FEEDS + "?done=deleted", location(deleted));
        assertTrue(subscriptions.find(feed.id()).isEmpty());
        assertEquals(404, maria.get(feedPage).statusCode());
        assertTrue(host.stories().byId(story.id()).isPresent(), "its story stays");

        String sourcePage = SOURCES + "/source/" + source.id();
        assertTrue(maria.get(sourcePage + "/confirmDeletion").body().contains("Its stories stay on the site"));
        assertEquals(SOURCES + "?done=deleted", location(post(maria, sourcePage + "/delete", Map.of("confirmed", "yes"))));
        assertTrue(sources.find(source.id()).isEmpty());
        assertTrue(host.stories().byId(story.id()).isPresent(), "its story stays");
        assertTrue(maria.get(SOURCES + "?done=deleted").body().contains("Deleted."));
    }

    @Test
    void theStoryFormRefusesARetitleTheSourcesHeadlinePolicyForbids() throws Exception {
        Source locked = sources.create(SourceFields.named("Locked Form Wire", List.of("locked-form.example"))
                .withHeadlinePolicy("locked"), "test");
        Source shorten = sources.create(SourceFields.named("Short Form Wire", List.of("short-form.example"))
                .withHeadlinePolicy("shortenOnly"), "test");
        Story lockedStory = story("Minister resigns over expenses", "https://locked-form.example/politics/minister");
        Story shortStory = story("Storm closes the mountain pass for three days", "https://short-form.example/storm");
        AuthoringClient maria = signedIn();
        String storyPage = ROOT + "/mediaWire/story/";
        maria.get(storyPage + lockedStory.id());
        HttpResponse<String> refused = post(maria, storyPage + lockedStory.id(), Map.of("headline", "Minister quits",
                "tags", ""));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("Locked Form Wire does not allow its headlines to be changed (headline policy: locked)."),
                refused.body());
        assertEquals("Minister resigns over expenses", host.stories().byId(lockedStory.id()).orElseThrow().headline());

        HttpResponse<String> reworded = post(maria, storyPage + shortStory.id(), Map.of("headline",
                "Storm shuts the mountain pass", "tags", ""));
        assertEquals(400, reworded.statusCode());
        assertTrue(reworded.body().contains("(headline policy: shortenOnly)"), reworded.body());
        assertTrue(reworded.body().contains("&quot;shuts&quot; is not in the original"), reworded.body());
        assertEquals(303, post(maria, storyPage + shortStory.id(), Map.of("headline", "Storm closes the mountain pass",
                "tags", "")).statusCode(), "leaving words out is allowed");
        assertEquals("Storm closes the mountain pass", host.stories().byId(shortStory.id()).orElseThrow().headline());
        assertTrue(locked.id() != null && shorten.id() != null);
    }

    @Test
    void afterAOneOffFeedImportTheDialogOffersToSubscribe() throws Exception {
        Source source = loopback;
        agency.feed("offer");
        agency.publish("offer", FixtureAgency.Item.of("offer-1", "Harbour cranes stand still",
                "The cranes stood still for a day of maintenance."));
        String feedUrl = agency.feed("offer").toString();
        AuthoringClient maria = signedIn();
        maria.get(ROOT + "/mediaWire/import");
        HttpResponse<String> started = post(maria, ROOT + "/mediaWire/import", Map.of("url", feedUrl));
        assertEquals(303, started.statusCode(), started.body());
        String job = maria.get(location(started)).body();
        for (int i = 0; i < 200 && job.contains("http-equiv=\"refresh\""); i++) {
            Thread.sleep(50); // the import runs in the background; its page refreshes until it is done
            job = maria.get(location(started)).body();
        }
        String subscribe = FEEDS + "/add?url=" + io.mediawire.host.web.authoring.AdminPaths.encode(feedUrl);
        assertTrue(job.contains("href=\"" + subscribe.replace("&", "&amp;") + "\""), job);
        assertTrue(job.contains("Subscribe to this feed"));
        String form = maria.get(subscribe).body();
        assertTrue(form.contains("<option value=\"" + source.id() + "\" selected>Loopback Wire</option>"),
                "the source whose host the feed is on");
        assertTrue(form.contains("value=\"" + feedUrl + "\""));

        String article = maria.get(ROOT + "/mediaWire/import").body();
        assertFalse(article.contains("Subscribe to this feed"), "the dialog itself offers nothing");
    }

    static java.util.Optional<Story> imported(String headline) {
        return host.stories().list(0, 100).items().stream().filter(s -> s.headline().equals(headline)).findFirst();
    }

    static Story story(String headline, String url) {
        CreateResult result = host.stories().create(NewStory.of(headline, "<p>" + headline + ", the agency reported.</p>",
                "agency", url), "importer");
        return ((CreateResult.Created) result).story();
    }
}
