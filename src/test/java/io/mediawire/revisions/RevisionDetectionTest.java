package io.mediawire.revisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.Host;
import io.mediawire.host.HostOptions;
import io.mediawire.importing.ImportProgress;
import io.mediawire.importing.ImportSettings;
import io.mediawire.importing.ImportSource;
import io.mediawire.importing.ItemResult;
import io.mediawire.magnolia.ModuleSettings;
import io.mediawire.sources.SourceFields;
import io.mediawire.sources.SourceStore;
import io.mediawire.sources.WorkspaceAccess;
import io.mediawire.story.BodyDigest;
import io.mediawire.story.Revision;
import io.mediawire.story.Story;
import io.mediawire.story.StoryStore;
import io.mediawire.subscriptions.SubscriptionFields;
import io.mediawire.subscriptions.SubscriptionService;
import io.mediawire.subscriptions.SubscriptionState;
import io.mediawire.subscriptions.SubscriptionStore;
import io.mediawire.subscriptions.SubscriptionSettings;
import io.mediawire.testing.ChangingAgency;
import io.mediawire.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes at the source found by the module's own paths: pages imported by URL re-checked on their schedule,
 * and a subscription's feed items that change; against a real local agency, a real repository and the
 * module's clock moved by hand (Quartz is off: nothing runs on its own).
 */
class RevisionDetectionTest {
    static final Instant T = Instant.parse("2026-04-01T08:00:00Z");
    static final MutableClock CLOCK = new MutableClock(T);
    static final String LEAD = "Three people were hurt when the old bridge over the river collapsed on Monday morning.";
    static final String LEAD_UPDATED = "Five people were hurt when the old bridge over the river collapsed on Monday morning.";
    static final String LONG = "The council met late into the night to discuss the repairs, the cost of a new crossing, "
            + "the detour for buses and lorries, and the help promised to the shops on both banks of the river.";
    static final String MORE = "Rescue teams searched the water until the evening and the road stays closed.";
    @TempDir
    static Path home;
    static ChangingAgency agency;
    static Host host;
    static StoryStore stories;
    static PageRechecks rechecks;
    static SourceStore sources;
    static SubscriptionService subscriptions;
    static int pages;

    @BeforeAll
    static void open() throws Exception {
        agency = new ChangingAgency();
        ModuleSettings settings = new ModuleSettings(ZoneId.of("UTC"), CLOCK, false)
                .withProperty(ImportSettings.ALLOW_PRIVATE, agency.hostPort())
                .withProperty(SubscriptionSettings.POLL, "false");
        host = Host.open(new HostOptions(home, null, 0, Path.of("light-modules"), false, settings));
        stories = host.stories();
        rechecks = host.services().rechecks();
        sources = host.services().sources();
        subscriptions = host.services().subscriptions();
    }

    @AfterAll
    static void close() {
        host.close();
        agency.close();
    }

    @AfterEach
    void reset() {
        sources.list().forEach(s -> sources.delete(s.id(), "test"));
        CLOCK.set(T);
    }

    /** Imports a fresh page of the agency by URL, published; returns the story. */
    static Story imported(String path) {
        List<ItemResult> results = host.services().imports().importNow(List.of(new ImportSource.Url(agency.url(path))),
                true, "maria", ImportProgress.NONE);
        assertEquals(ItemResult.Outcome.IMPORTED, results.get(0).outcome(), String.valueOf(results.get(0).reason()));
        return stories.byId(results.get(0).storyId()).orElseThrow();
    }

    /** The agency's page at {@code path}: unique to it (a line naming it), so no two tests' stories are duplicates. */
    static void write(String path, String headline, String... paragraphs) {
        String[] all = java.util.Arrays.copyOf(paragraphs, paragraphs.length + 1);
        all[paragraphs.length] = "Filed as " + path + " by the desk.";
        agency.article(path, headline, all);
    }

    static String newPath() {
        return "/news/story-" + (++pages);
    }

    static int checksAfter(Duration sinceImport) {
        CLOCK.set(T.plus(sinceImport));
        return rechecks.runDue();
    }

