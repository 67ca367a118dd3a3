package io.mediawire.subscriptions;

import io.mediawire.importing.fetch.FetchException;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Politeness and load for polling: at most {@code maxFetches} fetches at once in all, and at most
 * one at a time per host name (ports aside: one server, one queue). A fetch waits for its turn
 * only as long as its run has left; then it fails rather than hold a worker.
 */
final class FetchGate {
    private final Semaphore overall;
    private final ConcurrentHashMap<String, Semaphore> hosts = new ConcurrentHashMap<>();
    private final int maxFetches;

    FetchGate(int maxFetches) {
        this.maxFetches = maxFetches;
        this.overall = new Semaphore(maxFetches, true);
    }

    interface Fetch<T> {
        T run() throws FetchException;
    }

    <T> T fetch(URI url, RunBudget budget, Fetch<T> fetch) throws FetchException {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        Semaphore perHost = hosts.computeIfAbsent(host, h -> new Semaphore(1, true));
        acquire(perHost, budget, "another fetch from " + host + " to finish");
        try {
            acquire(overall, budget, "one of the " + maxFetches + " fetch slots");
            try {
                return fetch.run();
            } finally {
                overall.release();
            }
        } finally {
            perHost.release();
        }
    }

    private static void acquire(Semaphore semaphore, RunBudget budget, String what) throws FetchException {
        try {
            if (!semaphore.tryAcquire(budget.remaining().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new FetchException(FetchException.Reason.TIMEOUT, "the run's time ran out waiting for " + what);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(FetchException.Reason.NETWORK, "interrupted while waiting for " + what);
        }
    }
}
