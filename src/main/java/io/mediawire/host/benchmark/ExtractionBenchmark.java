package io.mediawire.host.benchmark;

import io.mediawire.importing.extraction.ArticleExtractor;
import io.mediawire.importing.extraction.ShingleScorer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Runs the extractor over the development pages of the article-extraction benchmark, writes the
 * predictions as {@code {id: {"articleBody": ...}}} and prints F1 and the time per page.
 * Usage: {@code ExtractionBenchmark [benchmark-dir] [predictions-file]}.
 */
public final class ExtractionBenchmark {

    public static final String DEFAULT_DIR = "../shared/extraction-benchmark";
    public static final String DEFAULT_OUTPUT = "target/extraction-predictions.json";

    /** Predictions, scores and per-page times of one run. */
    public record Run(Map<String, String> predictions, ShingleScorer.Result result, List<Double> millis, List<Double> cpuMillis) {
        public double percentileMillis(double p) {
            return percentile(millis, p);
        }

        public double percentileCpuMillis(double p) {
            return percentile(cpuMillis, p);
        }

        private static double percentile(List<Double> values, double p) {
            List<Double> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return 0;
            }
            int index = (int) Math.ceil(p * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
        }
    }

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : DEFAULT_DIR);
        Path output = Path.of(args.length > 1 ? args[1] : DEFAULT_OUTPUT);
        if (!Files.isDirectory(dir.resolve("html"))) {
            System.err.println("benchmark folder not found (expected html/ inside): " + dir.toAbsolutePath());
            System.exit(2);
        }
        Run run = run(dir);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode out = mapper.createObjectNode();
        run.predictions().forEach((id, body) -> out.putObject(id).put("articleBody", body));
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        mapper.writerWithDefaultPrettyPrinter().writeValue(output.toFile(), out);
        ShingleScorer.Result r = run.result();
        System.out.printf(Locale.ROOT, "documents: %d, predictions written to %s%n", run.predictions().size(), output);
        System.out.printf(Locale.ROOT, "precision: %.3f%nrecall:    %.3f%naccuracy:  %.3f%n", r.precision(), r.recall(), r.accuracy());
        System.out.printf(Locale.ROOT, "time per page: median %.1f ms, p90 %.1f ms%n", run.percentileMillis(0.5), run.percentileMillis(0.9));
        // CPU time too: on a shared machine wall time mostly measures the neighbours.
        System.out.printf(Locale.ROOT, "cpu time per page: median %.1f ms, p90 %.1f ms%n", run.percentileCpuMillis(0.5), run.percentileCpuMillis(0.9));
        System.out.printf(Locale.ROOT, "F1 %.3f%n", r.f1());
    }

    /** Extracts every page listed in the ground truth and scores the result. */
    public static Run run(Path dir) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth-dev.json").toFile());
        ArticleExtractor extractor = new ArticleExtractor();
        Map<String, String> predictions = new LinkedHashMap<>();
        List<ShingleScorer.DocScore> scores = new ArrayList<>();
        List<Double> millis = new ArrayList<>();
        List<Double> cpuMillis = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Map.Entry<String, JsonNode> entry : truth.properties()) {
            String id = entry.getKey();
            String html = readGzip(dir.resolve("html").resolve(id + ".html.gz"));
            URI url = URI.create(entry.getValue().path("url").asText());
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            String body = extractor.extract(html, url).articleBody();
            millis.add((System.nanoTime() - start) / 1e6);
            cpuMillis.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e6);
            predictions.put(id, body);
            scores.add(ShingleScorer.score(id, entry.getValue().path("articleBody").asText(""), body));
        }
        return new Run(predictions, ShingleScorer.aggregate(scores), millis, cpuMillis);
    }

    static String readGzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
