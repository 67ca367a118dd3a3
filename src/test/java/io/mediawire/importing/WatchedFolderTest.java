package io.mediawire.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.modules.ModuleDiscovery;
import io.mediawire.host.modules.ModuleManager;
import io.mediawire.host.repository.EmbeddedRepository;
import io.mediawire.importing.fetch.FetchPolicy;
import io.mediawire.magnolia.ModuleSettings;
import io.mediawire.story.StoryStore;
import io.mediawire.testing.MutableClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watched folder wire services drop files into, scanned with the clock moved by hand: a file written in
 * pieces is taken only once it stopped changing, bad files go to failed/ with their reason, the rest go on.
 */
class WatchedFolderTest {
    static final Duration SETTLE = Duration.ofSeconds(2);
    @TempDir
    static Path home;
    static EmbeddedRepository repository;
    static final MutableClock clock = new MutableClock(Instant.parse("2030-03-02T09:00:00Z"));
    static StoryStore store;
    static ImportService imports;

    @BeforeAll
    static void start() throws Exception {
        repository = EmbeddedRepository.open(home.resolve("repo"));
        new ModuleManager(repository, new ModuleSettings(ZoneId.of("UTC"), clock, false), WatchedFolderTest.class.getClassLoader())
                .installOrUpdate(new ModuleDiscovery(WatchedFolderTest.class.getClassLoader()).discover());
        store = new StoryStore(repository, ZoneId.of("UTC"), clock);
        imports = new ImportService(store, FetchPolicy.defaults(), clock);
    }

    @AfterAll
    static void stop() {
        imports.close();
        repository.close();
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = WatchedFolderTest.class.getResourceAsStream("/wire/" + name)) {
            return in.readAllBytes();
        }
    }

    static WatchedFolder folder(Path dir, long maxBytes) throws IOException {
        return new WatchedFolder(dir, clock, SETTLE, maxBytes, (name, bytes) -> imports.importNow(
                List.of(new ImportSource.Saved(bytes, null, name)), false, "watch-folder", ImportProgress.NONE));
    }

    @Test
    void aFileDroppedInPiecesIsTakenOnlyOnceComplete() throws Exception {
        Path dir = home.resolve("pieces");
        WatchedFolder folder = folder(dir, ImportSource.MAX_FILE_BYTES);
        byte[] item = fixture("ninjs2-usable.json");
        Path file = dir.resolve("court.json");
        Files.write(file, Arrays.copyOf(item, item.length / 2));
        assertEquals(List.of(), folder.scan(), "first sight: not known to be complete");
        clock.advance(SETTLE);
        Files.write(file, Arrays.copyOfRange(item, item.length / 2, item.length), StandardOpenOption.APPEND);
        assertEquals(List.of(), folder.scan(), "it grew since the last scan: still being written");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(List.of(), folder.scan(), "unchanged, but not for the settling time yet");
        assertTrue(Files.exists(file));
        clock.advance(Duration.ofSeconds(1));
        List<WatchedFolder.Taken> taken = folder.scan();
        assertEquals(1, taken.size());
        assertFalse(taken.get(0).failed(), taken.toString());
        assertFalse(Files.exists(file));
        assertTrue(Files.exists(dir.resolve("done/court.json")));
        assertFalse(Files.exists(dir.resolve("done/court.json.reason.txt")));
        assertTrue(store.byWireUri("urn:example-wire:2030:court-ruling").isPresent());
        assertEquals(List.of(), folder.scan(), "taken once");
    }

    @Test
    void badFilesGoToFailedWithTheirReasonAndTheRestGoOn() throws Exception {
        Path dir = home.resolve("mixed");
        WatchedFolder folder = folder(dir, 1024 * 1024);
        Files.write(dir.resolve("a-broken.json"), fixture("broken.json"));
        Files.write(dir.resolve("b-future.json"), fixture("ninjs-unknown-version.json"));
        Files.write(dir.resolve("c-message.xml"), fixture("newsml-message-missing-item.xml"));
        Files.write(dir.resolve("d-withheld.json"), fixture("ninjs2-withheld.json"));
        Files.write(dir.resolve("still-coming.json.part"), fixture("ninjs2-withheld.json"));
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("e-huge.json").toFile(), "rw")) {
            huge.setLength(50L * 1024 * 1024); // 50 MB, sparse: refused by its size, never read
        }
        folder.scan();
        clock.advance(SETTLE);
        List<WatchedFolder.Taken> taken = folder.scan();
        assertEquals(List.of("a-broken.json", "b-future.json", "c-message.xml", "d-withheld.json", "e-huge.json"),
                taken.stream().map(WatchedFolder.Taken::name).toList());
        assertEquals(List.of(true, true, false, false, true), taken.stream().map(WatchedFolder.Taken::failed).toList());

        assertTrue(Files.readString(dir.resolve("failed/a-broken.json.reason.txt")).contains("failed: invalid JSON"));
        assertTrue(Files.readString(dir.resolve("failed/b-future.json.reason.txt"))
                .contains("failed: unknown ninjs version 4.0"));
        assertTrue(Files.readString(dir.resolve("failed/e-huge.json.reason.txt"))
                .startsWith("failed: the file is 52428800 bytes, more than the 1048576 a file may have; not read"));
        assertTrue(Files.exists(dir.resolve("done/c-message.xml")), "one item stored: done, with the others' reasons");
        String partial = Files.readString(dir.resolve("done/c-message.xml.reason.txt"));
        assertTrue(partial.contains("urn:newsml:wire.example:2030:absent: failed: the package"), partial);
        assertTrue(Files.exists(dir.resolve("done/d-withheld.json")));
        assertTrue(Files.exists(dir.resolve("still-coming.json.part")), "partial downloads are left alone");
        assertTrue(store.byWireUri("urn:newsml:wire.example:2030:present").isPresent());
        assertFalse(store.byWireUri("urn:example-wire:2030:minister-interview").orElseThrow().activated());

        Files.write(dir.resolve("a-broken.json"), fixture("ninjs2-usable.json"));
        folder.scan();
        clock.advance(SETTLE);
        folder.scan();
        assertTrue(Files.exists(dir.resolve("done/a-broken.json")), "a name already in failed/ is no obstacle");
    }
}
