package io.mediawire.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediawire.host.security.Role;
import io.mediawire.host.security.UserStore;
import io.mediawire.host.Host;
import io.mediawire.importing.FixtureSite;
import io.mediawire.story.Story;
import io.mediawire.story.StoryStatus;
import io.mediawire.testing.TestHost;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import API and the import dialog over real HTTP, against a fixture agency on loopback. */
class ImportWebTest {
    static final String PASSWORD = "correct horse battery";
    static final String API = "/.rest/mediawire/v1/imports";
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path home;
    static FixtureSite site;
    static Host host;
    static HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        site = new FixtureSite();
        site.feed("/feed.xml", "application/rss+xml", """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Agency</title>
                <item><title>Library</title><link>{{base}}local/library</link></item>
                <item><title>Trains</title><link>{{base}}trains/night</link></item>
                <item><title>Gone</title><link>{{base}}gone</link></item>
                </channel></rss>""");
        site.feed("/warned.json", "application/feed+json", """
                {"version": "https://jsonfeed.org/version/1.1", "title": "Agency", "items": [
                  {"id": "w-1", "url": "{{base}}fa/library", "image": "javascript:alert(1)"}]}""");
        host = TestHost.startAllowing(home, Clock.systemUTC(), site.hostPort());
        UserStore users = new UserStore(host.services().sessions(), Clock.systemUTC());
        users.add("maria", PASSWORD.toCharArray(), EnumSet.of(Role.EDITOR), "test");
        users.add("nils", PASSWORD.toCharArray(), EnumSet.of(Role.EDITOR), "test");
        users.add("ada", PASSWORD.toCharArray(), EnumSet.of(Role.ADMIN), "test");
    }

    @AfterAll
    static void stop() {
        host.close();
        site.close();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(String json, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(host.baseUri().resolve(API))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode waitForJob(String id) throws Exception {
        for (int i = 0; i < 300; i++) {
            JsonNode job = JSON.readTree(http.send(HttpRequest.newBuilder(host.baseUri().resolve(API + "/" + id))
                    .header("Authorization", basic("maria", PASSWORD)).build(), HttpResponse.BodyHandlers.ofString()).body());
            if ("done".equals(job.path("state").asText())) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import job did not finish");
    }

    @Test
    void anEditorImportsAFeedThroughTheApiAndFollowsTheJob() throws Exception {
        HttpResponse<String> created = post("{\"urls\":[\"" + site.url("/feed.xml") + "\"],\"publish\":true}",
                basic("maria", PASSWORD));
        assertEquals(202, created.statusCode(), created.body());
        String id = JSON.readTree(created.body()).path("id").asText();
        assertEquals(API + "/" + id, created.headers().firstValue("Location").orElseThrow());
        JsonNode job = waitForJob(id);
        assertEquals(3, job.path("total").asInt(), job.toString());
        assertEquals(2, job.path("imported").asInt(), job.toString());
        assertEquals(1, job.path("failed").asInt());
        assertEquals("maria", job.path("user").asText());
        for (JsonNode item : job.path("results")) {
            if (item.path("outcome").asText().equals("imported")) {
                Story story = host.stories().byPath(item.path("path").asText()).orElseThrow();
                assertEquals(StoryStatus.PUBLISHED, story.status());
                assertEquals("maria", story.createdBy());
            } else {
                assertTrue(item.path("message").asText().startsWith("failed: HTTP 404"), item.toString());
            }
        }
    }

    @Test
    void aJobIsShownToItsOwnerAndAdminsOnly() throws Exception {
        HttpResponse<String> created = post("{\"urls\":[\"" + site.url("/gone") + "\"]}", basic("maria", PASSWORD));
        String id = JSON.readTree(created.body()).path("id").asText();
        waitForJob(id);
        assertEquals(404, show(id, "nils").statusCode(), "another editor does not learn the job exists");
        HttpResponse<String> admin = show(id, "ada");
        assertEquals(200, admin.statusCode());
        assertEquals("maria", JSON.readTree(admin.body()).path("user").asText());
        assertEquals(200, show(id, "maria").statusCode());
    }

    static HttpResponse<String> show(String id, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(host.baseUri().resolve(API + "/" + id))
                .header("Authorization", basic(user, PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void onlyAClientThatSentBasicIsChallengedSoBrowsersStayOnSessionAndToken() throws Exception {
        HttpResponse<String> anonymous = post("{\"urls\":[\"https://example.com/\"]}", null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").isEmpty(),
                "a browser asked for Basic would send it on its own later, cross-site too, and Basic skips the CSRF check");
        HttpResponse<String> anonymousRead = http.send(HttpRequest.newBuilder(host.baseUri().resolve(API + "/x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymousRead.statusCode());
        assertTrue(anonymousRead.headers().firstValue("WWW-Authenticate").isEmpty());

        HttpResponse<String> wrongPassword = post("{\"urls\":[\"https://example.com/\"]}", basic("maria", "wrong password"));
        assertEquals(401, wrongPassword.statusCode());
        assertTrue(wrongPassword.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic realm="),
                "a script that sent Basic is told how to sign in");

        AuthoringClient browser = new AuthoringClient(host.baseUri());
        assertEquals(303, browser.login("maria", PASSWORD, null).statusCode());
        HttpResponse<String> withoutToken = browser.http.send(HttpRequest.newBuilder(host.baseUri().resolve(API))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"urls\":[\"https://example.com/\"]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, withoutToken.statusCode(), "a signed-in browser needs its CSRF token");
        assertTrue(withoutToken.headers().firstValue("WWW-Authenticate").isEmpty());
    }

    @Test
    void theApiWantsAnEditor() throws Exception {
        HttpResponse<String> anonymous = post("{\"urls\":[\"https://example.com/\"]}", null);
        assertEquals(401, anonymous.statusCode());
        assertEquals(401, post("{\"urls\":[\"https://example.com/\"]}", basic("maria", "wrong password")).statusCode());
        HttpResponse<String> badInput = post("{\"urls\":[\"ftp://example.com/x\"]}", basic("maria", PASSWORD));
        assertEquals(400, badInput.statusCode());
        assertTrue(badInput.body().contains("only http and https"), badInput.body());
        assertEquals(400, post("not json", basic("maria", PASSWORD)).statusCode());
        HttpResponse<String> formPost = http.send(HttpRequest.newBuilder(host.baseUri().resolve(API))
                .header("Authorization", basic("maria", PASSWORD)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"urls\":[\"" + site.url("/economy/bakery") + "\"]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, formPost.statusCode(), "what a cross-site form could send is refused");
        assertEquals(404, http.send(HttpRequest.newBuilder(host.baseUri().resolve(API + "/" + UUID.randomUUID()))
                .header("Authorization", basic("maria", PASSWORD)).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(405, http.send(HttpRequest.newBuilder(host.baseUri().resolve(API))
                .header("Authorization", basic("maria", PASSWORD)).DELETE().build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void repeatedWrongPasswordsAreSlowedDown() throws Exception {
        new UserStore(host.services().sessions(), Clock.systemUTC())
                .add("guessme", PASSWORD.toCharArray(), EnumSet.of(Role.EDITOR), "test");
        HttpResponse<String> last = null;
        for (int i = 0; i < 6 && (last == null || last.statusCode() != 429); i++) {
            last = post("{\"urls\":[\"https://example.com/\"]}", basic("guessme", "wrong " + i));
        }
        assertEquals(429, last.statusCode(), last.body());
        assertTrue(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow()) > 0);
        assertEquals(429, post("{\"urls\":[\"https://example.com/\"]}", basic("guessme", PASSWORD)).statusCode(),
                "even the right password waits out the delay");
    }

    @Test
    void aBrowserSessionNeedsItsCsrfTokenForTheApi() throws Exception {
        AuthoringClient client = new AuthoringClient(host.baseUri());
        client.login("maria", PASSWORD, null);
        String csrf = client.csrfFrom(AuthoringClient.ROOT + "/mediaWire");
        HttpRequest.Builder request = HttpRequest.newBuilder(host.baseUri().resolve(API))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"urls\":[\"" + site.url("/economy/bakery") + "\"]}"));
        assertEquals(403, client.http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpResponse<String> withToken = client.http.send(request.header("X-CSRF-Token", csrf).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, withToken.statusCode(), withToken.body());
    }

    @Test
    void theDialogStartsAJobAndItsPageShowsEachOutcome() throws Exception {
        AuthoringClient client = new AuthoringClient(host.baseUri());
        client.login("maria", PASSWORD, null);
        String dialog = client.get(AuthoringClient.ROOT + "/mediaWire/import").body();
        assertTrue(dialog.contains("Article or feed URL"), dialog);
        HttpResponse<String> noToken = client.post(AuthoringClient.ROOT + "/mediaWire/import",
                Map.of("url", site.url("/city/cycle-lanes").toString()));
        assertEquals(403, noToken.statusCode());
        assertTrue(host.stories().bySourceUrl(site.url("/city/cycle-lanes").toString()).isEmpty());

        client.csrfFrom(AuthoringClient.ROOT + "/mediaWire/import");
        HttpResponse<String> started = client.post(AuthoringClient.ROOT + "/mediaWire/import",
                Map.of("_csrf", client.csrf, "url", site.url("/city/cycle-lanes").toString()));
        assertEquals(303, started.statusCode(), started.body());
        String jobPage = started.headers().firstValue("Location").orElseThrow();
        String page = "";
        for (int i = 0; i < 300 && !page.contains("Import finished"); i++) {
            Thread.sleep(100);
            page = client.get(jobPage).body();
        }
        assertTrue(page.contains("1 imported, 0 duplicate, 0 failed"), page);
        assertTrue(page.contains("Council approves new cycle lanes"), page);
        assertTrue(page.contains(AuthoringClient.ROOT + "/mediaWire/story/"), "links to the imported story");

        HttpResponse<String> empty = client.post(AuthoringClient.ROOT + "/mediaWire/import", Map.of("_csrf", client.csrf));
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("give an article or feed URL"), empty.body());
    }

    @Test
    void aRequestForMoreThanAHundredSourcesIsRefused() throws Exception {
        StringBuilder urls = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            urls.append(i == 0 ? "" : ",").append('"').append(site.url("/missing?n=" + i)).append('"');
        }
        HttpResponse<String> tooMany = post("{\"urls\":[" + urls + "]}", basic("maria", PASSWORD));
        assertEquals(400, tooMany.statusCode(), tooMany.body());
        assertTrue(tooMany.body().contains("101 sources") && tooMany.body().contains("at most 100"), tooMany.body());
    }

    @Test
    void warningsAreShownInTheJobJsonAndOnTheJobPageWithoutCountingAsFailures() throws Exception {
        HttpResponse<String> created = post("{\"urls\":[\"" + site.url("/warned.json") + "\"]}", basic("maria", PASSWORD));
        assertEquals(202, created.statusCode(), created.body());
        String id = JSON.readTree(created.body()).path("id").asText();
        JsonNode job = waitForJob(id);
        assertEquals(1, job.path("total").asInt(), job.toString());
        assertEquals(0, job.path("failed").asInt(), job.toString());
        assertEquals(1, job.path("imported").asInt() + job.path("duplicate").asInt(), job.toString());
        assertEquals(1, job.path("withWarnings").asInt(), job.toString());
        assertEquals("unusable image URL 'javascript:alert(1)'", job.path("results").get(0).path("warnings").get(0).asText(), job.toString());

        AuthoringClient client = new AuthoringClient(host.baseUri());
        client.login("maria", PASSWORD, null);
        String page = client.get(AuthoringClient.ROOT + "/mediaWire/import/" + id).body();
        assertTrue(page.contains("0 failed (1 with warnings)"), page);
        assertTrue(page.contains("Warning: unusable image URL &#39;javascript:alert(1)&#39;"), page);
    }
}
