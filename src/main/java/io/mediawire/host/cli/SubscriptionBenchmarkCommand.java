package io.mediawire.host.cli;

import io.mediawire.host.benchmark.SubscriptionBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code media-wire benchmark-subscriptions}: the CPU and the delay of polling many feeds, with and without 304s. */
@Command(name = "benchmark-subscriptions", mixinStandardHelpOptions = true,
        description = "Poll many feeds of local fixture agencies on a schedule; print CPU a minute and item delay "
                + "(p50/p99), with conditional GET and without.")
final class SubscriptionBenchmarkCommand implements Callable<Integer> {

    @Option(names = "--feeds", defaultValue = "500", description = "Subscriptions (default ${DEFAULT-VALUE}).")
    int feeds;

    @Option(names = "--agencies", defaultValue = "10",
            description = "Agencies on 127.0.0.1, 127.0.0.2, ... the feeds are spread over (default ${DEFAULT-VALUE}).")
    int agencies;

    @Option(names = "--interval", defaultValue = "PT1M", description = "Polling interval (default ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--minutes", defaultValue = "2", description = "Measured minutes per round (default ${DEFAULT-VALUE}).")
    int minutes;

    @Option(names = "--rounds", defaultValue = "2",
            description = "Rounds of each mode, alternating (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--new-per-minute", defaultValue = "20",
            description = "New items published a minute, at random feeds (default ${DEFAULT-VALUE}).")
    int newPerMinute;

    @Option(names = "--max-fetches", defaultValue = "4", description = "Fetches at once (default ${DEFAULT-VALUE}).")
    int maxFetches;

    @Option(names = "--home", description = "Scratch repository folder (default: a new temp folder).")
    Path home;

    @Override
    public Integer call() throws Exception {
        Path folder = home != null ? home : Files.createTempDirectory("media-wire-subscriptions-bench");
        System.out.printf("Repository: %s  feeds: %d on %d agencies  interval: %s  %d new items a minute%n", folder, feeds,
                agencies, interval, newPerMinute);
        List<SubscriptionBenchmark.Row> rows = new SubscriptionBenchmark(System.out).run(folder,
                new SubscriptionBenchmark.Settings(feeds, agencies, interval, minutes, rounds, newPerMinute, maxFetches));
        System.out.println();
        System.out.println("| polling | CPU s a minute (rounds) | polls a minute | answered 304 | new items | stored |"
                + " delay p50 | delay p99 |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (SubscriptionBenchmark.Row row : rows) {
            String each = String.join(", ", row.rounds().stream()
                    .map(r -> String.format("%.2f", r.cpuSecondsPerMinute())).toList());
            System.out.printf("| %s | %.2f (%s) | %.0f | %.1f%% | %d | %d | %.1f s | %.1f s |%n", row.polling(),
                    row.cpuSecondsPerMinute(), each, row.pollsPerMinute(), 100 * row.notModifiedShare(), row.newItems(),
                    row.stored(), row.delayP50Seconds(), row.delayP99Seconds());
        }
        return 0;
    }
}
