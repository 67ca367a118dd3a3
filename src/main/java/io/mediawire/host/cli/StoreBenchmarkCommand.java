package io.mediawire.host.cli;

import io.mediawire.host.benchmark.StoreBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code media-wire benchmark-store}: listing and recent-posts latency against repository size. */
@Command(name = "benchmark-store", mixinStandardHelpOptions = true,
        description = "Fill a scratch repository to each size and time recent(10) and listings beside a plain JCR query.")
final class StoreBenchmarkCommand implements Callable<Integer> {

    @Option(names = "--sizes", defaultValue = "1000,10000,100000", split = ",",
            description = "Repository sizes in stories (default ${DEFAULT-VALUE}).")
    int[] sizes;

    @Option(names = "--plain-runs", defaultValue = "5", description = "Timed runs of the plain query per size.")
    int plainRuns;

    @Option(names = "--home", description = "Scratch repository folder (default: a new temp folder).")
    Path home;

    @Override
    public Integer call() throws Exception {
        Path folder = home != null ? home : Files.createTempDirectory("media-wire-bench");
        System.out.println("Repository: " + folder + "  sizes: " + Arrays.toString(sizes));
        new StoreBenchmark(System.out).run(folder, sizes, plainRuns);
        return 0;
    }
}
