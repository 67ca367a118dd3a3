package io.mediawire.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.Host;
import io.mediawire.host.security.Role;
import io.mediawire.host.security.UserStore;
import io.mediawire.story.NewStory;
import io.mediawire.story.Story;
import io.mediawire.testing.TestHost;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web features installed in the reverse of the standard order still work, each of them,
 * including the two that share objects with another feature: the preview (the site's renderer)
 * and the import API (the authoring UI's authenticator). Both get them from {@link WebServices}.
 */
class FeatureOrderTest {
    static final String PASSWORD = "correct horse battery";
    @TempDir
    static Path home;
    static Host host;
    static Story story;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        List<WebFeature> reversed = new ArrayList<>(Host.features());
        Collections.reverse(reversed);
        host = TestHost.startWith(home, reversed);
        new UserStore(host.services().sessions(), Clock.systemUTC())
                .add("maria", PASSWORD.toCharArray(), EnumSet.of(Role.EDITOR), "test");
        story = host.stories().create(NewStory.of("Ferries change timetable",
                "<p>Two extra crossings from Monday, the operator said.</p>", "Harbour Wire",
                "https://harbour-wire.example/ferries"), "importer").story();
        host.stories().publish(story.id(), "editor");
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void thePublicSideAnswers() throws Exception {
        assertEquals("{\"status\":\"UP\"}", get("/.health").body());
        HttpResponse<String> section = get("/media-wire/");
        assertEquals(200, section.statusCode());
        assertTrue(section.body().contains("Ferries change timetable"), section.body());
        HttpResponse<String> feed = get("/media-wire/feed.xml");
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElseThrow().startsWith("application/rss+xml"),
                "the feed's exact mapping still wins over the site's prefix");
        assertEquals(200, get("/.resources/media-wire/webresources/css/media-wire.css").statusCode());
        HttpResponse<String> delivery = get("/.rest/delivery/mediawire");
        assertEquals(200, delivery.statusCode());
        assertTrue(delivery.body().contains("Ferries change timetable"), delivery.body());
    }

    @Test
    void thePreviewRendersWithTheSitesRenderer() throws Exception {
        AuthoringClient client = new AuthoringClient(host.baseUri());
        assertEquals(303, client.login("maria", PASSWORD, null).statusCode());
        HttpResponse<String> preview = client.get(AuthoringClient.ROOT + "/mediaWire/preview/" + story.id());
        assertEquals(200, preview.statusCode());
        assertTrue(preview.body().contains("Two extra crossings from Monday"), preview.body());
    }

    @Test
    void theImportApiKnowsTheAuthoringUsers() throws Exception {
        String path = "/.rest/mediawire/v1/imports/no-such-job";
        assertEquals(401, get(path).statusCode());
        String basic = "Basic " + Base64.getEncoder().encodeToString(("maria:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> signedIn = HTTP.send(HttpRequest.newBuilder(host.baseUri().resolve(path))
                .header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, signedIn.statusCode(), signedIn.body());
        assertTrue(signedIn.body().contains("no import job no-such-job"), signedIn.body());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(host.baseUri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
