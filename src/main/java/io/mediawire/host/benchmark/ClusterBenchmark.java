package io.mediawire.host.benchmark;

import io.mediawire.host.Host;
import io.mediawire.host.HostOptions;
import io.mediawire.host.repository.ClusterOptions;
import io.mediawire.importing.ImportJob;
import io.mediawire.importing.ImportSettings;
import io.mediawire.importing.ImportSource;
import io.mediawire.magnolia.ModuleSettings;
import io.mediawire.story.CreateResult;
import io.mediawire.story.Story;
import io.mediawire.story.StoryStore;
import io.mediawire.subscriptions.SubscriptionSettings;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Figures of cluster mode, in one run: how long a publish on node A takes to show on node B's page;
 * article-page and API throughput of one node, cluster beside embedded Derby; import rate of two nodes
 * importing different feeds at once beside one node alone. Each part runs on a database of its own,
 * made on the given server and dropped after.
 *
 * <pre>java -cp target/media-wire.jar io.mediawire.host.benchmark.ClusterBenchmark \
 *     jdbc:postgresql://localhost:5432/mediawire?user=mediawire [publishes] [syncDelayMs] [propagation]</pre>
 * (password from MEDIA_WIRE_DB_PASSWORD; the role must be allowed to create databases)
 */
public final class ClusterBenchmark {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration LOAD = Duration.ofSeconds(10);
    private static final int CLIENTS = 4;
    private static final int IMPORT_ITEMS = 60;

    private final PrintStream out;
    private final String server;
    private final String password;
    private final Duration syncDelay;
    private final Path work;

    ClusterBenchmark(PrintStream out, String server, String password, Duration syncDelay, Path work) {
        this.out = out;
        this.server = server;
        this.password = password;
        this.syncDelay = syncDelay;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        boolean propagationOnly = args.length > 3 && args[3].equals("propagation");
        String server = args.length > 0 ? args[0] : "jdbc:postgresql://localhost:5432/mediawire?user=mediawire";
        int publishes = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Duration delay = Duration.ofMillis(args.length > 2 ? Long.parseLong(args[2]) : 2000);
        String password = System.getenv(ClusterOptions.PASSWORD_VARIABLE);
        ClusterBenchmark benchmark = new ClusterBenchmark(System.out, server, password == null ? "" : password, delay,
                Files.createTempDirectory("media-wire-cluster-bench"));
        benchmark.propagation(publishes);
        if (!propagationOnly) {
            benchmark.throughput();
            benchmark.importRate();
        }
        System.exit(0);
    }

