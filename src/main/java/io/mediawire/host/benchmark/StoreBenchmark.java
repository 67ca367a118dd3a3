package io.mediawire.host.benchmark;

import io.mediawire.host.repository.EmbeddedRepository;
import io.mediawire.host.modules.ModuleDiscovery;
import io.mediawire.host.modules.ModuleManager;
import io.mediawire.magnolia.ModuleSettings;
import io.mediawire.story.StoryStore;
import java.io.PrintStream;
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
 * Fills a fresh repository to each size in turn and times the public reads beside the plain
 * JCR-SQL2 query they replace. Stories are imported 5 minutes apart and published 0-72 hours
 * after import, so publish order differs from folder order, as in a newsroom.
 */
public final class StoreBenchmark {
    private static final int BATCH = 500;

    private final PrintStream out;

    public StoreBenchmark(PrintStream out) {
        this.out = out;
    }

    public record Row(int stories, double recentMs, double page10Ms, double deepPageMs, double plainFirstMs,
                      double plainMs, double fillSeconds) {
    }

    public List<Row> run(Path home, int[] sizes, int plainRuns) throws Exception {
        List<Row> rows = new ArrayList<>();
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        ModuleSettings settings = new ModuleSettings(ZoneId.of("UTC"), Clock.systemUTC(), false);
        try (EmbeddedRepository repository = EmbeddedRepository.open(home)) {
            ModuleManager modules = new ModuleManager(repository, settings, StoreBenchmark.class.getClassLoader());
            var descriptors = new ModuleDiscovery(StoreBenchmark.class.getClassLoader()).discover();
            modules.installOrUpdate(descriptors);
            StoryStore store = new StoryStore(repository, settings.zone(), settings.clock());
            Random random = new Random(42);
            int filled = 0;
            out.printf("%8s %12s %12s %14s %16s %14s %8s%n", "stories", "recent(10)", "page 10",
                    "middle page", "plain 1st run", "plain median", "fill s");
            for (int size : Arrays.stream(sizes).sorted().toArray()) {
                long fillStart = System.nanoTime();
                while (filled < size) {
                    List<StoryStore.Seed> batch = new ArrayList<>();
                    for (int i = 0; i < BATCH && filled < size; i++, filled++) {
                        Instant imported = start.plus(Duration.ofMinutes(5L * filled));
                        Instant published = imported.plus(Duration.ofMinutes(random.nextInt(72 * 60)));
                        batch.add(new StoryStore.Seed(BenchmarkStories.story(filled), imported, published));
                    }
                    store.createAll(batch, "benchmark");
                }
                double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
                double recent = Timing.medianMs(1000, 500, () -> store.recent(10));
                double page10 = Timing.medianMs(1000, 500, () -> store.listPublished(90, 10));
                double middle = Timing.medianMs(300, 100, () -> store.listPublished(size / 2, 10));
                double plainFirst = Timing.timeMs(() -> BenchmarkStories.plainQuery(repository));
                double plain = Timing.medianMs(0, plainRuns, () -> BenchmarkStories.plainQuery(repository));
                Row row = new Row(size, recent, page10, middle, plainFirst, plain, fillSeconds);
                rows.add(row);
                out.printf("%8d %10.3f ms %10.3f ms %12.3f ms %14.1f ms %12.1f ms %8.0f%n", size, recent, page10,
                        middle, plainFirst, plain, fillSeconds);
            }
        }
        return rows;
    }





}
