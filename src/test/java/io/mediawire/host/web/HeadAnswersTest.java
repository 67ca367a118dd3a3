package io.mediawire.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.Host;
import io.mediawire.story.NewStory;
import io.mediawire.story.Story;
import io.mediawire.testing.MutableClock;
import io.mediawire.testing.TestHost;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every read-only resource answers HEAD with exactly the headers GET gets, and no body: pages,
 * web resources, the feed and the OpenAPI document, found or not, plain or gzipped.
 */
class HeadAnswersTest {
    @TempDir
    static Path home;
    static Host host;
    static SiteHttp http;
    static Story story;

    @BeforeAll
    static void start() throws Exception {
        // The clock stands still once the story is out: an answer made in the second of a change carries
        // no Last-Modified, and GET and HEAD on either side of a second's turn would differ by that alone.
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        host = TestHost.start(home, clock, false, false);
        http = new SiteHttp(host.baseUri());
        story = host.stories().create(NewStory.of("Night trains return",
                "<p>" + "The night train to the coast runs again from June, the operator said. ".repeat(30) + "</p>",
                "Rail Wire", "https://rail-wire.example/night"), "importer").story();
        host.stories().publish(story.id(), "editor");
        clock.advance(Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/media-wire/", "/media-wire", "/media-wire/no/such/page", "ARTICLE",
            "/.resources/media-wire/webresources/css/media-wire.css", "/.resources/media-wire/webresources/css/none.css",
            "/media-wire/feed.xml", "/.rest/openapi/mediawire-delivery.yaml"})
    void headSendsWhatGetSendsWithoutTheBody(String path) {
        String target = path.equals("ARTICLE") ? SiteHttp.link(host.stories().byId(story.id()).orElseThrow().path()) : path;
        for (Map<String, String> request : List.of(Map.<String, String>of(), Map.of("Accept-Encoding", "gzip"))) {
            HttpResponse<String> get = http.send("GET", target, request);
            HttpResponse<String> head = http.send("HEAD", target, request);
            assertEquals(get.statusCode(), head.statusCode(), target);
            assertEquals(headers(get), headers(head), target + " " + request);
            assertEquals("", head.body());
            assertTrue(get.statusCode() == 301 || !get.body().isEmpty(), target);
        }
    }

    private static Map<String, List<String>> headers(HttpResponse<String> response) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
        headers.remove("date");
        return headers;
    }
}
