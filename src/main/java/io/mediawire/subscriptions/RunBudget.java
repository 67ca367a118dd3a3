package io.mediawire.subscriptions;

import java.time.Duration;

/**
 * The wall-clock time one run may take, shared by its feed fetch, its item pages and its waits for a
 * fetch slot. Real time on purpose: it bounds how long a worker is held, which the module's clock
 * (a schedule's time, movable in tests) does not measure.
 */
final class RunBudget {
    private final long endNanos;

    private RunBudget(Duration total) {
        this.endNanos = System.nanoTime() + total.toNanos();
    }

    static RunBudget of(Duration total) {
        return new RunBudget(total);
    }

    Duration remaining() {
        long left = endNanos - System.nanoTime();
        return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
    }

    boolean spent() {
        return endNanos - System.nanoTime() <= 0;
    }
}
