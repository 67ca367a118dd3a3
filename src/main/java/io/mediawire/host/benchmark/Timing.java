package io.mediawire.host.benchmark;

import java.util.Arrays;

/** Wall-clock timing for the benchmark commands: one run, or a median after warm-up runs. */
final class Timing {
    private Timing() {
    }

    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    static double timeMs(Action action) throws Exception {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1e6;
    }

    /** The median of times already taken. */
    static double median(java.util.List<Double> times) {
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    /** Median of {@code runs} timed runs after {@code warmups} untimed ones (caches and the JIT). */
    static double medianMs(int warmups, int runs, Action action) throws Exception {
        for (int i = 0; i < warmups; i++) {
            action.run();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            times[i] = timeMs(action);
        }
        Arrays.sort(times);
        return times[runs / 2];
    }
}
