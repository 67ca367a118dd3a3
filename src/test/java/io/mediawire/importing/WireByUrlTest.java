package io.mediawire.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.modules.ModuleDiscovery;
import io.mediawire.host.modules.ModuleManager;
import io.mediawire.host.repository.EmbeddedRepository;
import io.mediawire.importing.fetch.FetchPolicy;
import io.mediawire.importing.fetch.HostPort;
import io.mediawire.magnolia.ModuleSettings;
import io.mediawire.story.StoryStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A wire item imported by its URL: told from a web page by its bytes, whatever content type the server says. */
class WireByUrlTest {
    @TempDir
    static Path home;
    static EmbeddedRepository repository;
    static FixtureSite site;
    static StoryStore store;
    static ImportService imports;

    @BeforeAll
    static void start() throws Exception {
        repository = EmbeddedRepository.open(home);
        new ModuleManager(repository, new ModuleSettings(ZoneId.of("UTC"), Clock.systemUTC(), false), WireByUrlTest.class.getClassLoader())
                .installOrUpdate(new ModuleDiscovery(WireByUrlTest.class.getClassLoader()).discover());
        store = new StoryStore(repository, ZoneId.of("UTC"), Clock.systemUTC());
        site = new FixtureSite();
        site.page("/item.json", "application/json", fixture("ninjs2-usable.json"));
        site.page("/item-ninjs", "application/ninjs+json", fixture("ninjs3-correction-v2.json"));
        site.page("/item-as-text", "text/plain; charset=utf-8", fixture("ninjs2-withheld.json"));
        site.page("/rates.xml", "application/vnd.iptc.g2.newsitem+xml", fixture("newsml-embargoed-nitf.xml"));
        site.page("/broken.json", "application/json", fixture("broken.json"));
        imports = new ImportService(store, FetchPolicy.defaults().allowingPrivate(HostPort.parse(site.hostPort())), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        imports.close();
        site.close();
        repository.close();
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = WireByUrlTest.class.getResourceAsStream("/wire/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static ItemResult importUrl(String path) {
        List<ItemResult> results = imports.importNow(List.of(new ImportSource.Url(site.url(path))), false, "editor",
                ImportProgress.NONE);
        assertEquals(1, results.size(), results.toString());
        return results.get(0);
    }

    @Test
    void ninjsAndNewsMlAreReadAsWireItemsNotAsPages() {
        ItemResult json = importUrl("/item.json");
        assertEquals(ItemResult.Outcome.IMPORTED, json.outcome(), json.describeWithWarnings());
        assertEquals("Court rules on the harbour dispute", json.headline());
        assertTrue(importUrl("/item-as-text").describe().startsWith("failed: not a web page or feed: content type text/plain"));
        ItemResult text = importUrl("/item-ninjs");
        assertEquals(ItemResult.Outcome.IMPORTED, text.outcome(), text.describeWithWarnings());
        assertEquals("https://wire.example/items/harbour-budget", store.byId(text.storyId()).orElseThrow().wire().uri());
        ItemResult xml = importUrl("/rates.xml");
        assertEquals("Central bank holds rates steady", xml.headline());
        assertTrue(importUrl("/broken.json").describe().startsWith("failed: "), "broken JSON is no wire item and no page");
    }
}
