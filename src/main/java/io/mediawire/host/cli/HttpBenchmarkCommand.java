package io.mediawire.host.cli;

import io.mediawire.host.benchmark.HttpBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code media-wire benchmark-http}: readers' requests per second and p99 beside a static file server. */
@Command(name = "benchmark-http", mixinStandardHelpOptions = true,
        description = "Start the host on a fresh demo site and a plain Jetty serving the same bytes as files; "
                + "load both with wrk and print requests per second, ratios and p99.")
final class HttpBenchmarkCommand implements Callable<Integer> {

    @Option(names = "--stories", defaultValue = "0", description = "Stories to add to the samples (default ${DEFAULT-VALUE}).")
    int stories;

    @Option(names = "--duration", defaultValue = "10", description = "Seconds per wrk run (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup", defaultValue = "5", description = "Seconds of warm-up per resource and server (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--threads", defaultValue = "2", description = "wrk threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--connections", defaultValue = "50", description = "wrk connections (default ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--unique-urls", defaultValue = "100000",
            description = "Different URLs asked at the end, to show the cache's bound holding; 0 skips it (default ${DEFAULT-VALUE}).")
    int uniqueUrls;

    @Option(names = "--uncached-runs", defaultValue = "200", description = "Timed requests made afresh per resource (default ${DEFAULT-VALUE}).")
    int uncachedRuns;

    @Option(names = "--wrk", defaultValue = "wrk", description = "The wrk executable (default ${DEFAULT-VALUE}).")
    String wrk;

    @Option(names = "--light-modules", defaultValue = "light-modules",
            description = "Light modules folder (default ${DEFAULT-VALUE}); the copy in the jar is used where it is absent.")
    Path lightModules;

    @Option(names = "--home", description = "Scratch folder for the repository and the static files (default: a new temp folder).")
    Path home;

    @Override
    public Integer call() throws Exception {
        Path folder = home != null ? home : Files.createTempDirectory("media-wire-http-bench");
        System.out.println("Scratch folder: " + folder);
        new HttpBenchmark(System.out).run(new HttpBenchmark.Options(folder, lightModules, wrk, threads, connections, seconds,
                warmup, stories, uniqueUrls, uncachedRuns));
        return 0;
    }
}
