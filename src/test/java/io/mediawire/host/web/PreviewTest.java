package io.mediawire.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.security.Role;
import io.mediawire.host.security.UserStore;
import io.mediawire.host.Host;
import io.mediawire.story.NewStory;
import io.mediawire.story.Story;
import io.mediawire.testing.TestHost;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editors preview a draft's article page as the public will see it; nobody else sees it. */
class PreviewTest {
    static final String PASSWORD = "correct horse battery";
    @TempDir
    static Path home;
    static Host host;
    static Story draft;

    @BeforeAll
    static void start() throws Exception {
        host = TestHost.start(home);
        new UserStore(host.services().sessions(), Clock.systemUTC())
                .add("maria", PASSWORD.toCharArray(), EnumSet.of(Role.EDITOR), "test");
        draft = host.stories().create(NewStory.of("Draft awaiting the desk",
                "<p>Ferry timetables change on Monday, the operator said, with two extra crossings.</p>",
                "Harbour Wire", "https://harbour-wire.example/ferries"), "importer").story();
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void anEditorPreviewsADraftThatThePublicCannotSee() throws Exception {
        AuthoringClient client = new AuthoringClient(host.baseUri());
        client.login("maria", PASSWORD, null);
        String story = client.get(AuthoringClient.ROOT + "/mediaWire/story/" + draft.id()).body();
        assertTrue(story.contains("/mediaWire/preview/" + draft.id()), "the form links to the preview");

        HttpResponse<String> preview = client.get(AuthoringClient.ROOT + "/mediaWire/preview/" + draft.id());
        assertEquals(200, preview.statusCode());
        assertTrue(preview.body().contains("Draft awaiting the desk"), preview.body());
        assertTrue(preview.body().contains("Ferry timetables change on Monday"));
        assertTrue(preview.body().contains("https://harbour-wire.example/ferries"), "the source line is there");
        assertEquals("no-store", preview.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(preview.headers().firstValue("Content-Security-Policy").orElseThrow().contains("script-src 'none'"));
        assertEquals(404, client.get(AuthoringClient.ROOT + "/mediaWire/preview/" + UUID.randomUUID()).statusCode());

        HttpResponse<String> publicPage = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                host.baseUri().resolve("media-wire" + draft.path())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, publicPage.statusCode(), "the draft is not public");
        HttpResponse<String> anonymous = new AuthoringClient(host.baseUri())
                .get(AuthoringClient.ROOT + "/mediaWire/preview/" + draft.id());
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElseThrow().contains("/login"));
    }
}
