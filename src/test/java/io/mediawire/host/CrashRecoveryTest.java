package io.mediawire.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediawire.host.admincentral.StoryBrowser;
import io.mediawire.importing.FixtureSite;
import io.mediawire.story.Story;
import io.mediawire.testing.TestHost;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of a feed import, ten times over, then every stored story must be
 * found by every query. A save that reached the database but not the search index used to stay
 * out of every search for good, while the listings showed it.
 */
class CrashRecoveryTest {
    static final int KILLS = 10;
    static final int ITEMS_PER_FEED = 8;

    @TempDir
    Path dir;
    /** When the importer asked for each article page, and a latch released by that request. */
    final long[] requested = new long[KILLS * ITEMS_PER_FEED];
    final List<CountDownLatch> requests = Stream.generate(() -> new CountDownLatch(1)).limit(KILLS * ITEMS_PER_FEED).toList();

    @Test
    void everyStoredStoryIsFoundByEveryQueryAfterTenKillsMidImport() throws Exception {
        Path home = dir.resolve("home");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        try (FixtureSite site = new FixtureSite()) {
            for (int run = 0; run < KILLS; run++) {
                site.feed("/wire-" + run + ".xml", "application/rss+xml", feed(site, run));
                importAndKill(site, run, home, random);
            }
        }
        try (Host host = TestHost.start(home)) {
            List<Story> stored = host.stories().list(0, KILLS * ITEMS_PER_FEED + 20).items().stream()
                    .filter(s -> s.headline().startsWith("Wire story ")).toList();
            assertTrue(stored.size() >= 2 * KILLS, "each run stored two stories or more before its kill: " + stored.size());
            StoryBrowser browser = new StoryBrowser(host.stories(), host.services().sessions());
            List<String> misses = new ArrayList<>();
            Set<String> missing = new LinkedHashSet<>();
            List<String> byHeadline = slugs(browser.find(new StoryBrowser.Request("", StoryBrowser.Sort.HEADLINE, 1,
                    StoryBrowser.MAX_PAGE_SIZE)).stories());
            for (Story story : stored) {
                String word = story.headline().split(" ")[2];
                List<String> one = List.of(story.slug());
                check(misses, missing, story, "@name", one, delivery(host, "@name=" + enc(story.slug())));
                check(misses, missing, story, "headline[like]", one,
                        delivery(host, enc("headline[like]") + "=" + enc(story.headline() + "%")));
                check(misses, missing, story, "q", one, delivery(host, "q=" + word));
                check(misses, missing, story, "authoring search", one,
                        slugs(browser.find(new StoryBrowser.Request(word, null, 1, 10)).stories()));
                check(misses, missing, story, "authoring list by headline", one,
                        byHeadline.stream().filter(story.slug()::equals).toList());
            }
            assertEquals(List.of(), misses, KILLS + " kills (seed " + seed + "): " + stored.size() + " stories stored, "
                    + missing.size() + " missing from queries " + missing);
        }
    }

    /**
     * Runs {@code media-wire import FEED --publish} in its own JVM and sends it SIGKILL at a random
     * point of the third to fifth item: after its page was asked for, within the time the item
     * before took from its request to its result line (its fetch, its extraction or its save).
     */
    private void importAndKill(FixtureSite site, int run, Path home, Random random) throws Exception {
        Process importing = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dlogback.configurationFile=logback.xml", "io.mediawire.host.cli.MediaWireCommand",
                "import", site.url("/wire-" + run + ".xml").toString(), "--home", home.toString(),
                "--allow-private", site.hostPort(), "--publish", "--user", "desk")
                .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("import.log").toFile()))
                .start();
        try (BufferedReader results = new BufferedReader(new InputStreamReader(importing.getInputStream(), StandardCharsets.UTF_8))) {
            int first = run * ITEMS_PER_FEED;
            int killIn = first + 2 + random.nextInt(3);
            long itemNanos = 0;
            for (int item = first; item < killIn; item++) {
                String line = results.readLine();
                assertTrue(line != null && line.contains("  imported /"), line + "; see " + dir.resolve("import.log"));
                itemNanos = System.nanoTime() - requested[item];
            }
            assertTrue(requests.get(killIn).await(30, TimeUnit.SECONDS), "the importer asks for the next page");
            LockSupport.parkNanos((long) (random.nextDouble() * itemNanos));
            importing.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertTrue(importing.waitFor(30, TimeUnit.SECONDS), "the killed import exits");
        } finally {
            importing.destroyForcibly();
        }
    }

    private String feed(FixtureSite site, int run) {
        StringBuilder items = new StringBuilder();
        for (int i = run * ITEMS_PER_FEED; i < (run + 1) * ITEMS_PER_FEED; i++) {
            String headline = "Wire story " + word(i) + " from the harbour";
            byte[] page = FixtureSite.article(headline, "The harbour authority said on Monday that " + word(i)
                    + " would change the port for good.").getBytes(StandardCharsets.UTF_8);
            int item = i;
            site.route("/wire/" + i, exchange -> {
                requested[item] = System.nanoTime();
                requests.get(item).countDown();
                FixtureSite.send(exchange, 200, "text/html; charset=utf-8", page);
            });
            items.append("<item><title>").append(headline).append("</title><link>{{base}}wire/").append(i)
                    .append("</link></item>");
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>" + items + "</channel></rss>";
    }

    /** A made-up word per story ("kilnab"...), so a full-text search finds exactly that one. */
    static String word(int i) {
        return "kiln" + (char) ('a' + i / 26) + (char) ('a' + i % 26);
    }

    private static void check(List<String> misses, Set<String> missing, Story story, String query, List<String> expected,
                              List<String> found) {
        if (!found.equals(expected)) {
            misses.add(story.slug() + " by " + query + " (got " + found + ")");
            missing.add(story.slug());
        }
    }

    private static List<String> slugs(List<Story> stories) {
        return stories.stream().map(Story::slug).toList();
    }

    private static List<String> delivery(Host host, String parameters) throws Exception {
        URI uri = host.baseUri().resolve("/.rest/delivery/mediawire?limit=100&" + parameters);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), uri + " -> " + response.body());
        List<String> names = new ArrayList<>();
        for (JsonNode result : new ObjectMapper().readTree(response.body()).get("results")) {
            names.add(result.get("@name").asText());
        }
        return names;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
