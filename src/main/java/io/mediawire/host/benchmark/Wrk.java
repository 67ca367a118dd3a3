package io.mediawire.host.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wrk load generator (Debian's package): runs it against one URL and reads its summary.
 * Without Accept-Encoding, so both servers send the plain bytes.
 */
final class Wrk {
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s)\\b");
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
    private static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses: (\\d+)|Socket errors: (.*)");

    private final String executable;
    private final int threads;
    private final int connections;

    /** One run's figures: requests per second, the 99th percentile latency in ms, requests in all. */
    record Result(double requestsPerSecond, double p99Ms, long requests, String problems) {
    }

    Wrk(String executable, int threads, int connections) {
        this.executable = executable;
        this.threads = threads;
        this.connections = connections;
    }

    Result run(String url, int seconds) throws IOException, InterruptedException {
        List<String> command = List.of(executable, "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--latency",
                "--timeout", "10s", url);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("wrk failed: " + output);
        }
        return parse(output);
    }

    static Result parse(String output) {
        Matcher rate = RATE.matcher(output);
        Matcher p99 = P99.matcher(output);
        Matcher requests = REQUESTS.matcher(output);
        if (!rate.find() || !p99.find() || !requests.find()) {
            throw new IllegalStateException("unexpected wrk output:\n" + output);
        }
        double value = Double.parseDouble(p99.group(1));
        double ms = switch (p99.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
        List<String> problems = new ArrayList<>();
        Matcher errors = ERRORS.matcher(output);
        while (errors.find()) {
            problems.add(errors.group().strip());
        }
        return new Result(Double.parseDouble(rate.group(1)), ms, Long.parseLong(requests.group(1)), String.join("; ", problems));
    }
}
