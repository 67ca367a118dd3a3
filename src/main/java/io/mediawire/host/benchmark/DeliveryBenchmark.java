package io.mediawire.host.benchmark;

import io.mediawire.host.Host;
import io.mediawire.host.HostOptions;
import io.mediawire.host.web.ReadyAnswers;
import io.mediawire.magnolia.ModuleSettings;
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

/**
 * Times the delivery API over HTTP against repository size: the newest-first listing (first
 * page, page 10, a middle page), a filtered and a full-text query (JCR-SQL2), beside the plain
 * JCR-SQL2 {@code ORDER BY published DESC} the listing avoids, all in one run.
 *
 * <p>{@code java -cp target/media-wire.jar io.mediawire.host.benchmark.DeliveryBenchmark [sizes] [home]},
 * sizes default {@code 1000,100000}; home defaults to a new temp folder.
 */
public final class DeliveryBenchmark {
    private static final int BATCH = 1000;
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ReadyAnswers answers;

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
            answers = host.web().answers();
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
                        batch.add(new StoryStore.Seed(BenchmarkStories.story(filled), imported, published));
                    }
                    store.createAll(batch, "benchmark");
                }
                double fill = (System.nanoTime() - fillStart) / 1e9;
                String api = base + ".rest/delivery/mediawire";
                double first = Timing.medianMs(20, 200, () -> get(api + "?limit=10", 10));
                double page10 = Timing.medianMs(20, 200, () -> get(api + "?limit=10&offset=90", 10));
                double middle = Timing.medianMs(20, 50, () -> get(api + "?limit=10&offset=" + size / 2, 10));
                // The last ~1% of the stories by publish time: a selective filter, sorted in memory.
                String since = START.plus(Duration.ofMinutes(5L * (size - size / 100))).toString().substring(0, 10);
                double filtered = Timing.medianMs(10, 10, () -> get(api + "?limit=10&orderBy=published%20desc&published%5Bgte%5D=" + since, -1));
                double fullText = Timing.medianMs(10, 10, () -> get(api + "?q=" + (size / 3), 1));
                double plainFirst = Timing.timeMs(() -> BenchmarkStories.plainQuery(host.services().sessions()));
                double plain = Timing.medianMs(5, 5, () -> BenchmarkStories.plainQuery(host.services().sessions()));
                out.printf("| %d | %.0f | %.2f ms | %.2f ms | %.2f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n", size, fill,
                        first, page10, middle, filtered, fullText, plainFirst, plain);
            }
        }
    }

    private void get(String uri, int expectedResults) throws Exception {
        // Timed as made afresh: a kept answer would be served without running the query at all.
        answers.invalidation().everything("benchmark: time the query itself");
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





}
