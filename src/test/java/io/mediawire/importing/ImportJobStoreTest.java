package io.mediawire.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.Host;
import io.mediawire.testing.TestHost;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import jobs and their item outcomes are kept in the repository: a restart does not lose them. */
class ImportJobStoreTest {
    @TempDir
    Path home;

    @Test
    void aFinishedJobAndEveryItemOutcomeOutliveARestart() throws Exception {
        String id;
        List<ItemResult> results;
        try (FixtureSite site = new FixtureSite()) {
            site.feed("/feed.xml", "application/rss+xml", """
                    <?xml version="1.0"?><rss version="2.0"><channel><title>Agency</title>
                    <item><title>Library</title><link>{{base}}local/library</link></item>
                    <item><title>Gone</title><link>{{base}}gone</link></item>
                    </channel></rss>""");
            try (Host host = TestHost.startAllowing(home, Clock.systemUTC(), site.hostPort())) {
                ImportJob job = host.services().imports().submit(List.of(ImportSource.url(site.url("/feed.xml").toString())), false,
                        "maria");
                id = job.id();
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (job.state() != ImportJob.State.DONE && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                results = job.results();
                assertEquals(2, results.size());
            }
        }
        try (Host restarted = TestHost.start(home)) {
            ImportJob kept = restarted.services().imports().job(id).orElseThrow();
            assertEquals(ImportJob.State.DONE, kept.state());
            assertEquals("maria", kept.user());
            assertEquals(2, kept.total());
            assertEquals(results, kept.results());
            assertTrue(kept.finishedAt() != null);
            assertTrue(restarted.services().imports().job(id, "nils", false).isEmpty(), "another editor's job is hidden");
            assertTrue(restarted.services().imports().job(id, "ada", true).isPresent(), "admins see every job");
        }
    }
}
