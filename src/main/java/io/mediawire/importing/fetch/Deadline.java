package io.mediawire.importing.fetch;

import java.time.Duration;

/** The overall time budget of one fetch, shared by robots.txt, every redirect hop, a retry wait and the body. */
final class Deadline {

    private final Duration total;
    private final long endNanos;

    private Deadline(Duration total) {
        this.total = total;
        this.endNanos = System.nanoTime() + total.toNanos();
    }

    static Deadline after(Duration total) {
        return new Deadline(total);
    }

    Duration total() {
        return total;
    }

    long remainingMillis() {
        return Math.max(0, (endNanos - System.nanoTime()) / 1_000_000);
    }

    boolean expired() {
        return endNanos - System.nanoTime() <= 0;
    }

    FetchException timeout(WebAddress url) {
        return new FetchException(FetchException.Reason.TIMEOUT,
                "timed out after " + Describe.duration(total) + " (the limit for one fetch) fetching " + url);
    }

    void check(WebAddress url) throws FetchException {
        if (remainingMillis() <= 0) {
            throw timeout(url);
        }
    }
}
