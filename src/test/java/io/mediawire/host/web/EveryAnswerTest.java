package io.mediawire.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.Host;
import io.mediawire.story.NewStory;
import io.mediawire.testing.TestHost;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every answer of the host has in common, from any feature or from the container itself:
 * {@code X-Content-Type-Options: nosniff}, no {@code Server} header and no Jetty version; and the
 * site's own 404 page for addresses nothing serves.
 */
class EveryAnswerTest {
    @TempDir
    static Path home;
    static Host host;
    static SiteHttp http;

    @BeforeAll
    static void start() throws Exception {
        host = TestHost.start(home);
        http = new SiteHttp(host.baseUri());
        host.stories().createPublished(NewStory.of("A story to answer with", "<p>Body.</p>", "Wire",
                "https://wire.example/answer"), "test");
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET, /.rest/delivery/mediawire",
            "GET, /.rest/delivery/mediawire/2099/01/01/none",
            "GET, /.rest/delivery/mediawire?headline[zz]=1",
            "POST, /.rest/delivery/mediawire",
            "GET, /.rest/openapi/mediawire-delivery.yaml",
            "GET, /media-wire/feed.xml",
            "POST, /media-wire/feed.xml",
            "GET, /.health",
            "GET, /media-wire/",
            "GET, /media-wire/no-such-story",
            "POST, /media-wire/",
            "GET, /.resources/media-wire/webresources/css/media-wire.css",
            "GET, /.resources/media-wire/webresources/css/none.css",
            "GET, /.magnolia/admincentral/login",
            "GET, /.magnolia/admincentral/mediaWire",
            "POST, /.rest/mediawire/v1/imports",
            "GET, /",
            "GET, /no/such/place",
            "POST, /no/such/place",
            "DELETE, /.rest/nothing-here",
    })
    void everyAnswerSaysNosniffAndNothingOfTheServer(String method, String path) {
        HttpResponse<String> response = http.send(method, path, Map.of());
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null),
                method + " " + path + " answered " + response.statusCode());
        assertTrue(response.headers().firstValue("Server").isEmpty(), "Server: " + response.headers().firstValue("Server"));
        assertTrue(response.headers().firstValue("X-Powered-By").isEmpty());
        assertFalse(response.body().toLowerCase(Locale.ROOT).contains("jetty"), response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/no/such/place", "/.rest/nothing-here", "/media-wire-other", "/favicon.ico"})
    void anAddressNothingServesGetsTheSitesOwn404Page(String path) {
        HttpResponse<String> response = http.get(path);
        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        Document page = Jsoup.parse(response.body());
        assertNotNull(page.selectFirst("section.not-found"), response.body());
        assertEquals("Page not found", page.selectFirst("h1").text());
        assertNotNull(page.selectFirst("link[rel=stylesheet][href^=/.resources/media-wire/]"), "the site's own page");
        assertTrue(response.headers().firstValue("Content-Security-Policy").isPresent());
        assertEquals(404, http.send("POST", path, Map.of()).statusCode(), "any method");
        HttpResponse<String> head = http.head(path);
        assertEquals(404, head.statusCode());
        assertEquals("", head.body());
    }

    /** Requests no HTTP client library sends: the container answers them before any servlet. */
    @ParameterizedTest
    @ValueSource(strings = {"GET /%zz HTTP/1.1", "GET /media-wire/%2e%2e/%2e%2e/etc/passwd HTTP/1.1", "NONSENSE"})
    void theContainersOwnAnswersShowNoVersionEither(String requestLine) throws IOException {
        String answer = raw(requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 4"), answer);
        String lower = answer.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("jetty"), answer);
        assertFalse(lower.contains("\r\nserver:"), answer);
        assertTrue(lower.contains("\r\nx-content-type-options: nosniff\r\n"), answer);
    }

    private static String raw(String request) throws IOException {
        URI base = host.baseUri();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
