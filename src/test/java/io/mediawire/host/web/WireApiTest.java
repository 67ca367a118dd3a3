package io.mediawire.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediawire.host.Host;
import io.mediawire.host.benchmark.FixtureAgency;
import io.mediawire.host.security.Role;
import io.mediawire.host.security.UserStore;
import io.mediawire.story.CreateResult;
import io.mediawire.story.NewStory;
import io.mediawire.story.Story;
import io.mediawire.testing.TestHost;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editors' API for sources, subscriptions and stories, and {@code /.health/feeds}, over real HTTP on a
 * real host whose scheduler runs: a new subscription's first poll happens on its own.
 */
class WireApiTest {
    static final String PASSWORD = "correct horse battery";
    static final String V1 = "/.rest/mediawire/v1";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path home;
    static FixtureAgency agency;
    static Host host;

    @BeforeAll
    static void start() throws Exception {
        agency = new FixtureAgency("127.0.0.1");
        host = TestHost.startAllowing(home, Clock.systemUTC(), agency.hostPort());
        new UserStore(host.services().sessions(), Clock.systemUTC())
                .add("maria", PASSWORD.toCharArray(), EnumSet.of(Role.EDITOR), "test");
    }

    @AfterAll
    static void stop() {
        host.close();
        agency.close();
    }

