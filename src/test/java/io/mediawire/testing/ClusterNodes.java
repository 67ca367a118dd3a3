package io.mediawire.testing;

import io.mediawire.host.Host;
import io.mediawire.host.HostOptions;
import io.mediawire.magnolia.ModuleSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.function.BooleanSupplier;

/** Real hosts as nodes of one cluster on a {@link TestDatabase}: each its own home, Jetty on a free port. */
public final class ClusterNodes {
    private ClusterNodes() {
    }

    public static Host start(TestDatabase database, Path home, String nodeId, Clock clock, String... allowPrivate)
            throws Exception {
        return Host.start(options(database, home, nodeId, clock, allowPrivate));
    }

    public static HostOptions options(TestDatabase database, Path home, String nodeId, Clock clock, String... allowPrivate)
            throws Exception {
        Files.createDirectories(home);
        // Subscriptions run when a test says so (runDue), not when Quartz fires on its own.
        ModuleSettings settings = new ModuleSettings(ZoneId.of("UTC"), clock, false)
                .withProperty(io.mediawire.importing.ImportSettings.ALLOW_PRIVATE, String.join(",", allowPrivate))
                .withProperty(io.mediawire.subscriptions.SubscriptionSettings.POLL, "false");
        return new HostOptions(home, "127.0.0.1", 0, Path.of("light-modules"), false, settings, database.node(nodeId));
    }

    /**
     * Waits until {@code condition} holds, reading the journal on {@code node} each time instead of waiting
     * for its next sync; fails after {@code limit}.
     */
    public static void await(Host node, Duration limit, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            node.repository().syncCluster();
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not seen on the other node within " + limit);
            }
            Thread.sleep(20);
        }
    }
}
