package io.mediawire.host.cluster;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.Host;
import io.mediawire.host.HostOptions;
import io.mediawire.host.repository.ClusterDatabaseException;
import io.mediawire.host.repository.ClusterNodeIdInUseException;
import io.mediawire.host.repository.ClusterOptions;
import io.mediawire.testing.ClusterNodes;
import io.mediawire.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a node checks before it joins: its id is its own, its database answers to its credentials. */
class ClusterStartTest {
    @TempDir
    static Path homes;
    static TestDatabase database;
    static Host first;

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.create();
        first = ClusterNodes.start(database, homes.resolve("first"), "public-1", Clock.systemUTC());
    }

    @AfterAll
    static void stop() throws Exception {
        if (first != null) {
            first.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aSecondNodeWithAnIdThatIsAliveIsRefused() throws Exception {
        HostOptions twin = ClusterNodes.options(database, homes.resolve("twin"), "public-1", Clock.systemUTC());
        ClusterNodeIdInUseException refused = assertThrows(ClusterNodeIdInUseException.class, () -> Host.open(twin));
        assertTrue(refused.getMessage().contains("'public-1' is in use"), refused.getMessage());
        assertTrue(refused.getMessage().contains("--cluster-node-id"), refused.getMessage());
        // the refused node left its home free and the first node serving
        assertTrue(first.repository().isUp());
        try (Host other = Host.open(ClusterNodes.options(database, homes.resolve("twin"), "public-2", Clock.systemUTC()))) {
            assertTrue(other.repository().clustered());
        }
    }

    @Test
    void aWrongPasswordFailsAtOnceNamingTheUrlButNotThePassword() throws Exception {
        ClusterOptions wrong = new ClusterOptions(database.url(), database.user(), "not-the-S3cret", "public-9", null);
        ClusterDatabaseException e = assertThrows(ClusterDatabaseException.class,
                () -> Host.open(options(homes.resolve("wrong"), wrong)));
        assertTrue(e.getMessage().contains(database.url()), e.getMessage());
        assertTrue(e.getMessage().contains("MEDIA_WIRE_DB_PASSWORD"), e.getMessage());
        assertFalse(e.getMessage().contains("not-the-S3cret"), e.getMessage());
    }

    @Test
    void anUnreachableDatabaseFailsFastNamingTheUrl() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:1/nowhere";
        ClusterOptions unreachable = new ClusterOptions(url, "mediawire", "secret-pw", "public-9", null);
        long started = System.nanoTime();
        ClusterDatabaseException e = assertThrows(ClusterDatabaseException.class,
                () -> Host.open(options(homes.resolve("unreachable"), unreachable)));
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(5)) < 0);
        assertTrue(e.getMessage().startsWith("Cannot connect to the cluster database " + url), e.getMessage());
        assertFalse(e.getMessage().contains("secret-pw"), e.getMessage());
    }

    private static HostOptions options(Path home, ClusterOptions cluster) throws Exception {
        Files.createDirectories(home);
        return ClusterNodes.options(database, home, cluster.nodeId(), Clock.systemUTC()).withCluster(cluster);
    }
}
