package io.mediawire.host.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.Host;
import io.mediawire.host.cli.MediaWireCommand;
import io.mediawire.host.repository.Backup;
import io.mediawire.host.security.Role;
import io.mediawire.host.security.UserStore;
import io.mediawire.sources.SourceFields;
import io.mediawire.story.CreateResult;
import io.mediawire.story.NewStory;
import io.mediawire.story.Story;
import io.mediawire.testing.ClusterNodes;
import io.mediawire.testing.TestDatabase;
import io.mediawire.testing.TestHost;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site moves from embedded Derby to a cluster on PostgreSQL and back through export and restore, losing nothing. */
class BackupRoundTripTest {
    @TempDir
    Path dir;

    record Site(List<Story> stories, List<UserStore.Account> users, List<String> sources, long published) {
        static Site of(Host host) throws Exception {
            List<Story> stories = host.stories().list(0, 10_000).items().stream()
                    .sorted(Comparator.comparing(Story::id)).toList();
            List<UserStore.Account> users = new UserStore(host.services().sessions(), Clock.systemUTC()).list();
            List<String> sources = host.services().sources().list().stream().map(s -> s.id() + " " + s.name()).sorted().toList();
            return new Site(stories, users, sources, host.stories().countPublished());
        }
    }

    @Test
    void embeddedToClusterAndBackKeepsEveryStoryBodyHashPublicationStateAndUser() throws Exception {
        Path first = dir.resolve("embedded");
        Site original;
        try (Host host = TestHost.start(first, Clock.systemUTC(), true, false)) {
            Story published = ((CreateResult.Created) host.stories().create(NewStory.of("Tram line opens",
                    "<p>The new tram line opened on Sunday.</p>", "Wire", "https://wire.example/tram"), "maria")).story();
            host.stories().publish(published.id(), "maria");
            host.stories().create(NewStory.of("Draft about bridges", "<p>Bridges are being inspected.</p>", "Wire",
                    "https://wire.example/bridges"), "maria");
            new UserStore(host.services().sessions(), Clock.systemUTC()).add("maria", "correct horse battery".toCharArray(),
                    EnumSet.of(Role.EDITOR), "test");
            host.services().sources().create(SourceFields.named("Harbour Agency", List.of("harbour.example")), "maria");
            original = Site.of(host);
        }
        assertTrue(original.stories().size() > 2 && original.published() > 1, "samples and the test's own stories");
        Path fromEmbedded = dir.resolve("embedded.xml");
        assertEquals(0, MediaWireCommand.commandLine().execute("export", "--home", first.toString(), "-o", fromEmbedded.toString()));

        Path fromCluster = dir.resolve("cluster.xml");
        try (TestDatabase database = TestDatabase.create();
             Host node = Host.open(ClusterNodes.options(database, dir.resolve("node"), "node-1", Clock.systemUTC()))) {
            try (InputStream in = Files.newInputStream(fromEmbedded)) {
                Backup.restore(node.repository(), in);
            }
            assertEquals(original, Site.of(node), "the cluster holds what the embedded site held");
            try (OutputStream out = Files.newOutputStream(fromCluster)) {
                Backup.export(node.repository(), out);
            }
        }

        Path back = dir.resolve("back");
        assertEquals(0, MediaWireCommand.commandLine().execute("restore", "--home", back.toString(), fromCluster.toString()));
        try (Host host = TestHost.start(back)) {
            assertEquals(original, Site.of(host), "and back on embedded Derby, still all of it");
            assertTrue(new UserStore(host.services().sessions(), Clock.systemUTC()).verify("maria",
                    "correct horse battery".toCharArray()).isPresent(), "passwords travel as their hashes");
        }
    }
}
