package io.mediawire.host.benchmark;

import io.mediawire.host.Host;
import io.mediawire.host.HostOptions;
import io.mediawire.importing.ImportSettings;
import io.mediawire.magnolia.ModuleSettings;
import io.mediawire.sources.SourceFields;
import io.mediawire.story.Story;
import io.mediawire.story.StoryListener;
import io.mediawire.subscriptions.SubscriptionFields;
import io.mediawire.subscriptions.SubscriptionService;
import io.mediawire.subscriptions.SubscriptionSettings;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * 500 subscriptions (by default) polled every minute by the real scheduler against local fixture agencies
 * where most feeds do not change. Alternates, in one run and one host, rounds of polling with conditional
 * GET (the feeds send an ETag, so an unchanged feed answers 304) and without it (the feeds send no
 * validator, as many do, so every poll reads and parses the whole feed). Per round: the CPU the process
 * spends a minute, the agencies' own threads subtracted; per mode: the delay from an item's appearance at
 * the agency to its story's save.
 */
public final class SubscriptionBenchmark {
    /** The items each feed starts with carry this word in their titles and the subscriptions filter them out,
     * so the start-up does not store thousands of stories before the measured minutes. */
    static final String ARCHIVE = "Archive";
    static final int STARTING_ITEMS = 10;
    static final String WITH = "conditional GET (ETag, 304)";
    static final String WITHOUT = "without conditional GET";

    public record Settings(int feeds, int agencies, Duration interval, int minutes, int rounds, int newPerMinute,
                           int maxFetches) {
    }

    /** One measured round. */
    public record Round(String polling, double cpuSecondsPerMinute, double pollsPerMinute, double notModifiedShare) {
    }

    /** One mode over its rounds: the mean CPU, and the delays of all its items. */
    public record Row(String polling, List<Round> rounds, int newItems, int stored, double delayP50Seconds,
                      double delayP99Seconds) {
        public double cpuSecondsPerMinute() {
            return rounds.stream().mapToDouble(Round::cpuSecondsPerMinute).average().orElse(Double.NaN);
        }

        public double pollsPerMinute() {
            return rounds.stream().mapToDouble(Round::pollsPerMinute).average().orElse(Double.NaN);
        }

        public double notModifiedShare() {
            return rounds.stream().mapToDouble(Round::notModifiedShare).average().orElse(Double.NaN);
        }
    }

    private final PrintStream out;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    /** Numbers new items across rounds: a text seen before would be stored once, as the same story. */
    private final AtomicInteger serial = new AtomicInteger();
    private final Map<String, Instant> stored = new ConcurrentHashMap<>();

    public SubscriptionBenchmark(PrintStream out) {
        this.out = out;
    }

    public List<Row> run(Path home, Settings settings) throws Exception {
        List<FixtureAgency> agencies = new ArrayList<>();
        for (int i = 1; i <= settings.agencies(); i++) {
            agencies.add(new FixtureAgency("127.0.0." + i, 4, Clock.systemUTC()));
        }
        try (Host host = Host.open(new HostOptions(home, null, 0, Path.of("light-modules"), false,
                moduleSettings(settings, agencies)))) {
            for (int f = 0; f < settings.feeds(); f++) {
                String feed = "feed-" + f;
                agency(agencies, f).feed(feed);
                for (int i = 0; i < STARTING_ITEMS; i++) {
                    agency(agencies, f).publish(feed, FixtureAgency.Item.of(feed + "-old-" + i, ARCHIVE + " story " + i
                            + " of " + feed, "An older story of this feed, kept to give the feed its usual length."));
                }
            }
            host.stories().addListener(new StoryListener() {
                @Override
                public void changed(Story story, Change change) {
                    if (change == Change.CREATED && story.feedGuid() != null) {
                        stored.putIfAbsent(story.feedGuid(), Instant.now());
                    }
                }
            });
            Instant start = Instant.now();
            subscribeAll(host, settings, agencies);
            out.println("waiting for every feed's first poll");
            waitForFirstPolls(host.services().subscriptions(), settings.feeds(), start);
            out.println("two minutes of warm-up");
            Thread.sleep(Duration.ofMinutes(2).toMillis());

            Map<String, List<Round>> rounds = Map.of(WITH, new ArrayList<>(), WITHOUT, new ArrayList<>());
            Map<String, List<String>> items = Map.of(WITH, new ArrayList<>(), WITHOUT, new ArrayList<>());
            for (int r = 0; r < settings.rounds(); r++) {
                for (String mode : List.of(WITH, WITHOUT)) {
                    for (int f = 0; f < settings.feeds(); f++) {
                        agency(agencies, f).validators("feed-" + f, mode.equals(WITH));
                    }
                    // one interval for every feed to be polled once the new way (a first 304 needs a new ETag)
                    Thread.sleep(settings.interval().toMillis() + 5_000);
                    rounds.get(mode).add(round(mode, settings, agencies, items.get(mode)));
                }
            }
            Thread.sleep(settings.interval().toMillis() + 15_000); // the last items' polls
            List<Row> rows = new ArrayList<>();
            for (String mode : List.of(WITH, WITHOUT)) {
                rows.add(row(mode, rounds.get(mode), items.get(mode), agencies));
            }
            return rows;
        } finally {
            agencies.forEach(FixtureAgency::close);
        }
    }

