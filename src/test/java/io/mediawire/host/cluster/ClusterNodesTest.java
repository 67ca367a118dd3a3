package io.mediawire.host.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.Host;
import io.mediawire.story.CreateResult;
import io.mediawire.story.NewStory;
import io.mediawire.story.Story;
import io.mediawire.testing.ClusterNodes;
import io.mediawire.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two hosts, each with its own home, as nodes of one Jackrabbit cluster on a real PostgreSQL. */
class ClusterNodesTest {
    static final Duration SYNC_LIMIT = Duration.ofMillis(200).plusSeconds(1);

    @TempDir
    static Path homes;
    static TestDatabase database;
    static Host a;
    static Host b;

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.create();
        a = ClusterNodes.start(database, homes.resolve("a"), "node-a", Clock.systemUTC());
        b = ClusterNodes.start(database, homes.resolve("b"), "node-b", Clock.systemUTC());
    }

    @AfterAll
    static void stop() throws Exception {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aStoryStoredOnOneNodeIsListedOnTheOther() throws Exception {
        long before = b.stories().count();
        Story story = assertInstanceOf(CreateResult.Created.class, a.stories().create(NewStory.of("Harbour reopens",
                "<p>The harbour reopened on Monday after the storm.</p>", "Wire", "https://wire.example/harbour"),
                "editor")).story();
        ClusterNodes.await(b, SYNC_LIMIT, () -> b.stories().byId(story.id()).isPresent());
        assertEquals(before + 1, b.stories().count());
        assertTrue(b.stories().list(0, 10).items().stream().anyMatch(s -> s.id().equals(story.id())));
    }
}
