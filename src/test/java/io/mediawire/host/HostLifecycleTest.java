package io.mediawire.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.repository.RepositoryInUseException;
import io.mediawire.story.NewStory;
import io.mediawire.story.Story;
import io.mediawire.testing.TestHost;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostLifecycleTest {
    @TempDir
    Path home;

    @Test
    void installRunsOnceAndDataSurvivesARestart() throws Exception {
        String id;
        try (Host host = TestHost.start(home, Clock.systemUTC(), true, false)) {
            assertTrue(host.installReport().contains("media-wire: Set up workspaces and node types"), host.installReport().toString());
            assertTrue(host.installReport().contains("media-wire: Install sample stories"));
            assertEquals(8, host.stories().countPublished(), "the sample stories");
            id = host.stories().create(NewStory.of("Kept across restarts", "<p>Body</p>", "Wire",
                    "https://wire.example/kept"), "editor").story().id();
            assertEquals(200, get(host.baseUri().resolve(".health")).statusCode());
        }
        // One Derby database holds every workspace and the version store (a first start creates one, not six).
        assertTrue(java.nio.file.Files.isDirectory(home.resolve("db")));
        try (var workspaces = java.nio.file.Files.list(home.resolve("workspaces"))) {
            assertEquals(java.util.List.of(), workspaces.filter(w -> java.nio.file.Files.exists(w.resolve("db"))).toList());
        }
        assertTrue(java.nio.file.Files.notExists(home.resolve("version/db")));
        assertTrue(java.nio.file.Files.notExists(home.resolve("workspaces/security")), "no security workspace to create");
        try (Host host = TestHost.start(home, Clock.systemUTC(), true, false)) {
            assertEquals(java.util.List.of(), host.installReport(), "a normal restart re-runs nothing");
            assertEquals(8, host.stories().countPublished(), "samples were not installed twice");
            Story kept = host.stories().byId(id).orElseThrow();
            assertEquals("Kept across restarts", kept.headline());
            HttpResponse<String> health = get(host.baseUri().resolve(".health"));
            assertEquals(200, health.statusCode());
            assertEquals("{\"status\":\"UP\"}", health.body());
        }
    }

    @Test
    @SuppressWarnings("try") // the held home is the point, not the resource
    void aSecondHostOnTheSameHomeFailsAtOnce() throws Exception {
        try (Host ignored = TestHost.start(home)) {
            RepositoryInUseException refused = assertThrows(RepositoryInUseException.class, () -> TestHost.start(home));
            assertTrue(refused.getMessage().contains("in use by another Media Wire process"), refused.getMessage());
        }
    }

    @Test
    @SuppressWarnings("try") // the held home is the point, not the resource
    void aSecondProcessOnTheSameHomeFailsAtOnceWithAClearMessage() throws Exception {
        try (Host ignored = TestHost.start(home)) {
            Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Dlogback.configurationFile=logback.xml",
                    "io.mediawire.host.cli.MediaWireCommand",
                    "serve", "--home", home.toString(), "--port", "0", "--bind", "127.0.0.1")
                    .redirectErrorStream(true).start();
            assertTrue(other.waitFor(60, TimeUnit.SECONDS), "the second process must not hang");
            String output = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(2, other.exitValue(), output);
            assertTrue(output.contains("is in use by another Media Wire process"), output);
        }
    }

    @Test
    void serveShutsDownCleanlyOnSigterm() throws Exception {
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dlogback.configurationFile=logback.xml",
                "io.mediawire.host.cli.MediaWireCommand",
                "serve", "--home", home.toString(), "--port", "0", "--bind", "127.0.0.1", "--no-samples")
                .redirectErrorStream(true).start();
        var output = new java.io.BufferedReader(new java.io.InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        String line;
        URI site = null;
        while (site == null && (line = output.readLine()) != null) {
            var running = java.util.regex.Pattern.compile("Media Wire is running at (\\S+)").matcher(line);
            if (running.find()) {
                site = URI.create(running.group(1));
            }
        }
        assertTrue(site != null, "serve printed its URL");
        assertEquals(200, get(site.resolve("/.health")).statusCode());
        serve.toHandle().destroy(); // SIGTERM, leaving our end of its output open (Process.destroy closes it)
        String rest = output.lines().collect(java.util.stream.Collectors.joining("\n"));
        assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "serve stops on SIGTERM");
        assertTrue(rest.contains("Media Wire stopped"), rest);
        try (Host reopened = TestHost.start(home)) {
            assertEquals(0, reopened.stories().count(), "the home opens again: the lock was released");
        }
    }

    @Test
    void healthSays503WhenTheRepositoryIsDown() throws Exception {
        var repository = io.mediawire.host.repository.EmbeddedRepository.open(home);
        var server = new org.eclipse.jetty.server.Server(new java.net.InetSocketAddress("127.0.0.1", 0));
        var context = new org.eclipse.jetty.ee10.servlet.ServletContextHandler("/");
        new io.mediawire.host.web.HealthFeature().install(context, new io.mediawire.host.web.WebServices(null, null,
                repository, io.mediawire.magnolia.ModuleSettings.defaults(), repository::isUp, null, null, null, null));
        server.setHandler(context);
        server.start();
        try {
            URI health = server.getURI().resolve("/.health");
            assertEquals(200, get(health).statusCode());
            repository.close();
            HttpResponse<String> down = get(health);
            assertEquals(503, down.statusCode());
            assertEquals("{\"status\":\"DOWN\"}", down.body());
        } finally {
            server.stop();
        }
    }

    static HttpResponse<String> get(URI uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
