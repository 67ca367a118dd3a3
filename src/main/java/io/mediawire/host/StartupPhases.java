package io.mediawire.host;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a start's time goes: each phase's milliseconds, logged in one line when the host is up,
 * so a slow start says which step to look at.
 */
final class StartupPhases {
    private static final Logger LOG = LoggerFactory.getLogger(StartupPhases.class);

    private final long started = System.nanoTime();
    private final List<String> phases = new ArrayList<>();
    private long last = started;

    /** Ends the phase that ran since the previous call (or the start). */
    void done(String phase) {
        long now = System.nanoTime();
        phases.add(phase + " " + (now - last) / 1_000_000);
        last = now;
    }

    void log(String what) {
        LOG.info("{} in {} ms, {} ms after the JVM started: {} (ms)", what, (System.nanoTime() - started) / 1_000_000,
                ManagementFactory.getRuntimeMXBean().getUptime(), String.join(", ", phases));
    }
}