    @Test
    void anImportedPageIsReadAgainOnItsScheduleWithConditionalGetAndAChangeWaitsAsARevision() {
        String path = newPath();
        write(path, "Bridge collapses", LEAD, MORE);
        Story story = imported(path);
        assertEquals(T.plus(Duration.ofMinutes(15)), stories.recheck(story.id()).orElseThrow().next());

        checksAfter(Duration.ofMinutes(14));
        assertEquals(1, agency.requests(path).size(), "not due yet");
        checksAfter(Duration.ofMinutes(15));
        checksAfter(Duration.ofHours(1));
        assertEquals("GET " + path + " (If-None-Match)", agency.requests(path).get(2),
                "the answer's ETag is sent back: a conditional GET");
        assertFalse(stories.byId(story.id()).orElseThrow().changes().changedAtSource(), "the same page: no change");

        write(path, "Bridge collapses", LEAD_UPDATED, MORE);
        checksAfter(Duration.ofHours(6));
        Story changed = stories.byId(story.id()).orElseThrow();
        assertTrue(changed.changes().changedAtSource());
        assertTrue(changed.original().body().contains("Three people"), "the page keeps its text until an editor decides");
        List<Revision> revisions = stories.revisions(story.id());
        assertEquals(2, revisions.size());
        assertTrue(revisions.get(1).body().contains("Five people"));
        assertTrue(revisions.stream().allMatch(r -> r.bodySha256().equals(BodyDigest.sha256(r.body()))));

        checksAfter(Duration.ofHours(24));
        checksAfter(Duration.ofHours(72));
        assertNull(stories.recheck(story.id()).orElseThrow().next(), "no checks after three days");
        assertEquals(5, stories.recheck(story.id()).orElseThrow().step());
        checksAfter(Duration.ofDays(30));
        assertEquals(6, agency.requests(path).size(), "the import, then five checks");
        assertEquals(2, stories.revisions(story.id()).size(), "the same new text is still the one revision");
    }

    @Test
    void checksWhoseTimePassedAreSkippedNotMadeUpInABurst() {
        String path = newPath();
        write(path, "Harbour reopens", LEAD, MORE);
        Story story = imported(path);
        checksAfter(Duration.ofHours(7));
        assertEquals(2, agency.requests(path).size(), "one check for the three whose time came");
        assertEquals(T.plus(Duration.ofHours(24)), stories.recheck(story.id()).orElseThrow().next());
        rechecks.runDue();
        assertEquals(2, agency.requests(path).size());
    }

    @Test
    void aChangeOfMarkupAloneIsNoRevision() {
        String path = newPath();
        write(path, "Museum extends hours", LEAD, MORE);
        Story story = imported(path);
        agency.page(path, ChangingAgency.articleHtml("Museum extends hours", "<style>p{color:red}</style>",
                LEAD, MORE, "Filed as " + path + " by the desk.").replace("<p>", "<p class=\"x\">").replace("</h1>", "</h1>\n\n"));
        assertEquals(1, checksAfter(Duration.ofMinutes(15)));
        assertEquals(2, agency.requests(path).size(), "the page was read in full");
        assertFalse(stories.byId(story.id()).orElseThrow().changes().changedAtSource());
        assertTrue(stories.revisions(story.id()).isEmpty());
    }

    @Test
    void aLoginWallOrAnErrorPageOrACollapsedTextIsNoRevision() {
        String path = newPath();
        write(path, "Elections called", LEAD, MORE, LONG, LONG.replace("council", "assembly"));
        Story story = imported(path);
        agency.page(path, "<!DOCTYPE html><html><head><title>Sign in</title></head><body><form><h1>Sign in to read"
                + "</h1><input name=user><input name=password type=password><button>Sign in</button></form></body></html>");
        checksAfter(Duration.ofMinutes(15));
        agency.status(path, 500);
        checksAfter(Duration.ofHours(1));
        write(path, "Elections called", "Subscribe to read the full story.");
        checksAfter(Duration.ofHours(6));
        assertEquals(4, agency.requests(path).size());
        assertFalse(stories.byId(story.id()).orElseThrow().changes().changedAtSource());
        assertTrue(stories.revisions(story.id()).isEmpty());
    }

    @Test
    void a410WithdrawsAtOnceAndUnpublishesWhenTheSourceSaysSo() {
        sources.create(new SourceFields("Changing Agency", List.of("127.0.0.1"), null, null, null, null, null, null,
                null, true), "maria");
        String path = newPath();
        write(path, "Minister resigns", LEAD, MORE);
        Story story = imported(path);
        agency.status(path, 410);
        checksAfter(Duration.ofMinutes(15));
        Story withdrawn = stories.byId(story.id()).orElseThrow();
        assertTrue(withdrawn.changes().isWithdrawn());
        assertTrue(withdrawn.changes().withdrawalReason().contains("410"), withdrawn.changes().withdrawalReason());
        assertFalse(withdrawn.isPublished(), "the source unpublishes on withdrawal");
        assertEquals(withdrawn.original().body(), story.original().body(), "nothing deleted");
        assertNull(stories.recheck(story.id()).orElseThrow().next(), "no more checks");
    }

