package io.mediawire.host.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediawire.host.Host;
import io.mediawire.host.repository.ClusterOptions;
import io.mediawire.host.security.Role;
import io.mediawire.host.security.UserStore;
import io.mediawire.importing.FixtureSite;
import io.mediawire.importing.ImportJob;
import io.mediawire.importing.ImportSource;
import io.mediawire.importing.ItemResult;
import io.mediawire.testing.ClusterNodes;
import io.mediawire.testing.TestDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node killed with SIGKILL in the middle of an import, in a process of its own: the other node keeps
 * storing, nothing either node reported stored is lost, and the killed node rejoins under its own id.
 */
class ClusterCrashTest {
    static final String PASSWORD = "correct horse battery";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path homes;

    @Test
    void killingANodeMidImportLosesNoStoredStoryAndItRejoins() throws Exception {
        try (TestDatabase database = TestDatabase.create(); FixtureSite agency = new FixtureSite()) {
            agency.feed("/a.xml", "application/rss+xml", feed("a", 20));
            agency.feed("/b.xml", "application/rss+xml", feed("b", 20));
            for (String feed : List.of("a", "b")) {
                for (int i = 0; i < 20; i++) {
                    String page = FixtureSite.article("Story " + feed + " number " + i, "The council said on Monday that "
                            + "item " + i + " of feed " + feed + " goes ahead.");
                    agency.route("/" + feed + "/" + i, exchange -> {
                        Thread.sleep(150); // slow enough that the kill lands mid-import
                        FixtureSite.send(exchange, 200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
                    });
                }
            }
            try (Host a = ClusterNodes.start(database, homes.resolve("a"), "node-a", Clock.systemUTC(), agency.hostPort())) {
                new UserStore(a.services().sessions(), Clock.systemUTC()).add("maria", PASSWORD.toCharArray(),
                        EnumSet.of(Role.EDITOR), "test");
                Node b = Node.start(database, homes.resolve("b"), agency.hostPort());
                String bJob = JSON.readTree(b.post("/.rest/mediawire/v1/imports",
                        "{\"urls\":[\"" + agency.url("/b.xml") + "\"]}").body()).path("id").asText();
                ImportJob aJob = a.services().imports().submit(List.of(ImportSource.url(agency.url("/a.xml").toString())),
                        false, "maria");
                // kill B once it has stored a few stories, while both imports run
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (JSON.readTree(b.get("/.rest/mediawire/v1/imports/" + bJob).body()).path("imported").asInt() < 3) {
                    assertTrue(System.nanoTime() < deadline, "B stored nothing");
                    Thread.sleep(50);
                }
                b.process.destroyForcibly(); // SIGKILL
                b.process.waitFor();

                awaitDone(aJob);
                List<String> stored = new ArrayList<>();
                aJob.results().stream().filter(r -> r.outcome() == ItemResult.Outcome.IMPORTED).forEach(r -> stored.add(r.storyId()));
                assertEquals(20, stored.size(), "A went on storing while B died: " + aJob.results());
                a.repository().syncCluster();
                ImportJob bKept = a.services().imports().job(bJob).orElseThrow();
                List<String> storedByB = bKept.results().stream().filter(r -> r.outcome() == ItemResult.Outcome.IMPORTED)
                        .map(ItemResult::storyId).toList();
                assertTrue(storedByB.size() >= 3, bKept.results().toString());
                stored.addAll(storedByB);
                for (String id : stored) {
                    assertTrue(a.stories().byId(id).isPresent(), "story " + id + " was reported stored");
                }

                Node rejoined = Node.start(database, homes.resolve("b"), agency.hostPort());
                try {
                    assertEquals(200, rejoined.get("/.health").statusCode());
                    for (String id : stored) {
                        HttpResponse<String> story = rejoined.get("/.rest/mediawire/v1/stories/" + id);
                        assertEquals(200, story.statusCode(), "B, back, has story " + id);
                    }
                } finally {
                    rejoined.process.destroy();
                    rejoined.process.waitFor(60, TimeUnit.SECONDS);
                }
            }
        }
    }

    static String feed(String name, int items) {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Agency</title>");
        for (int i = 0; i < items; i++) {
            rss.append("<item><title>Story ").append(name).append(" number ").append(i).append("</title><link>{{base}}")
                    .append(name).append('/').append(i).append("</link></item>");
        }
        return rss.append("</channel></rss>").toString();
    }

    static void awaitDone(ImportJob job) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (job.state() != ImportJob.State.DONE) {
            assertTrue(System.nanoTime() < deadline, "A's import did not finish");
            Thread.sleep(50);
        }
    }

    /** Node B: {@code media-wire serve --cluster ...} in a JVM of its own, so that it can be killed for real. */
    record Node(Process process, URI base) {
        static Node start(TestDatabase database, Path home, String allowPrivate) throws Exception {
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Dlogback.configurationFile=logback.xml",
                    "io.mediawire.host.cli.MediaWireCommand", "serve", "--home", home.toString(), "--port", "0",
                    "--bind", "127.0.0.1", "--no-samples", "--allow-private", allowPrivate,
                    "--cluster", database.url(), "--cluster-user", database.user(), "--cluster-node-id", "node-b",
                    "--cluster-sync-delay", "200").redirectErrorStream(true);
            builder.environment().put(ClusterOptions.PASSWORD_VARIABLE, database.password());
            Process process = builder.start();
            BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            Pattern running = Pattern.compile("Media Wire is running at (\\S+)");
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = output.readLine()) != null) {
                seen.append(line).append('\n');
                Matcher m = running.matcher(line);
                if (m.find()) {
                    Thread drain = new Thread(() -> output.lines().forEach(l -> { }), "node-b-output");
                    drain.setDaemon(true);
                    drain.start();
                    return new Node(process, URI.create(m.group(1)).resolve("/"));
                }
            }
            throw new AssertionError("node B did not start:\n" + seen);
        }

        HttpResponse<String> get(String path) throws Exception {
            return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", basic()).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String json) throws Exception {
            return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", basic())
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        static String basic() {
            return "Basic " + Base64.getEncoder().encodeToString(("maria:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        }
    }
}
