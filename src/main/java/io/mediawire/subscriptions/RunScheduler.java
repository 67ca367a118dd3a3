package io.mediawire.subscriptions;

import java.time.Instant;

/** Fires each subscription's scheduled run at its next-run time. */
interface RunScheduler extends AutoCloseable {
    /** (Re)schedules the subscription's one pending run at {@code nextRun} (the module's clock). */
    void schedule(String subscriptionId, Instant nextRun);

    void unschedule(String subscriptionId);

    @Override
    void close();

    /** For hosts that must not poll (a one-off command on the repository): schedules nothing. */
    RunScheduler NONE = new RunScheduler() {
        @Override
        public void schedule(String subscriptionId, Instant nextRun) {
        }

        @Override
        public void unschedule(String subscriptionId) {
        }

        @Override
        public void close() {
        }
    };
}