    @Test
    void a404ThreeTimesInARowWithdrawsButTheStoryStaysPublishedWhenTheSourceDoesNotSaySo() {
        String path = newPath();
        write(path, "Storm warning", LEAD, MORE);
        Story story = imported(path);
        agency.status(path, 404);
        checksAfter(Duration.ofMinutes(15));
        checksAfter(Duration.ofMinutes(30));
        assertFalse(stories.byId(story.id()).orElseThrow().changes().isWithdrawn(), "two 404s may be a glitch");
        checksAfter(Duration.ofMinutes(45));
        Story withdrawn = stories.byId(story.id()).orElseThrow();
        assertTrue(withdrawn.changes().isWithdrawn());
        assertTrue(withdrawn.changes().withdrawalReason().contains("3 checks in a row"));
        assertTrue(withdrawn.isPublished(), "no source asks to unpublish: the editor decides");
    }

    @Test
    void aNotFoundBetweenGoodAnswersStartsCountingAgain() {
        String path = newPath();
        write(path, "Tram line opens", LEAD, MORE);
        Story story = imported(path);
        agency.status(path, 404);
        checksAfter(Duration.ofMinutes(15));
        checksAfter(Duration.ofMinutes(30));
        write(path, "Tram line opens", LEAD, MORE);
        checksAfter(Duration.ofMinutes(45));
        assertEquals(0, stories.recheck(story.id()).orElseThrow().misses());
        assertFalse(stories.byId(story.id()).orElseThrow().changes().isWithdrawn());
    }

    // ---- subscriptions -------------------------------------------------------------------------

