package io.mediawire.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediawire.host.Host;
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
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /.health/cache} over real HTTP: refused to anyone but an editor, and for an editor the caches'
 * figures move with the readers' requests. The editors' own answers never enter the public cache.
 */
class CacheHealthTest {
    static final String PASSWORD = "correct horse battery";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path home;
    static Host host;

    @BeforeAll
    static void start() throws Exception {
        host = TestHost.start(home);
        UserStore users = new UserStore(host.services().sessions(), Clock.systemUTC());
        users.add("maria", PASSWORD.toCharArray(), EnumSet.of(Role.EDITOR), "test");
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    static HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(host.baseUri().resolve(path.substring(1)));
        if (user != null) {
            request.header("Authorization", ImportWebTest.basic(user, PASSWORD));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode cacheHealth() throws Exception {
        HttpResponse<String> response = get("/.health/cache", "maria");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null));
        return JSON.readTree(response.body());
    }

    @Test
    void onlyAnEditorSeesTheCaches() throws Exception {
        HttpResponse<String> anonymous = get("/.health/cache", null);
        assertEquals(401, anonymous.statusCode());
        assertEquals("notAuthorized", JSON.readTree(anonymous.body()).path("error").path("code").asText());
        assertEquals(401, get("/.health/cache", "nobody").statusCode(), "no such user");
        HttpResponse<String> wrongPassword = HTTP.send(HttpRequest.newBuilder(host.baseUri().resolve(".health/cache"))
                .header("Authorization", ImportWebTest.basic("maria", "not the password")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, wrongPassword.statusCode());
        assertEquals(200, get("/.health/cache", "maria").statusCode());
    }

    @Test
    void anEditorSeesTheHitRateMoveWithReadersRequests() throws Exception {
        Story story = ((CreateResult.Created) host.stories().create(NewStory.of("Lock gates replaced",
                "<p>" + "The canal's lock gates were replaced over the winter. ".repeat(20) + "</p>", "Canal Wire",
                "https://canal-wire.example/gates"), "importer")).story();
        host.stories().publish(story.id(), "editor");
        String article = SiteHttp.link(host.stories().byId(story.id()).orElseThrow().path());
        JsonNode before = cacheHealth();
        long changes = before.path("invalidation").path("publicChanges").asLong();

        assertEquals(200, get(article, null).statusCode()); // made: a miss in both caches
        for (int i = 0; i < 3; i++) {
            assertEquals(200, get(article, null).statusCode()); // kept: hits
        }
        JsonNode after = cacheHealth();
        JsonNode kept = after.path("caches").path("keptAnswers");
        JsonNode keptBefore = before.path("caches").path("keptAnswers");
        assertEquals(keptBefore.path("misses").asLong() + 1, kept.path("misses").asLong(), after.toString());
        assertEquals(keptBefore.path("hits").asLong() + 3, kept.path("hits").asLong(), after.toString());
        double expected = (double) kept.path("hits").asLong() / (kept.path("hits").asLong() + kept.path("misses").asLong());
        assertEquals(expected, kept.path("hitRate").asDouble(), 1e-9);
        assertTrue(kept.path("hitRate").asDouble() > keptBefore.path("hitRate").asDouble()
                || keptBefore.path("hits").asLong() + keptBefore.path("misses").asLong() == 0, after.toString());
        assertTrue(kept.path("entries").asLong() >= 1);
        assertTrue(kept.path("weightBytes").asLong() > 1000, "the article's bytes, both variants");
        assertEquals(ReadyAnswers.DEFAULT_MAX_BYTES, kept.path("boundBytes").asLong());
        assertEquals(0, kept.path("evictions").asLong());
        JsonNode rendered = after.path("caches").path("renderedPages");
        assertTrue(rendered.path("misses").asLong() > before.path("caches").path("renderedPages").path("misses").asLong(),
                "the first request rendered the page");
        assertTrue(rendered.path("entries").asLong() >= 1);

        // A public change moves the counters, and the kept article is dropped when next asked for.
        host.stories().unpublish(story.id(), "editor");
        assertEquals(404, get(article, null).statusCode());
        JsonNode changed = cacheHealth();
        assertEquals(changes + 1, changed.path("invalidation").path("publicChanges").asLong(), changed.toString());
        JsonNode afterChange = changed.path("caches").path("keptAnswers");
        assertEquals(kept.path("staleDropped").asLong() + 1, afterChange.path("staleDropped").asLong());
        assertEquals(kept.path("misses").asLong() + 1, afterChange.path("misses").asLong(), "a stale answer is a miss");
    }

    @Test
    void theEditorsAnswersAreNeverKept() throws Exception {
        List<String> editorsOnly = List.of("/.health/cache", "/.health/feeds", "/.rest/mediawire/v1/sources",
                "/.rest/mediawire/v1/subscriptions");
        for (String path : editorsOnly) {
            assertEquals(200, get(path, "maria").statusCode(), path);
        }
        JsonNode before = cacheHealth().path("caches").path("keptAnswers");
        for (String path : editorsOnly) {
            assertEquals(200, get(path, "maria").statusCode(), path);
            assertEquals(401, get(path, null).statusCode(), path + " is not served to the public from anything kept");
        }
        JsonNode after = cacheHealth().path("caches").path("keptAnswers");
        assertEquals(before.path("hits").asLong(), after.path("hits").asLong(), "none was looked up among the kept answers");
        assertEquals(before.path("misses").asLong(), after.path("misses").asLong());
        assertEquals(before.path("entries").asLong(), after.path("entries").asLong());
    }
}