    static HttpResponse<String> send(String method, String path, String json, boolean editor) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(host.baseUri().resolve(path.substring(1)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (editor) {
            request.header("Authorization", ImportWebTest.basic("maria", PASSWORD));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode ok(HttpResponse<String> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    static JsonNode waitForRun(String subscription) throws Exception {
        for (int i = 0; i < 400; i++) {
            JsonNode state = ok(send("GET", V1 + "/subscriptions/" + subscription, null, true), 200);
            if (!state.path("runs").isEmpty()) {
                return state;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the first poll did not run");
    }

    @Test
    void anEditorAddsASourceAndASubscriptionWhoseFirstPollRunsAtOnce() throws Exception {
        HttpResponse<String> created = send("POST", V1 + "/sources",
                "{\"name\": \"Harbour Wire\", \"hosts\": [\"harbour-wire.example\"], \"headlinePolicy\": \"shortenOnly\","
                        + " \"usageTerms\": \"Credit the agency.\"}", true);
        JsonNode source = ok(created, 201);
        String id = source.path("id").asText();
        assertEquals(V1 + "/sources/" + id, created.headers().firstValue("Location").orElseThrow());
        assertEquals("Harbour Wire", source.path("name").asText());
        assertEquals("shortenOnly", source.path("headlinePolicy").asText());
        assertFalse(source.path("autoAcceptUpdates").asBoolean(true));

        agency.feed("api");
        agency.publish("api", FixtureAgency.Item.of("api-1", "Pier reopens", "The pier reopened after storm repairs."));
        JsonNode subscription = ok(send("POST", V1 + "/subscriptions", "{\"source\": \"" + id + "\", \"url\": \""
                + agency.url("/feeds/api") + "\", \"interval\": \"PT5M\", \"publish\": \"draft\", \"filters\": "
                + "{\"include\": \"pier OR harbour\", \"exclude\": \"sponsored\"}}", true), 201);
        assertEquals("(pier OR harbour) AND NOT (sponsored)", subscription.path("filters").asText());
        assertEquals("Harbour Wire", subscription.path("sourceName").asText());
        JsonNode polled = waitForRun(subscription.path("id").asText());
        assertEquals(1, polled.path("runs").get(0).path("new").asInt(), polled.toString());
        assertEquals("healthy", polled.path("health").asText());

        JsonNode run = ok(send("POST", V1 + "/subscriptions/" + subscription.path("id").asText() + "/run", null, true), 200);
        assertEquals("notModified", run.path("run").path("outcome").asText());
        assertEquals(304, run.path("run").path("status").asInt());

        JsonNode withSubscriptions = ok(send("GET", V1 + "/sources/" + id, null, true), 200);
        assertEquals(agency.url("/feeds/api").toString(), withSubscriptions.path("subscriptions").get(0).path("url").asText());
        assertTrue(ok(send("GET", V1 + "/sources", null, true), 200).path("results").size() >= 1);
    }

    @Test
    void storiesAPublishingSubscriptionBringsShowAtOnceInTheKeptPublicAnswers() throws Exception {
        String source = ok(send("POST", V1 + "/sources", "{\"name\": \"Quay Wire\"}", true), 201).path("id").asText();
        agency.feed("quay");
        List<String> listings = List.of("/media-wire/", "/media-wire/feed.xml", "/.rest/delivery/mediawire?limit=10");
        for (String path : listings) { // asked twice: made, then kept
            assertEquals(200, send("GET", path, null, false).statusCode(), path);
            assertEquals(200, send("GET", path, null, false).statusCode(), path);
        }
        long served = host.web().answers().served();
        assertEquals(200, send("GET", listings.get(0), null, false).statusCode());
        assertEquals(served + 1, host.web().answers().served(), "the section is kept");

        agency.publish("quay", FixtureAgency.Item.of("quay-1", "Quay crane returns", "The old quay crane returned today."));
        String id = ok(send("POST", V1 + "/subscriptions", "{\"source\": \"" + source + "\", \"url\": \""
                + agency.url("/feeds/quay") + "\", \"interval\": \"PT1H\", \"publish\": \"publish\"}", true), 201)
                .path("id").asText();
        assertEquals(1, waitForRun(id).path("runs").get(0).path("new").asInt());
        for (String path : listings) {
            HttpResponse<String> answer = send("GET", path, null, false);
            assertEquals(200, answer.statusCode(), path);
            assertTrue(answer.body().contains("Quay crane returns"), path + " shows the story published by the poll");
        }
    }

    @Test
    void changesPauseResumeAndDeleteThroughTheApi() throws Exception {
        String source = ok(send("POST", V1 + "/sources", "{\"name\": \"Change Wire\"}", true), 201).path("id").asText();
        agency.feed("changes");
        String id = ok(send("POST", V1 + "/subscriptions", "{\"source\": \"" + source + "\", \"url\": \""
                + agency.url("/feeds/changes") + "\", \"interval\": \"PT5M\"}", true), 201).path("id").asText();
        JsonNode changed = ok(send("PUT", V1 + "/subscriptions/" + id, "{\"interval\": \"PT15M\", \"publish\": \"publish\"}",
                true), 200);
        assertEquals("PT15M", changed.path("interval").asText());
        assertEquals("publish", changed.path("publish").asText());
        JsonNode paused = ok(send("POST", V1 + "/subscriptions/" + id + "/pause", null, true), 200);
        assertFalse(paused.path("enabled").asBoolean());
        assertTrue(paused.path("nextRun").isNull(), "a paused subscription has no next run");
        assertTrue(ok(send("PUT", V1 + "/subscriptions/" + id, "{\"enabled\": true}", true), 200).path("enabled").asBoolean());
        JsonNode renamed = ok(send("PUT", V1 + "/sources/" + source, "{\"name\": \"Changed Wire\"}", true), 200);
        assertEquals("Changed Wire", renamed.path("name").asText());
        assertEquals(204, send("DELETE", V1 + "/subscriptions/" + id, null, true).statusCode());
        assertEquals(404, send("GET", V1 + "/subscriptions/" + id, null, true).statusCode());
        assertEquals(204, send("DELETE", V1 + "/sources/" + source, null, true).statusCode());
        assertEquals(404, send("GET", V1 + "/sources/" + source, null, true).statusCode());
    }

    @Test
    void badInputGetsAClearErrorAndNothingIsStored() throws Exception {
        String source = ok(send("POST", V1 + "/sources", "{\"name\": \"Strict Wire\"}", true), 201).path("id").asText();
        JsonNode shortInterval = ok(send("POST", V1 + "/subscriptions", "{\"source\": \"" + source
                + "\", \"url\": \"https://feeds.example/rss\", \"interval\": \"PT30S\"}", true), 400);
        assertEquals("badRequest", shortInterval.path("error").path("code").asText());
        assertEquals("interval must be at least 1 minute (PT1M), not PT30S",
                shortInterval.path("error").path("message").asText());
        assertTrue(ok(send("POST", V1 + "/subscriptions", "{\"source\": \"" + source
                + "\", \"url\": \"https://feeds.example/rss\", \"filters\": \"/storm(/\"}", true), 400)
                .path("error").path("message").asText().contains("is not a valid regular expression"));
        assertEquals("url is not a usable feed address: unsupported scheme 'ftp' (only http and https): "
                + "'ftp://feeds.example/rss'", ok(send("POST", V1 + "/subscriptions", "{\"source\": \"" + source
                + "\", \"url\": \"ftp://feeds.example/rss\"}", true), 400).path("error").path("message").asText());
        assertEquals(0, ok(send("GET", V1 + "/subscriptions?source=" + source, null, true), 200).path("results").size());
        assertEquals(400, send("POST", V1 + "/sources", "{\"hosts\": [\"x.example\"]}", true).statusCode());
        assertEquals(404, send("POST", V1 + "/subscriptions", "{\"source\": \"no-such-source\", \"url\": "
                + "\"https://feeds.example/rss\"}", true).statusCode());
        assertEquals(415, HTTP.send(HttpRequest.newBuilder(host.baseUri().resolve(V1.substring(1) + "/sources"))
                .header("Authorization", ImportWebTest.basic("maria", PASSWORD)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"X\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "what a cross-site form could send is refused");
    }

    @Test
    void onlyEditorsAndABrowserSessionNeedsItsCsrfToken() throws Exception {
        assertEquals(401, send("GET", V1 + "/sources", null, false).statusCode());
        assertEquals(401, send("POST", V1 + "/sources", "{\"name\": \"Anonymous\"}", false).statusCode());
        assertEquals(401, send("GET", "/.health/feeds", null, false).statusCode());
        AuthoringClient client = new AuthoringClient(host.baseUri());
        client.login("maria", PASSWORD, null);
        String csrf = client.csrfFrom(AuthoringClient.ROOT + "/mediaWire");
        HttpRequest.Builder request = HttpRequest.newBuilder(host.baseUri().resolve(V1.substring(1) + "/sources"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Session Wire\"}"));
        assertEquals(403, client.http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(201, client.http.send(request.header("X-CSRF-Token", csrf).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void feedsHealthSummarisesEverySubscriptionForEditors() throws Exception {
        String source = ok(send("POST", V1 + "/sources", "{\"name\": \"Broken Wire\"}", true), 201).path("id").asText();
        agency.feed("broken");
        agency.fail("broken", 500, null);
        String id = ok(send("POST", V1 + "/subscriptions", "{\"source\": \"" + source + "\", \"url\": \""
                + agency.url("/feeds/broken") + "\"}", true), 201).path("id").asText();
        waitForRun(id);
        JsonNode health = ok(send("GET", "/.health/feeds", null, true), 200);
        JsonNode entry = null;
        for (JsonNode subscription : health.path("subscriptions")) {
            if (subscription.path("id").asText().equals(id)) {
                entry = subscription;
            }
        }
        assertEquals(agency.url("/feeds/broken").toString(), entry.path("url").asText());
        assertEquals("healthy", entry.path("health").asText(), "one failure is not yet failing");
        assertEquals("HTTP 500 Server Error from " + agency.url("/feeds/broken"), entry.path("lastError").asText());
        assertFalse(entry.path("lastRun").isNull());
        assertTrue(Instant.parse(entry.path("nextRun").asText()).isAfter(Instant.parse(entry.path("lastRun").asText())));
        assertTrue(health.path("counts").has("failing"));
        assertEquals("{\"status\":\"UP\"}", send("GET", "/.health", null, false).body(), "/.health stays about the repository");
    }

    @Test
    void theStoriesApiRefusesARetitleTheSourcesLicenceForbids() throws Exception {
        String source = ok(send("POST", V1 + "/sources", "{\"name\": \"Locked Wire\", \"hosts\": [\"locked-wire.example\"],"
                + " \"headlinePolicy\": \"locked\"}", true), 201).path("id").asText();
        Story story = ((CreateResult.Created) host.stories().create(NewStory.of("Minister resigns over expenses",
                "<p>The minister resigned on Friday after a week of reports.</p>", "locked-wire.example",
                "https://locked-wire.example/politics/minister"), "editor")).story();
        JsonNode read = ok(send("GET", V1 + "/stories/" + story.id(), null, true), 200);
        assertEquals("Locked Wire", read.path("sourceDisplayName").asText());
        assertEquals("locked-wire.example", read.path("sourceName").asText(), "as imported");
        assertEquals(source, read.path("source").asText());

        JsonNode refused = ok(send("PUT", V1 + "/stories/" + story.id(), "{\"headline\": \"Minister quits\"}", true), 422);
        assertEquals("headlinePolicy", refused.path("error").path("code").asText());
        assertTrue(refused.path("error").path("message").asText()
                .startsWith("Locked Wire does not allow its headlines to be changed (headline policy: locked)."));
        ok(send("PUT", V1 + "/sources/" + source, "{\"headlinePolicy\": \"shortenOnly\"}", true), 200);
        assertEquals("Minister resigns", ok(send("PATCH", V1 + "/stories/" + story.id(),
                "{\"headline\": \"Minister resigns\"}", true), 200).path("headline").asText());
        assertEquals(422, send("PATCH", V1 + "/stories/" + story.id(), "{\"headline\": \"Minister sacked\"}", true)
                .statusCode());
    }

    @Test
    void aPageTheFeedAndTheDeliveryApiShowTheSourcesDisplayName() throws Exception {
        Story story = ((CreateResult.Created) host.stories().createPublished(NewStory.of("Library opens late",
                "<p>The library opens until nine on Thursdays from next week.</p>", "127.0.0.1",
                "http://127.0.0.1:9/local/library"), "editor")).story();
        SiteHttp site = new SiteHttp(host.baseUri());
        assertTrue(site.page(SiteHttp.link(story.path())).select(".story__source-name").text().equals("127.0.0.1"));
        ok(send("POST", V1 + "/sources", "{\"name\": \"Fixture Agency\", \"hosts\": [\"127.0.0.1\"]}", true), 201);
        assertEquals("Fixture Agency", site.page(SiteHttp.link(story.path())).select(".story__source-name").text(),
                "the cached page was dropped when the source appeared");
        assertTrue(site.get("/media-wire/feed.xml").body().contains(">Fixture Agency</source>"));
        JsonNode delivered = JSON.readTree(site.get("/.rest/delivery/mediawire" + story.path()).body());
        assertEquals("Fixture Agency", delivered.path("sourceDisplayName").asText(), delivered.toString());
        assertEquals("127.0.0.1", delivered.path("sourceName").asText());
    }
}
