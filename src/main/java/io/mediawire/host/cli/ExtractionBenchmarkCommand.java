package io.mediawire.host.cli;

import io.mediawire.host.benchmark.ExtractionBenchmark;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code media-wire benchmark-extraction}: body F1 and time per page on the extraction benchmark. */
@Command(name = "benchmark-extraction", mixinStandardHelpOptions = true,
        description = "Extract the benchmark pages, write predictions, print F1 and the median time per page.")
final class ExtractionBenchmarkCommand implements Callable<Integer> {

    @Option(names = "--dir", defaultValue = ExtractionBenchmark.DEFAULT_DIR, description = "Benchmark folder (default ${DEFAULT-VALUE}).")
    String dir;

    @Option(names = "--out", defaultValue = ExtractionBenchmark.DEFAULT_OUTPUT, description = "Predictions file (default ${DEFAULT-VALUE}).")
    String out;

    @Override
    public Integer call() throws Exception {
        ExtractionBenchmark.main(new String[]{dir, out});
        return 0;
    }
}
