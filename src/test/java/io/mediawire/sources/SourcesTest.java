package io.mediawire.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.Host;
import io.mediawire.host.HostOptions;
import io.mediawire.magnolia.ModuleSettings;
import io.mediawire.story.HeadlinePolicyException;
import io.mediawire.story.NewStory;
import io.mediawire.story.Story;
import io.mediawire.story.StoryEdit;
import io.mediawire.story.StoryStore;
import io.mediawire.subscriptions.SubscriptionFields;
import io.mediawire.subscriptions.SubscriptionSettings;
import io.mediawire.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.jcr.Node;
import javax.jcr.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources in a real repository, through the module as the host starts it: names, hosts, links, licences. */
class SourcesTest {
    static final String BODY = "<p>The council met on Tuesday and voted on the budget for the next year.</p>";
    @TempDir
    static Path home;
    static Host host;
    static SourceStore sources;
    static StoryStore stories;
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-03T10:00:00Z"));

    @BeforeAll
    static void open() throws Exception {
        ModuleSettings settings = new ModuleSettings(ZoneId.of("UTC"), CLOCK, false)
                .withProperty(SubscriptionSettings.POLL, "false");
        host = Host.open(new HostOptions(home, null, 0, Path.of("light-modules"), false, settings));
        sources = host.services().sources();
        stories = host.stories();
    }

    @AfterAll
    static void close() {
        host.close();
    }

    private static Story story(String headline, String url, String importedName) {
        return stories.create(NewStory.of(headline, BODY, importedName, url), "editor").story();
    }

    @Test
    void aSourceGetsAnIdItsDefaultsAndNormalizedHosts() {
        Source source = sources.create(SourceFields.of(Map.of("name", "Harbour Gazette",
                "hosts", List.of("HTTPS://WWW.Harbour-Gazette.example/news", "harbour-gazette.example.", "münchen.example"))),
                "maria");
        assertEquals(36, source.id().length());
        assertEquals("harbour-gazette", source.nodeName());
        assertEquals(List.of("www.harbour-gazette.example", "harbour-gazette.example", "xn--mnchen-3ya.example"),
                source.hosts());
        assertEquals(HeadlinePolicy.FREE, source.headlinePolicy());
        assertFalse(source.copyImages() || source.autoAcceptUpdates() || source.unpublishOnWithdrawal());
        assertEquals("maria", source.createdBy());
        assertEquals(source, sources.get(source.nodeName()), "found by node name as well as by id");
    }

    @Test
    void badFieldsAreRefusedWithTheFieldAndTheReason() {
        assertEquals("name is required: the agency's name as pages should show it", assertThrows(
                InvalidSourceException.class, () -> sources.create(SourceFields.named("  ", List.of()), "m")).getMessage());
        assertEquals("hosts: 'not a host' is not a host name", assertThrows(InvalidSourceException.class,
                () -> sources.create(SourceFields.named("X", List.of("not a host")), "m")).getMessage());
        assertEquals("hosts: give 'x.example:8080' without a port; a source covers every port of its hosts",
                assertThrows(InvalidSourceException.class,
                        () -> sources.create(SourceFields.named("X", List.of("x.example:8080")), "m")).getMessage());
        assertTrue(assertThrows(InvalidSourceException.class, () -> SourceFields.of(Map.of("name", "X", "colour", "red")))
                .getMessage().startsWith("unknown field 'colour' (a source has attribution, autoAcceptUpdates"));
        assertEquals("homepage must be an http or https address, not 'javascript:alert(1)'", assertThrows(
                InvalidSourceException.class, () -> sources.create(SourceFields.of(Map.of("name", "X",
                        "homepage", "javascript:alert(1)")), "m")).getMessage());
        int before = sources.list().size();
        assertThrows(InvalidSourceException.class, () -> sources.create(SourceFields.of(Map.of("name", "X",
                "headlinePolicy", "none")), "m"));
        assertEquals(before, sources.list().size(), "a refused source leaves nothing behind");
    }

    @Test
    void aHostBelongsToOneSourceOnly() {
        Source first = sources.create(SourceFields.named("Valley Wire", List.of("valley-wire.example")), "m");
        InvalidSourceException e = assertThrows(InvalidSourceException.class,
                () -> sources.create(SourceFields.named("Other", List.of("VALLEY-WIRE.example")), "m"));
        assertEquals("hosts: valley-wire.example already belongs to the source \"Valley Wire\"", e.getMessage());
        assertEquals(List.of("valley-wire.example"), sources.update(first.id(),
                SourceFields.named(null, List.of("valley-wire.example")), "m").hosts(), "its own hosts are no conflict");
    }

