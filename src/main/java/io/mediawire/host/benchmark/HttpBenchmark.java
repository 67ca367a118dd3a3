package io.mediawire.host.benchmark;

import io.mediawire.host.Host;
import io.mediawire.host.HostOptions;
import io.mediawire.host.web.ReadyAnswers;
import io.mediawire.magnolia.ModuleSettings;
import io.mediawire.story.StoryStore;
import java.io.IOException;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Readers' speed beside a static file server, in one run: a host on a fresh demo site (the sample
 * stories, plus {@code stories} more when asked) and a plain Jetty serving the very same bytes as
 * files, both loaded by wrk in turn, resource by resource. Then the cost of an answer that is not
 * kept (the kept answers dropped before each request), and what the kept answers weigh after a
 * load that asks for many different URLs.
 */
public final class HttpBenchmark {
    private static final int BATCH = 1000;

    /** What to run: wrk's shape, how long each run lasts, how many stories to add, how many distinct URLs to ask. */
    public record Options(Path home, Path lightModules, String wrk, int threads, int connections, int seconds,
                          int warmupSeconds, int stories, int uniqueUrls, int uncachedRuns) {
    }

    private record Target(String name, String path, String file) {
    }

    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public HttpBenchmark(PrintStream out) {
        this.out = out;
    }

    public void run(Options options) throws Exception {
        out.printf("Machine: %d cores, %s, Java %s; load average at start: %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.arch"), System.getProperty("java.version"), loadAverage());
        Files.createDirectories(options.home());
        ModuleSettings settings = new ModuleSettings(ZoneId.of("UTC"), Clock.systemUTC(), true);
        try (Host host = Host.start(new HostOptions(options.home().resolve("repository"), "127.0.0.1", 0,
                options.lightModules(), false, settings))) {
            if (options.stories() > 0) {
                fill(host.stories(), options.stories());
            }
            long published = host.stories().countPublished();
            String article = "/media-wire" + host.stories().recent(1).get(0).path();
            List<Target> targets = List.of(new Target("article", article, "article.html"),
                    new Target("section", "/media-wire/", "section.html"),
                    new Target("feed.xml", "/media-wire/feed.xml", "feed.xml"),
                    new Target("delivery API, 10 newest", "/.rest/delivery/mediawire?limit=10", "newest.json"));
            Path files = Files.createDirectories(options.home().resolve("static"));
            URI base = host.baseUri();
            for (Target target : targets) {
                Files.write(files.resolve(target.file()), fetch(base.resolve(target.path().substring(1))));
            }
            Wrk wrk = new Wrk(options.wrk(), options.threads(), options.connections());
            out.printf("%d published stories; wrk -t%d -c%d -d%ds --latency, no gzip; %d s warm-up of each first%n%n", published,
                    options.threads(), options.connections(), options.seconds(), options.warmupSeconds());
            out.println("| resource | bytes | Media Wire req/s | static req/s | ratio | Media Wire p99 | static p99 | not kept, one request |");
            out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            ReadyAnswers answers = host.web().answers();
            try (StaticFiles statics = new StaticFiles(files)) {
                // Both servers' code paths compiled by the JIT before the first figure counts.
                for (Target target : targets) {
                    wrk.run(base.resolve(target.path().substring(1)).toString(), options.warmupSeconds());
                    wrk.run(statics.base().resolve(target.file()).toString(), options.warmupSeconds());
                }
                for (Target target : targets) {
                    String ours = base.resolve(target.path().substring(1)).toString();
                    String theirs = statics.base().resolve(target.file()).toString();
                    Wrk.Result a = wrk.run(ours, options.seconds());
                    Wrk.Result b = wrk.run(theirs, options.seconds());
                    double uncached = uncachedMs(answers, URI.create(ours), options.uncachedRuns());
                    out.printf("| %s | %,d | %,.0f | %,.0f | %.2f | %.1f ms | %.1f ms | %.2f ms |%s%n", target.name(),
                            Files.size(files.resolve(target.file())), a.requestsPerSecond(), b.requestsPerSecond(),
                            a.requestsPerSecond() / b.requestsPerSecond(), a.p99Ms(), b.p99Ms(), uncached,
                            problems(a, b));
                }
            }
            out.printf("%nLoad average after the runs: %s%n", loadAverage());
            if (options.uniqueUrls() > 0) {
                manyUrls(answers, base, article, options.uniqueUrls());
            }
        }
    }

    /**
     * Asks {@code path} with {@code count} different queries, from 8 clients at once: every request a
     * miss whose answer is kept, so the kept answers reach their bound and stay there.
     */
    private void manyUrls(ReadyAnswers answers, URI base, String path, int count) throws Exception {
        long before = usedHeap();
        AtomicInteger next = new AtomicInteger();
        AtomicLong maxKept = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                running.add(clients.submit(() -> {
                    for (int n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
                        fetch(base.resolve(path.substring(1) + "?u=" + n));
                        if (n % 1000 == 0) {
                            maxKept.accumulateAndGet(answers.keptBytes(), Math::max);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("%nBounded memory: %,d different URLs (%s?u=N), each answer about %,d bytes plain, asked in %.0f s.%n",
                count, path, fetch(base.resolve(path.substring(1))).length, seconds);
        out.printf("Kept answers at the end: %,d, weighing %,d bytes (most seen: %,d; bound %,d); heap in use after a GC: "
                        + "%,d MB before, %,d MB after.%n", answers.keptAnswers(), answers.keptBytes(), maxKept.get(),
                ReadyAnswers.DEFAULT_MAX_BYTES, before / (1 << 20), usedHeap() / (1 << 20));
    }

    /** Median time of one GET whose kept answer was dropped just before, so it is made afresh. */
    private double uncachedMs(ReadyAnswers answers, URI uri, int runs) throws Exception {
        double[] times = new double[runs];
        for (int i = 0; i < 2 * runs; i++) { // the first half warms up the JIT
            answers.invalidation().everything("benchmark: time an answer made afresh");
            long start = System.nanoTime();
            fetch(uri);
            if (i >= runs) {
                times[i - runs] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    private byte[] fetch(URI uri) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** Stories imported five minutes apart up to now, each published within the hour after its import. */
    private void fill(StoryStore store, int count) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        Random random = new Random(42);
        long start = System.nanoTime();
        for (int done = 0; done < count; ) {
            List<StoryStore.Seed> batch = new ArrayList<>(BATCH);
            for (int i = 0; i < BATCH && done < count; i++, done++) {
                Instant imported = now.minus(Duration.ofMinutes(5L * (count - done)));
                Instant published = imported.plus(Duration.ofMinutes(random.nextInt(60)));
                batch.add(new StoryStore.Seed(BenchmarkStories.story(done), imported, published.isAfter(now) ? now : published));
            }
            store.createAll(batch, "benchmark");
        }
        out.printf("Filled %,d stories in %.0f s%n", count, (System.nanoTime() - start) / 1e9);
    }

    private static String problems(Wrk.Result a, Wrk.Result b) {
        String problems = (a.problems().isEmpty() ? "" : " Media Wire: " + a.problems())
                + (b.problems().isEmpty() ? "" : " static: " + b.problems());
        return problems.isEmpty() ? "" : " <!--" + problems + " -->";
    }

    private static long usedHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
