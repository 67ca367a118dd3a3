package io.mediawire.revisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.modules.ModuleDiscovery;
import io.mediawire.host.modules.ModuleManager;
import io.mediawire.magnolia.ModuleSettings;
import io.mediawire.host.repository.EmbeddedRepository;
import io.mediawire.importing.ImportProgress;
import io.mediawire.importing.ImportService;
import io.mediawire.importing.ImportSource;
import io.mediawire.importing.ItemResult;
import io.mediawire.importing.fetch.FetchPolicy;
import io.mediawire.story.Revision;
import io.mediawire.story.RevisionKind;
import io.mediawire.story.Story;
import io.mediawire.story.StoryStore;
import io.mediawire.testing.MutableClock;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A newer version of a stored wire item goes through the revision flow: kept frozen, the editor decides. */
class WireVersionsTest {
    @TempDir
    static Path home;
    static EmbeddedRepository repository;
    static final MutableClock clock = new MutableClock(Instant.parse("2030-03-02T00:00:00Z"));
    static StoryStore store;
    static ImportService imports;
    static RevisionService revisions;

    @BeforeAll
    static void start() throws Exception {
        repository = EmbeddedRepository.open(home);
        new ModuleManager(repository, new ModuleSettings(ZoneId.of("UTC"), clock, false), WireVersionsTest.class.getClassLoader())
                .installOrUpdate(new ModuleDiscovery(WireVersionsTest.class.getClassLoader()).discover());
        store = new StoryStore(repository, ZoneId.of("UTC"), clock);
        imports = new ImportService(store, FetchPolicy.defaults(), clock);
        revisions = new RevisionService(store);
        imports.wire().useRevisions(new WireVersions(revisions));
    }

    @AfterAll
    static void stop() {
        imports.close();
        repository.close();
    }

    static ItemResult importFixture(String name) throws Exception {
        byte[] bytes;
        try (InputStream in = WireVersionsTest.class.getResourceAsStream("/wire/" + name)) {
            bytes = in.readAllBytes();
        }
        List<ItemResult> results = imports.importNow(List.of(new ImportSource.Saved(bytes, null, name)), true, "editor",
                ImportProgress.NONE);
        assertEquals(1, results.size(), results.toString());
        return results.get(0);
    }

    @Test
    void aCorrectionVersionWaitsAsACorrectionRevisionAndTheEditorPutsItOnThePage() throws Exception {
        ItemResult first = importFixture("ninjs3-embargoed.json");
        Story before = store.byId(first.storyId()).orElseThrow();

        ItemResult second = importFixture("ninjs3-correction-v2.json");
        assertEquals(ItemResult.Outcome.UPDATED, second.outcome());
        assertEquals("newer version 2 of a stored item (a correction): waits for an editor as a revision of the story",
                second.reason());
        Story waiting = store.byId(first.storyId()).orElseThrow();
        assertEquals(before.original().body(), waiting.original().body(), "the page keeps its text until an editor decides");
        assertTrue(waiting.changes().changedAtSource());
        Revision pending = revisions.revisions(first.storyId()).stream()
                .filter(r -> r.status() == Revision.Status.PENDING).findFirst().orElseThrow();
        assertEquals(RevisionKind.CORRECTION, pending.kind());
        assertEquals("2", pending.sourceVersion());
        assertEquals("Harbour city triples its flood budget", pending.headline());
        assertEquals(sha256(pending.body()), pending.bodySha256());

        assertEquals(ItemResult.Outcome.UPDATED, importFixture("ninjs3-correction-v2.json").outcome());
        assertEquals(1, revisions.revisions(first.storyId()).stream().filter(r -> r.status() == Revision.Status.PENDING).count(),
                "the same version again makes no second pending revision");

        revisions.accept(first.storyId(), "editor", pending.kind(), null);
        Story after = store.byId(first.storyId()).orElseThrow();
        assertEquals(pending.body(), after.original().body());
        assertEquals(sha256(after.original().body()), after.bodySha256());
        assertEquals("correction", after.changes().revisionKind());
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