    @Test
    void aStoryShowsItsSourcesDisplayNameAndKeepsTheNameItWasImportedWith() {
        Story story = story("Library opens late on Thursdays", "http://127.0.0.1:4711/local/library", "127.0.0.1");
        assertEquals("127.0.0.1", stories.sourceName(story), "no source claims the host yet");
        Source source = sources.create(SourceFields.named("Fixture Agency", List.of("127.0.0.1")), "maria");
        Story linked = stories.byId(story.id()).orElseThrow();
        assertEquals(source.id(), linked.source(), "linked when its source appeared");
        assertEquals("Fixture Agency", stories.sourceName(linked));
        assertEquals("127.0.0.1", linked.original().sourceName(), "the imported name stays as imported");
        assertEquals("Fixture Agency", storedDisplayName(story.id()));

        sources.update(source.id(), SourceFields.named("Fixture Agency (Test)", null), "maria");
        assertEquals("Fixture Agency (Test)", stories.sourceName(stories.byId(story.id()).orElseThrow()));
        assertEquals("Fixture Agency (Test)", storedDisplayName(story.id()), "the delivery API's copy follows a rename");

        sources.update(source.id(), SourceFields.named(null, List.of("127.0.0.2")), "maria");
        Story unlinked = stories.byId(story.id()).orElseThrow();
        assertNull(unlinked.source());
        assertEquals("127.0.0.1", stories.sourceName(unlinked));
        assertNull(storedDisplayName(story.id()));
    }

    @Test
    void subdomainsBelongToTheirDomainsSourceAndTheNearestSourceWins() {
        sources.create(SourceFields.named("Coastal News", List.of("coastal-news.example")), "m");
        sources.create(SourceFields.named("Coastal News Sport", List.of("sport.coastal-news.example")), "m");
        Story news = story("Ferry timetable changes", "https://www.coastal-news.example/ferry", null);
        Story sport = story("Rowing club wins", "https://live.sport.coastal-news.example/rowing", null);
        Story elsewhere = story("Unrelated", "https://coastal-news.example.org/x", null);
        assertEquals("Coastal News", stories.sourceName(news));
        assertEquals("Coastal News Sport", stories.sourceName(sport));
        assertEquals("coastal-news.example.org", stories.sourceName(elsewhere));
    }

    @Test
    void theStoreEnforcesTheSourcesHeadlinePolicyWithAMessageEditorsCanActOn() {
        Source source = sources.create(SourceFields.named("Alpine Wire", List.of("alpine-wire.example"))
                .withHeadlinePolicy("locked"), "m");
        Story story = story("Storm closes the mountain pass for three days", "https://alpine-wire.example/storm", null);
        HeadlinePolicyException locked = assertThrows(HeadlinePolicyException.class,
                () -> stories.edit(story.id(), StoryEdit.headline("Pass closed"), "maria"));
        assertEquals("locked", locked.policy());
        assertTrue(locked.getMessage().startsWith("Alpine Wire does not allow its headlines to be changed"), locked.getMessage());
        assertEquals(story.headline(), stories.byId(story.id()).orElseThrow().headline(), "nothing changed");
        assertEquals(List.of("weather"), stories.update(story.id(), Map.of("tags", "weather"), "maria").tags(),
                "other fields still change");

        sources.update(source.id(), SourceFields.named(null, null).withHeadlinePolicy("shortenOnly"), "m");
        assertEquals("Storm closes mountain pass",
                stories.edit(story.id(), StoryEdit.headline("Storm closes mountain pass"), "maria").headline());
        HeadlinePolicyException shorten = assertThrows(HeadlinePolicyException.class,
                () -> stories.update(story.id(), Map.of("headline", "Storm shuts the pass"), "maria"));
        assertTrue(shorten.getMessage().contains("\"shuts\" is not in the original."), shorten.getMessage());

        sources.update(source.id(), SourceFields.named(null, null).withHeadlinePolicy("free"), "m");
        assertEquals("Winter comes early", stories.edit(story.id(), StoryEdit.headline("Winter comes early"), "m").headline());
    }

    @Test
    void deletingASourceDeletesItsSubscriptions() {
        Source source = sources.create(SourceFields.named("Short Lived", List.of("short-lived.example")), "m");
        String id = host.services().subscriptions().create(new SubscriptionFields(source.id(),
                "https://short-lived.example/feed.xml", "PT5M", null, null, null, null), "m").id();
        sources.delete(source.id(), "m");
        assertTrue(sources.find(source.id()).isEmpty());
        assertTrue(host.services().subscriptions().find(id).isEmpty());
    }

    private static String storedDisplayName(String storyId) {
        try {
            Session session = host.services().sessions().login(StoryStore.WORKSPACE);
            try {
                Node node = session.getNodeByIdentifier(storyId);
                return node.hasProperty("sourceDisplayName") ? node.getProperty("sourceDisplayName").getString() : null;
            } finally {
                session.logout();
            }
        } catch (javax.jcr.RepositoryException e) {
            throw new AssertionError(e);
        }
    }
}