    /** Publish on A, then read B's article page until it answers 200: p50 and p99 of that wait. */
    void propagation(int publishes) throws Exception {
        String database = createDatabase();
        try (Host a = Host.start(options("prop-a", database, "node-a", null));
             Host b = Host.start(options("prop-b", database, "node-b", null))) {
            List<Double> delays = new ArrayList<>();
            for (int i = 0; i < publishes; i++) {
                Story story = ((CreateResult.Created) a.stories().create(BenchmarkStories.story(i), "benchmark")).story();
                URI page = b.baseUri().resolve("/media-wire" + story.path());
                while (b.stories().byId(story.id()).isEmpty()) {
                    Thread.sleep(5);
                }
                // B has just read the journal; publishing right now would always wait a whole sync delay
                Thread.sleep(ThreadLocalRandom.current().nextLong(syncDelay.toMillis() + 1));
                long published = System.nanoTime();
                a.stories().publish(story.id(), "benchmark");
                while (status(page) != 200) {
                    Thread.sleep(2);
                }
                delays.add((System.nanoTime() - published) / 1e6);
            }
            double[] sorted = delays.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            out.printf("propagation, publish on A -> article page 200 on B, sync delay %d ms, %d publishes: "
                            + "p50 %.0f ms, p99 %.0f ms, max %.0f ms%n", syncDelay.toMillis(), publishes,
                    sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.99) - 1], sorted[sorted.length - 1]);
        } finally {
            dropDatabase(database);
        }
    }

    /**
     * Requests per second of CLIENTS threads for LOAD, on one node: embedded and a cluster node, both up at
     * once and measured in turns, twice, so that neither gets the JVM's warm-up alone.
     */
    void throughput() throws Exception {
        out.println("| round | repository | article page req/s | API (10 stories) req/s |");
        out.println("|---:|---|---:|---:|");
        String database = createDatabase();
        try (Host embedded = Host.start(options("embedded", null, null, null));
             Host node = Host.start(options("cluster", database, "node-a", null))) {
            List<String> embeddedPages = seed(embedded.stories(), 300);
            List<String> nodePages = seed(node.stories(), 300);
            for (int round = 1; round <= 2; round++) {
                measure(round, "embedded Derby", embedded, embeddedPages);
                measure(round, "cluster node (PostgreSQL)", node, nodePages);
            }
        } finally {
            dropDatabase(database);
        }
    }

    private void measure(int round, String label, Host host, List<String> pages) throws Exception {
        URI base = host.baseUri();
        double article = load(() -> base.resolve(pages.get(ThreadLocalRandom.current().nextInt(pages.size()))));
        double api = load(() -> base.resolve("/.rest/delivery/mediawire?limit=10&offset="
                + 10 * ThreadLocalRandom.current().nextInt(20)));
        out.printf("| %d | %s | %.0f | %.0f |%n", round, label, article, api);
    }

    /** Stories per second imported from a feed of IMPORT_ITEMS: one node alone, then two nodes, each its own feed. */
    void importRate() throws Exception {
        try (FixtureAgency agency = new FixtureAgency("127.0.0.1", 16, Clock.systemUTC())) {
            for (String feed : List.of("solo", "left", "right")) {
                agency.feed(feed);
                for (int i = 0; i < IMPORT_ITEMS; i++) {
                    agency.publish(feed, FixtureAgency.Item.of(feed + "-" + i, "Import rate story " + feed + " " + i,
                            "<p>Item " + i + " of feed " + feed + " about the harbour and the council.</p>"));
                }
            }
            String database = createDatabase();
            try (Host a = Host.start(options("import-a", database, "node-a", agency.hostPort()));
                 Host b = Host.start(options("import-b", database, "node-b", agency.hostPort()))) {
                double solo = rate(List.of(a), List.of(agency.feed("solo")));
                double both = rate(List.of(a, b), List.of(agency.feed("left"), agency.feed("right")));
                out.printf("import rate, %d-item feeds: one node %.1f stories/s; two nodes, a feed each, %.1f stories/s%n",
                        IMPORT_ITEMS, solo, both);
            } finally {
                dropDatabase(database);
            }
        }
    }

    private static double rate(List<Host> nodes, List<URI> feeds) throws InterruptedException {
        long started = System.nanoTime();
        List<ImportJob> jobs = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            jobs.add(nodes.get(i).services().imports().submit(List.of(ImportSource.url(feeds.get(i).toString())), true,
                    "benchmark"));
        }
        long imported = 0;
        for (ImportJob job : jobs) {
            while (job.state() != ImportJob.State.DONE) {
                Thread.sleep(10);
            }
            imported += job.count(io.mediawire.importing.ItemResult.Outcome.IMPORTED);
        }
        return imported / ((System.nanoTime() - started) / 1e9);
    }

    private static List<String> seed(StoryStore store, int count) {
        List<StoryStore.Seed> seeds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant at = START.plus(Duration.ofMinutes(5L * i));
            seeds.add(new StoryStore.Seed(BenchmarkStories.story(i), at, at));
        }
        List<String> pages = new ArrayList<>();
        for (CreateResult result : store.createAll(seeds, "benchmark")) {
            if (result instanceof CreateResult.Created created) {
                pages.add("/media-wire" + created.story().path());
            }
        }
        return pages;
    }

    @FunctionalInterface
    private interface Target {
        URI next();
    }

    private static double load(Target target) throws Exception {
        for (int i = 0; i < 500; i++) {
            status(target.next()); // warm-up: the JIT, the page cache, the bundle cache
        }
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + LOAD.toNanos();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Thread client = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        if (status(target.next()) == 200) {
                            done.incrementAndGet();
                        }
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            clients.add(client);
            client.start();
        }
        for (Thread client : clients) {
            client.join();
        }
        return done.get() / (LOAD.toNanos() / 1e9);
    }

    private static int status(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HostOptions options(String name, String database, String nodeId, String allowPrivate) throws Exception {
        Path home = Files.createDirectories(work.resolve(name));
        ModuleSettings settings = new ModuleSettings(ZoneId.of("UTC"), Clock.systemUTC(), false)
                .withProperty(SubscriptionSettings.POLL, "false");
        if (allowPrivate != null) {
            settings = settings.withProperty(ImportSettings.ALLOW_PRIVATE, allowPrivate);
        }
        HostOptions options = new HostOptions(home, "127.0.0.1", 0, Path.of("light-modules"), false, settings);
        return database == null ? options
                : options.withCluster(new ClusterOptions(database, null, password, nodeId, syncDelay));
    }

    private String createDatabase() throws Exception {
        String name = "mw_bench_" + Long.toHexString(System.nanoTime());
        try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        int slash = server.indexOf('/', "jdbc:postgresql://".length());
        int query = server.indexOf('?');
        return server.substring(0, slash + 1) + name + (query < 0 ? "" : server.substring(query));
    }

    private void dropDatabase(String url) throws Exception {
        String name = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private Connection connect(String url) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("user", new ClusterOptions(url, null, password, "benchmark", null).user());
        properties.setProperty("password", password);
        return DriverManager.getConnection(url, properties);
    }
}
