package io.mediawire.host.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Body fidelity on the real development pages of the article-extraction benchmark (read in place, never copied). */
class ExtractionBenchmarkTest {

    private static final Path DIR = Path.of(ExtractionBenchmark.DEFAULT_DIR);
    private static final double REQUIRED_F1 = 0.95;

    @Test
    void bodyF1OnDevelopmentPagesIsAtLeastRequired() throws IOException {
        assumeTrue(Files.isRegularFile(DIR.resolve("ground-truth-dev.json")) && Files.isDirectory(DIR.resolve("html")),
            "skipped: benchmark folder " + DIR.toAbsolutePath() + " is absent (it is read in place, never copied into the repo)");
        ExtractionBenchmark.Run run = ExtractionBenchmark.run(DIR);
        assertEquals(60, run.predictions().size());
        double f1 = run.result().f1();
        assertTrue(f1 >= REQUIRED_F1, String.format("F1 %.3f < %.2f (precision %.3f, recall %.3f)",
            f1, REQUIRED_F1, run.result().precision(), run.result().recall()));
    }
}