    static String rss(String guid, String link, String title, String modified, String body) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
                + "<channel><title>Changing Agency</title><link>" + agency.url("/") + "</link><description>d</description>"
                + "<item><guid isPermaLink=\"false\">" + guid + "</guid><link>" + agency.url(link) + "</link><title>"
                + title + "</title><dcterms:modified>" + modified + "</dcterms:modified><content:encoded>"
                + ChangingAgency.escape("<p>" + body + "</p><p>Item " + guid + ".</p>" + ChangingAgency.FILLER) + "</content:encoded></item>"
                + "</channel></rss>";
    }

    @Test
    void aFeedItemThatChangesIsReadAgainAndOfferedAsARevisionOfItsStory() {
        var source = sources.create(SourceFields.named("Feed Agency", List.of()), "maria");
        agency.feed("/feeds/a", rss("a-1", "/items/a-1", "Bridge collapses", "2026-04-01T07:00:00Z", LEAD + " " + MORE));
        var subscription = subscriptions.create(new SubscriptionFields(source.id(), agency.url("/feeds/a").toString(),
                "PT5M", "publish", null, null, null), "maria");
        subscriptions.runDue();
        Story story = stories.byFeedGuid("a-1").orElseThrow();

        subscriptions.runNow(subscription.id());
        assertTrue(stories.revisions(story.id()).isEmpty(), "the same item: nothing read again");

        agency.feed("/feeds/a", rss("a-1", "/items/a-1", "Bridge collapses", "2026-04-01T09:00:00Z",
                LEAD_UPDATED + " " + MORE));
        subscriptions.runNow(subscription.id());
        Story changed = stories.byId(story.id()).orElseThrow();
        assertTrue(changed.changes().changedAtSource());
        Revision pending = stories.revisions(story.id()).get(1);
        assertEquals("2026-04-01T09:00:00Z", pending.sourceVersion());
        assertEquals(Instant.parse("2026-04-01T09:00:00Z"), pending.sourceTime());

        // flapping: back to the first text, then the new one again, then back...: one pending at most
        for (String body : List.of(LEAD, LEAD_UPDATED, LEAD, LEAD_UPDATED)) {
            agency.feed("/feeds/a", rss("a-1", "/items/a-1", "Bridge collapses", "2026-04-01T1" + pages++ % 10 + ":00:00Z",
                    body + " " + MORE));
            subscriptions.runNow(subscription.id());
            assertTrue(stories.revisions(story.id()).stream().filter(r -> r.status() == Revision.Status.PENDING).count() <= 1);
        }
        assertEquals(2, stories.revisions(story.id()).size(), "each text stored once");
    }

    @Test
    void aSourceThatAcceptsItsUpdatesOnItsOwnHasThemOnThePageAtOnce() {
        var source = sources.create(new SourceFields("Trusted Agency", List.of(), null, null, null, null, null, null,
                true, null), "maria");
        agency.feed("/feeds/t", rss("t-1", "/items/t-1", "Fire in the harbour", "2026-04-01T07:00:00Z", LEAD + " " + MORE));
        var subscription = subscriptions.create(new SubscriptionFields(source.id(), agency.url("/feeds/t").toString(),
                "PT5M", "publish", null, null, null), "maria");
        subscriptions.runDue();
        Story story = stories.byFeedGuid("t-1").orElseThrow();
        agency.feed("/feeds/t", rss("t-1", "/items/t-1", "Fire in the harbour", "2026-04-01T09:30:00Z",
                LEAD_UPDATED + " " + MORE));
        subscriptions.runNow(subscription.id());
        Story updated = stories.byId(story.id()).orElseThrow();
        assertTrue(updated.original().body().contains("Five people"));
        assertFalse(updated.changes().changedAtSource());
        assertEquals(Instant.parse("2026-04-01T09:30:00Z"), updated.changes().sourceModified());
        assertEquals(RevisionService.SYSTEM, stories.revisions(story.id()).get(1).decidedBy());
    }

    @Test
    void aSubscriptionsKeysKeptBeforeVersionsWereCountAsTheSameItemOnce() {
        var source = sources.create(SourceFields.named("Older Agency", List.of()), "maria");
        agency.feed("/feeds/o", rss("o-1", "/items/o-1", "Port strike", "2026-04-01T07:00:00Z", LEAD + " " + MORE));
        var subscription = subscriptions.create(new SubscriptionFields(source.id(), agency.url("/feeds/o").toString(),
                "PT5M", "publish", null, null, null), "maria");
        subscriptions.runDue();
        Story story = stories.byFeedGuid("o-1").orElseThrow();
        // the state a subscription had before versions were kept: the item's identity only
        SubscriptionStore store = new SubscriptionStore(new WorkspaceAccess(host.services().sessions()));
        SubscriptionState state = store.get(subscription.id()).state();
        String identityOnly = BodyDigest.sha256("guid:o-1").substring(0, 32);
        store.recordRun(subscription.id(), subscriptions.runs(subscription.id(), 1).get(0), new SubscriptionState(
                state.etag(), state.lastModified(), state.lastRun(), state.nextRun(), state.health(),
                state.consecutiveFailures(), state.lastError(), state.lastNewItem(), state.arrivals(), List.of(identityOnly)));

        agency.feed("/feeds/o", rss("o-1", "/items/o-1", "Port strike", "2026-04-01T08:00:00Z", LEAD_UPDATED + " " + MORE));
        subscriptions.runNow(subscription.id());
        assertTrue(stories.revisions(story.id()).isEmpty(), "an upgrade reads nothing again: the old key is the item");
        assertTrue(store.get(subscription.id()).state().seen().get(0).startsWith(identityOnly + "."), "key upgraded");

        agency.feed("/feeds/o", rss("o-1", "/items/o-1", "Port strike", "2026-04-01T09:00:00Z", LEAD + " " + MORE + " More."));
        subscriptions.runNow(subscription.id());
        assertTrue(stories.byId(story.id()).orElseThrow().changes().changedAtSource(), "the next change is found");
    }

    @Test
    void quartzRunsTheDueChecksOnItsOwn() throws Exception {
        String path = newPath();
        write(path, "Quartz fires", LEAD, MORE);
        Story story = imported(path);
        write(path, "Quartz fires", LEAD_UPDATED, MORE);
        CLOCK.set(T.plus(Duration.ofMinutes(15)));
        try (RecheckScheduler scheduler = new RecheckScheduler(rechecks, Duration.ZERO)) {
            // waits for another thread, up to a generous limit: the test asserts what happened, not when
            for (int i = 0; i < 400 && !stories.byId(story.id()).orElseThrow().changes().changedAtSource(); i++) {
                Thread.sleep(50);
            }
        }
        assertTrue(stories.byId(story.id()).orElseThrow().changes().changedAtSource(), "the job found the change");
    }
}