    private static ModuleSettings moduleSettings(Settings settings, List<FixtureAgency> agencies) {
        return new ModuleSettings(ZoneId.of("UTC"), Clock.systemUTC(), false)
                .withProperty(ImportSettings.ALLOW_PRIVATE,
                        String.join(",", agencies.stream().map(FixtureAgency::hostPort).toList()))
                .withProperty(SubscriptionSettings.MAX_FETCHES, String.valueOf(settings.maxFetches()));
    }

    private static FixtureAgency agency(List<FixtureAgency> agencies, int feed) {
        return agencies.get(feed % agencies.size());
    }

    private Round round(String mode, Settings settings, List<FixtureAgency> agencies, List<String> published)
            throws InterruptedException {
        int[] before = counts(agencies, settings.feeds());
        long cpuBefore = processCpu() - agencyCpu();
        long wallBefore = System.nanoTime();
        published.addAll(publish(settings, agencies));
        long wall = System.nanoTime() - wallBefore;
        long cpu = processCpu() - agencyCpu() - cpuBefore;
        int[] after = counts(agencies, settings.feeds());
        double minutes = wall / 60e9;
        int polls = after[0] - before[0];
        Round round = new Round(mode, cpu / 1e9 / minutes, polls / minutes,
                polls == 0 ? 0 : (after[1] - before[1]) / (double) polls);
        out.printf("%s: %.2f CPU s a minute, %.0f polls a minute, %.1f%% answered 304%n", mode,
                round.cpuSecondsPerMinute(), round.pollsPerMinute(), 100 * round.notModifiedShare());
        return round;
    }

    private Row row(String mode, List<Round> rounds, List<String> published, List<FixtureAgency> agencies) {
        List<Double> delays = new ArrayList<>();
        for (String id : published) {
            Instant savedAt = stored.get(id);
            if (savedAt != null) {
                Instant appeared = agency(agencies, Integer.parseInt(id.substring(5, id.indexOf('-', 5)))).appeared(id);
                delays.add(Duration.between(appeared, savedAt).toMillis() / 1000.0);
            }
        }
        Collections.sort(delays);
        return new Row(mode, List.copyOf(rounds), published.size(), delays.size(), percentile(delays, 0.50),
                percentile(delays, 0.99));
    }

    private static void subscribeAll(Host host, Settings settings, List<FixtureAgency> agencies) {
        List<String> sources = new ArrayList<>();
        for (int a = 0; a < agencies.size(); a++) {
            sources.add(host.services().sources().create(SourceFields.named("Fixture Agency " + (a + 1),
                    List.of()), "benchmark").id());
        }
        for (int f = 0; f < settings.feeds(); f++) {
            host.services().subscriptions().create(new SubscriptionFields(sources.get(f % agencies.size()),
                    agency(agencies, f).url("/feeds/feed-" + f).toString(), settings.interval().toString(), "draft",
                    "NOT title:" + ARCHIVE.toLowerCase(), null, null), "benchmark");
        }
    }

    private static void waitForFirstPolls(SubscriptionService subscriptions, int feeds, Instant since)
            throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            long done = subscriptions.list().stream()
                    .filter(s -> s.state().lastRun() != null && !s.state().lastRun().isBefore(since)).count();
            if (done >= feeds) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the first polls did not finish in ten minutes");
    }

    /** Publishes new items at random feeds, spread evenly over the round's minutes; returns their ids. */
    private List<String> publish(Settings settings, List<FixtureAgency> agencies) throws InterruptedException {
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        int total = settings.newPerMinute() * settings.minutes();
        long gapMillis = Duration.ofMinutes(settings.minutes()).toMillis() / Math.max(1, total);
        Random random = new Random(serial.get());
        Thread publisher = new Thread(() -> {
            try {
                for (int i = 0; i < total; i++) {
                    int f = random.nextInt(settings.feeds());
                    int n = serial.incrementAndGet();
                    String id = "feed-" + f + "-new-" + n;
                    agency(agencies, f).publish("feed-" + f, FixtureAgency.Item.of(id, "Breaking story " + n + " of feed "
                            + f, "What happened, as the agency first reported it: story number " + n + " of feed " + f + "."));
                    ids.add(id);
                    Thread.sleep(gapMillis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "fixture-agency-publisher");
        publisher.start();
        publisher.join();
        return ids;
    }

    /** Requests and 304 answers the agencies gave so far. */
    private static int[] counts(List<FixtureAgency> agencies, int feeds) {
        int requests = 0;
        int notModified = 0;
        for (int f = 0; f < feeds; f++) {
            requests += agency(agencies, f).requests("feed-" + f);
            notModified += agency(agencies, f).notModifiedAnswers("feed-" + f);
        }
        return new int[]{requests, notModified};
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU of the agencies' own threads (their servers and the publisher), which is not the host's cost. */
    private long agencyCpu() {
        long total = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("fixture-agency")) {
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }

    private static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * p) - 1));
    }
}
