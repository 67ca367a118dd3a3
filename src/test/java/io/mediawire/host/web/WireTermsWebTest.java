package io.mediawire.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.Host;
import io.mediawire.host.security.Role;
import io.mediawire.host.security.UserStore;
import io.mediawire.importing.ImportProgress;
import io.mediawire.importing.ImportSource;
import io.mediawire.importing.ItemResult;
import io.mediawire.story.Story;
import io.mediawire.testing.MutableClock;
import io.mediawire.testing.TestHost;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wire item's terms over real HTTP: the form and the API refuse to publish it before its embargo lifts; once
 * public, its page prints the credit and copyright under the disclaimer, while the agency's note to editors
 * stays on the desk and never reaches the page, the delivery API or the feed. The desk shows the urgency badge,
 * the usage terms beside Publish and the embargo's lift time with a countdown.
 */
class WireTermsWebTest {
    static final String PASSWORD = "correct horse battery";
    static final String ED_NOTE = "Embargoed until 09:00 GMT on 1 March: do not publish before.";
    static final MutableClock clock = new MutableClock(Instant.parse("2030-02-28T20:00:00Z"));
    static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path home;
    static Host host;
    static Story story;

    @BeforeAll
    static void start() throws Exception {
        host = TestHost.start(home, clock, false, false);
        new UserStore(host.services().sessions(), clock).add("editor", PASSWORD.toCharArray(), EnumSet.of(Role.EDITOR), "test");
        byte[] item;
        try (InputStream in = WireTermsWebTest.class.getResourceAsStream("/wire/ninjs3-embargoed.json")) {
            item = in.readAllBytes();
        }
        List<ItemResult> results = host.services().imports().importNow(
                List.of(new ImportSource.Saved(item, null, "harbour.json")), false, "editor", ImportProgress.NONE);
        story = host.stories().byId(results.get(0).storyId()).orElseThrow();
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(host.baseUri().resolve(path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> apiPost(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(host.baseUri().resolve(path.substring(1)))
                .header("Authorization", ImportWebTest.basic("editor", PASSWORD))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void formAndApiRefuseToPublishBeforeTheLiftThenThePageShowsRightsButNeverTheNote() throws Exception {
        clock.set(Instant.parse("2030-02-28T20:00:00Z"));
        AuthoringClient desk = new AuthoringClient(host.baseUri());
        assertEquals(303, desk.login("editor", PASSWORD, null).statusCode());
        String url = AuthoringClient.ROOT + "/mediaWire/story/" + story.id();

        HttpResponse<String> page = desk.get(url);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"usage-terms\"><strong>Usage terms</strong> Editorial use only. Not for resale."), page.body());
        assertTrue(page.body().contains("data-countdown=\"2030-03-01T09:00:00Z\">13 h 0 min</span> to go"), page.body());
        assertTrue(page.body().contains(ED_NOTE), "editors see the agency's note");
        assertTrue(page.body().contains("<span class=\"urgency urgency-1\">Flash</span>"));

        HttpResponse<String> list = desk.get(AuthoringClient.ROOT + "/mediaWire");
        assertTrue(list.body().contains("<span class=\"urgency urgency-1\" title=\"Urgency 1 of 9\">Flash</span>"), list.body());
        assertTrue(list.body().contains("<span class=\"tag embargo\""));

        HttpResponse<String> form = desk.post(url + "/publish", Map.of("_csrf", desk.csrfFrom(url)));
        assertEquals(400, form.statusCode());
        assertTrue(form.body().contains("Cannot publish: embargoed until 2030-03-01T09:00:00Z"), form.body());
        HttpResponse<String> api = apiPost(WireApiTest.V1 + "/stories/" + story.id() + "/publish");
        assertEquals(409, api.statusCode());
        assertTrue(api.body().contains("\"publishRefused\"") && api.body().contains("embargoed until 2030-03-01T09:00:00Z"), api.body());
        assertFalse(host.stories().byId(story.id()).orElseThrow().activated());
        assertEquals(404, get(story.path().replaceFirst("^", "/media-wire")).statusCode(), "not on the site early");

        clock.set(Instant.parse("2030-03-01T09:00:00Z"));
        assertEquals(200, apiPost(WireApiTest.V1 + "/stories/" + story.id() + "/publish").statusCode());
        HttpResponse<String> article = get("/media-wire" + story.path());
        assertEquals(200, article.statusCode());
        String html = article.body();
        int disclaimer = html.indexOf("class=\"disclaimer\"");
        int rights = html.indexOf("<p class=\"rights\"><span class=\"rights__credit\">Credit: Example Wire</span> · "
                + "<span class=\"rights__notice\">Copyright 2030 Example Wire Ltd. All rights reserved.</span></p>");
        assertTrue(disclaimer > 0 && rights > disclaimer, "credit and copyright under the disclaimer: " + html);
        assertFalse(html.contains("do not publish before"), "the note to editors is not on the page");

        HttpResponse<String> delivery = get("/.rest/delivery/mediawire?q=harbour");
        assertEquals(200, delivery.statusCode());
        assertTrue(delivery.body().contains("Harbour city doubles its flood budget"), delivery.body());
        assertTrue(delivery.body().contains("\"copyrightNotice\""));
        assertFalse(delivery.body().contains("do not publish before") || delivery.body().contains("edNote"), delivery.body());
        HttpResponse<String> byId = get("/.rest/delivery/mediawire" + story.path());
        assertEquals(200, byId.statusCode());
        assertFalse(byId.body().contains("do not publish before"), byId.body());

        HttpResponse<String> feed = get("/media-wire/feed.xml");
        assertTrue(feed.body().contains("Harbour city doubles its flood budget"), feed.body());
        assertFalse(feed.body().contains("do not publish before"), feed.body());

        HttpResponse<String> editorsApi = HTTP.send(HttpRequest.newBuilder(host.baseUri().resolve(
                        WireApiTest.V1.substring(1) + "/stories/" + story.id()))
                .header("Authorization", ImportWebTest.basic("editor", PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(editorsApi.body().contains(ED_NOTE), "the editors' own API carries it");
    }
}
