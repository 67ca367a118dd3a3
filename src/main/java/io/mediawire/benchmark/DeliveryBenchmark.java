package io.mediawire.benchmark;

import io.mediawire.host.Host;
import io.mediawire.host.HostOptions;
import io.mediawire.platform.ModuleSettings;
import io.mediawire.story.NewStory;
import io.mediawire.story.StoryStore;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.jcr.NodeIterator;
import javax.jcr.Session;
import javax.jcr.query.Query;

/**
 * Times the delivery API over HTTP against repository size: the newest-first listing (first
 * page, page 10, a middle page), a filtered and a full-text query (JCR-SQL2), beside the plain
 * JCR-SQL2 {@code ORDER BY published DESC} the listing avoids, all in one run.
 *
 * <p>{@code java -cp target/media-wire.jar io.mediawire.benchmark.DeliveryBenchmark [sizes] [home]},
 * sizes default {@code 1000,100000}; home defaults to a new temp folder.
 */
public final class DeliveryBenchmark {
    private static final String PLAIN_QUERY = "SELECT * FROM [mw:story] AS s WHERE s.[mgnl:activationStatus] = 'true' "
            + "ORDER BY s.[published] DESC";
    private static final int BATCH = 1000;
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public DeliveryBenchmark(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "1000,100000").split(","))
                .mapToInt(s -> Integer.parseInt(s.strip())).sorted().toArray();
        Path home = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("media-wire-delivery-bench");
        new DeliveryBenchmark(System.out).run(home, sizes);
        System.exit(0);
    }

    public void run(Path home, int[] sizes) throws Exception {
        out.println("Repository: " + home + "  sizes: " + Arrays.toString(sizes));
        ModuleSettings settings = new ModuleSettings(ZoneId.of("UTC"), Clock.systemUTC(), false);
        try (Host host = Host.start(new HostOptions(home, "127.0.0.1", 0, Path.of("light-modules"), false, settings))) {
            URI base = host.baseUri();
            StoryStore store = host.stories();
            Random random = new Random(42);
            int filled = 0;
            out.println("| stories | fill s | newest first (HTTP) | page 10 (HTTP) | middle page (HTTP) "
                    + "| filter published[gte] (HTTP) | q=word (HTTP) | plain JCR-SQL2 ORDER BY 1st | plain median |");
            out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (int size : sizes) {
                long fillStart = System.nanoTime();
                while (filled < size) {
                    List<StoryStore.Seed> batch = new ArrayList<>(BATCH);
                    for (int i = 0; i < BATCH && filled < size; i++, filled++) {
                        Instant imported = START.plus(Duration.ofMinutes(5L * filled));
                        Instant published = imported.plus(Duration.ofMinutes(random.nextInt(72 * 60)));
                        batch.add(new StoryStore.Seed(story(filled), imported, published));
                    }
                    store.createAll(batch, "benchmark");
                }
                double fill = (System.nanoTime() - fillStart) / 1e9;
                String api = base + ".rest/delivery/mediawire";
                double first = medianMs(200, () -> get(api + "?limit=10", 10));
                double page10 = medianMs(200, () -> get(api + "?limit=10&offset=90", 10));
                double middle = medianMs(50, () -> get(api + "?limit=10&offset=" + size / 2, 10));
                // The last ~1% of the stories by publish time: a selective filter, sorted in memory.
                String since = START.plus(Duration.ofMinutes(5L * (size - size / 100))).toString().substring(0, 10);
                double filtered = medianMs(10, () -> get(api + "?limit=10&orderBy=published%20desc&published%5Bgte%5D=" + since, -1));
                double fullText = medianMs(10, () -> get(api + "?q=" + (size / 3), 1));
                double plainFirst = timeMs(() -> plainQuery(host));
                double plain = medianMs(5, () -> plainQuery(host));
                out.printf("| %d | %.0f | %.2f ms | %.2f ms | %.2f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n", size, fill,
                        first, page10, middle, filtered, fullText, plainFirst, plain);
            }
        }
    }

    private void get(String uri, int expectedResults) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(uri)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
        }
        if (expectedResults >= 0) {
            int count = response.body().split("\"@name\"", -1).length - 1;
            if (count != expectedResults) {
                throw new IllegalStateException(uri + " returned " + count + " results, expected " + expectedResults);
            }
        }
    }

    private static NewStory story(int n) {
        String body = "<p>Story number " + n + " tells of the harbour, the council and the weather, as wire copy does.</p>"
                + "<p>A second paragraph gives the quotes and the figures that make the story worth republishing.</p>";
        return NewStory.of("Benchmark story " + n, body, "Benchmark Wire", "https://wire.example/story/" + n);
    }

    private static void plainQuery(Host host) throws Exception {
        Session session = host.services().sessions().login(StoryStore.WORKSPACE);
        try {
            Query query = session.getWorkspace().getQueryManager().createQuery(PLAIN_QUERY, Query.JCR_SQL2);
            query.setLimit(10);
            int seen = 0;
            for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext(); seen++) {
                nodes.nextNode().getProperty("headline").getString();
            }
            if (seen != 10) {
                throw new IllegalStateException("plain query returned " + seen + " stories");
            }
        } finally {
            session.logout();
        }
    }

    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    private static double timeMs(Action action) throws Exception {
        long t = System.nanoTime();
        action.run();
        return (System.nanoTime() - t) / 1e6;
    }

    private static double medianMs(int runs, Action action) throws Exception {
        for (int i = 0; i < Math.min(20, runs); i++) {
            action.run(); // warm caches and the JIT
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            times[i] = timeMs(action);
        }
        Arrays.sort(times);
        return times[runs / 2];
    }
}
