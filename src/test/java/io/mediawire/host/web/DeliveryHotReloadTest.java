package io.mediawire.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediawire.host.Host;
import io.mediawire.story.NewStory;
import io.mediawire.testing.MutableClock;
import io.mediawire.testing.TestHost;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In development mode an edited endpoint YAML changes the API without a restart. */
class DeliveryHotReloadTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;
    static Path modules;
    static Host host;

    @BeforeAll
    static void start() throws Exception {
        modules = temp.resolve("light-modules");
        copy(Path.of("light-modules"), modules);
        host = TestHost.start(temp.resolve("home"), new MutableClock(Instant.parse("2025-03-10T00:00:00Z")), false, true, modules);
        Instant t0 = Instant.parse("2025-03-01T00:00:00Z");
        for (int i = 0; i < 12; i++) {
            host.stories().create(NewStory.of("Reload story " + i, "<p>Body " + i + "</p>", "Wire", "https://wire.example/r/" + i),
                    "editor", t0, t0.plus(Duration.ofMinutes(i)));
        }
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(host.baseUri().resolve(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Writes a file with a clearly newer modification time, as an editor's save would. */
    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
    }

    /** Polls until the host serves the change: the registry checks the disk at most every 250 ms. */
    static HttpResponse<String> awaitAnswer(String path, Predicate<HttpResponse<String>> done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        HttpResponse<String> response = get(path);
        while (!done.test(response) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            response = get(path);
        }
        return response;
    }

    @Test
    void editedDefinitionTakesEffectWithoutRestart() throws Exception {
        JsonNode before = JSON.readTree(get("/.rest/delivery/mediawire").body());
        assertEquals(10, before.get("results").size());
        assertFalse(before.at("/results/0").has("mgnl:created"));

        Path yaml = modules.resolve("media-wire/restEndpoints/delivery/mediawire.yaml");
        write(yaml, Files.readString(yaml).replace("limit: 10", "limit: 3")
                .replace("includeSystemProperties: false", "includeSystemProperties: true"));
        HttpResponse<String> after = awaitAnswer("/.rest/delivery/mediawire",
                r -> r.body().contains("\"limit\":3"));
        JsonNode page = JSON.readTree(after.body());
        assertEquals(3, page.get("results").size());
        assertEquals(3, page.get("limit").asInt());
        assertTrue(page.at("/results/0").has("mgnl:created"), "system properties now shown");
        assertTrue(page.at("/results/0/mgnl:created").asText().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"));
        assertFalse(page.at("/results/0").has("jcr:uuid"));
    }

    @Test
    void corsComesFromTheSiteCorsConfigurationNotTheEndpoint() throws Exception {
        Path endpoint = modules.resolve("media-wire/restEndpoints/delivery/mediawire.yaml");
        assertFalse(Files.readString(endpoint).contains("allowedOrigins"), "no CORS key in the endpoint definition");
        assertEquals("http://localhost:3000", allowedOrigin("http://localhost:3000"));

        Path cors = modules.resolve("media-wire/decorations/site/config.yaml");
        String shipped = Files.readString(cors);
        try {
            write(cors, shipped.replace("- http://localhost:3000", "- https://app.example"));
            assertEquals("https://app.example", awaitAllowedOrigin("https://app.example", "https://app.example"));
            assertEquals("", allowedOrigin("http://localhost:3000"));

            // An entry covers only the URIs its patterns name.
            write(cors, shipped.replace("patternString: /.rest/delivery/*", "patternString: /.rest/delivery/other*"));
            assertEquals("", awaitAllowedOrigin("http://localhost:3000", ""));

            write(cors, shipped.replace("- http://localhost:3000", "- '*'"));
            assertEquals("*", awaitAllowedOrigin("https://anyone.example", "*"));
        } finally {
            write(cors, shipped);
        }
    }

    @Test
    void withoutBypassWorkspaceAclsAnonymousReadsAreRefused() throws Exception {
        String storyPath = host.stories().recent(1).get(0).path();
        Path guarded = modules.resolve("media-wire/restEndpoints/delivery/guarded.yaml");
        String definition = "$type: jcrDeliveryEndpoint_v2\nworkspace: mediawire\nnodeTypes: [mw:story]\n";
        try {
            write(guarded, definition); // Magnolia's default: bypassWorkspaceAcls false
            HttpResponse<String> query = awaitAnswer("/.rest/delivery/guarded", r -> r.statusCode() != 404);
            assertEquals(403, query.statusCode(), query.body());
            assertEquals("accessDenied", JSON.readTree(query.body()).at("/error/code").asText());
            assertFalse(query.body().contains("Reload story"), "no data alongside the refusal");
            HttpResponse<String> read = get("/.rest/delivery/guarded" + storyPath);
            assertEquals(403, read.statusCode());
            assertEquals("no-store", read.headers().firstValue("Cache-Control").orElse(""));

            write(guarded, definition + "bypassWorkspaceAcls: true\n");
            HttpResponse<String> allowed = awaitAnswer("/.rest/delivery/guarded", r -> r.statusCode() == 200);
            assertEquals(200, allowed.statusCode(), allowed.body());
            assertEquals(200, get("/.rest/delivery/guarded" + storyPath).statusCode());
        } finally {
            Files.deleteIfExists(guarded);
            Files.setLastModifiedTime(guarded.getParent(), FileTime.from(Instant.now().plusSeconds(20)));
        }
    }

    static String allowedOrigin(String origin) throws Exception {
        return get("/.rest/delivery/mediawire?limit=1", "Origin", origin).headers()
                .firstValue("Access-Control-Allow-Origin").orElse("");
    }

    /** Polls until the CORS answer for {@code origin} is {@code expected}, as the registry reloads. */
    static String awaitAllowedOrigin(String origin, String expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String answer = allowedOrigin(origin);
        while (!answer.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            answer = allowedOrigin(origin);
        }
        return answer;
    }

    @Test
    void newDefinitionAddsAnEndpointAndRemovingItDropsIt() throws Exception {
        Path extra = modules.resolve("media-wire/restEndpoints/delivery/latest.yaml");
        write(extra, "$type: jcrDeliveryEndpoint_v2\nendpointPath: delivery/wire/latest\nworkspace: mediawire\n"
                + "nodeTypes: [mw:story]\nlimit: 2\nincludeSystemProperties: false\nbypassWorkspaceAcls: true\n"
                + "# keys of earlier versions, not Magnolia's: ignored\nallowedOrigins: [https://old.example]\ncacheMaxAge: 5\n");
        HttpResponse<String> added = awaitAnswer("/.rest/delivery/wire/latest", r -> r.statusCode() == 200);
        assertEquals(200, added.statusCode(), added.body());
        assertEquals(2, JSON.readTree(added.body()).get("results").size());
        assertEquals("public, max-age=60", added.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(get("/.rest/delivery/wire/latest", "Origin", "https://old.example").headers()
                .firstValue("Access-Control-Allow-Origin").isEmpty());

        Files.delete(extra);
        Files.setLastModifiedTime(extra.getParent(), FileTime.from(Instant.now().plusSeconds(10)));
        HttpResponse<String> removed = awaitAnswer("/.rest/delivery/wire/latest", r -> r.statusCode() == 404);
        assertEquals(404, removed.statusCode());
        assertEquals(200, get("/.rest/delivery/mediawire").statusCode(), "the original endpoint still answers");
    }
}
