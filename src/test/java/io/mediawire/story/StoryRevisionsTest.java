package io.mediawire.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.modules.ModuleDiscovery;
import io.mediawire.host.modules.ModuleManager;
import io.mediawire.host.repository.EmbeddedRepository;
import io.mediawire.magnolia.ModuleSettings;
import io.mediawire.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Revisions, withdrawals and deleted paths in the store, against a real repository. */
class StoryRevisionsTest {
    @TempDir
    static Path home;
    static EmbeddedRepository repository;
    static final MutableClock clock = new MutableClock(Instant.parse("2025-03-10T12:00:00Z"));
    StoryStore store;
    final List<String> events = new ArrayList<>();

    static final String BODY_A = "<p>Three people were hurt when the bridge collapsed on Monday.</p><p>Rescue teams are on site.</p>";
    static final String BODY_B = "<p>Five people were hurt when the bridge collapsed on Monday.</p><p>Rescue teams are on site.</p>";

    @BeforeAll
    static void boot() throws Exception {
        repository = EmbeddedRepository.open(home);
        new ModuleManager(repository, new ModuleSettings(ZoneId.of("UTC"), clock, false),
                StoryRevisionsTest.class.getClassLoader())
                .installOrUpdate(new ModuleDiscovery(StoryRevisionsTest.class.getClassLoader()).discover());
    }

    @AfterAll
    static void shutdown() {
        repository.close();
    }

    @BeforeEach
    void freshStore() {
        clock.set(Instant.parse("2025-03-10T12:00:00Z").plus(Duration.ofDays(counter++))); // a day each: no shared folder
        store = new StoryStore(repository, ZoneId.of("UTC"), clock);
        store.addListener((story, change) -> events.add(change + " " + story.path()));
    }

    static int counter;

    private Story imported(String headline, boolean published) {
        NewStory story = NewStory.of(AgencyCopy.builder().headline(headline).body(BODY_A).sourceName("Wire")
                .url("https://wire.example/" + headline.replace(' ', '-') + "-" + counter).build());
        return (published ? store.createPublished(story, "ed") : store.create(story, "ed")).story();
    }

    @Test
    void aChangedTextWaitsAsOnePendingRevisionAndThePageKeepsItsText() {
        Story story = imported("Bridge collapses", true);
        clock.advance(Duration.ofMinutes(20));
        OfferResult offered = store.offerRevision(story.id(), new RevisionOffer("Bridge collapses", BODY_B, "2",
                Instant.parse("2025-01-01T10:00:00Z"), RevisionKind.UPDATE, null));

        assertEquals(OfferResult.Outcome.PENDING, offered.outcome());
        Story now = store.byId(story.id()).orElseThrow();
        assertEquals(BODY_A, now.original().body(), "the page keeps the text it had");
        assertEquals(offered.revision().name(), now.changes().pendingRevision());
        List<Revision> revisions = store.revisions(story.id());
        assertEquals(List.of("mw:r0", "mw:r1"), revisions.stream().map(Revision::name).toList());
        assertEquals(RevisionKind.ORIGINAL, revisions.get(0).kind());
        assertEquals(story.bodySha256(), revisions.get(0).bodySha256());
        assertTrue(revisions.stream().allMatch(Revision::intact), "every revision's body matches its digest");
        assertEquals("2", revisions.get(1).sourceVersion());
        assertEquals(clock.instant(), revisions.get(1).seen());
        assertTrue(events.contains("REVISED " + story.path()));
    }

    @Test
    void markupAloneIsNoRevision() {
        Story story = imported("Markup only", false);
        String restyled = "<div><p>Three people were hurt when the <b>bridge</b> collapsed on Monday.</p>\n\n"
                + "<p>Rescue   teams are on site.</p></div>";
        assertEquals(OfferResult.Outcome.UNCHANGED,
                store.offerRevision(story.id(), RevisionOffer.update("Markup only", restyled)).outcome());
        assertTrue(store.revisions(story.id()).isEmpty(), "nothing stored");
        assertFalse(store.byId(story.id()).orElseThrow().changes().changedAtSource());
    }

    @Test
    void aFlappingSourceLeavesAtMostOnePendingRevisionAndStoresEachTextOnce() {
        Story story = imported("Flapping", false);
        List<OfferResult.Outcome> outcomes = new ArrayList<>();
        for (String body : List.of(BODY_B, BODY_A, BODY_B, BODY_A, BODY_B)) {
            outcomes.add(store.offerRevision(story.id(), RevisionOffer.update("Flapping", body)).outcome());
            long pending = store.revisions(story.id()).stream()
                    .filter(r -> r.status() == Revision.Status.PENDING).count();
            assertTrue(pending <= 1, "at most one pending revision, found " + pending);
        }
        assertEquals(List.of(OfferResult.Outcome.PENDING, OfferResult.Outcome.REVERTED, OfferResult.Outcome.PENDING,
                OfferResult.Outcome.REVERTED, OfferResult.Outcome.PENDING), outcomes);
        assertEquals(2, store.revisions(story.id()).size(), "the original and B, each once");
        assertEquals(OfferResult.Outcome.ALREADY_PENDING,
                store.offerRevision(story.id(), RevisionOffer.update("Flapping", BODY_B)).outcome());
    }

    @Test
    void acceptingPutsTheRevisionsTextOnThePageWithItsDigestAndRecordsWhoAndWhen() {
        Story story = imported("Accept me", true);
        store.offerRevision(story.id(), new RevisionOffer("Accept me", BODY_B, null, null, RevisionKind.CORRECTION,
                "An earlier version gave the wrong number of injured."));
        clock.advance(Duration.ofHours(1));
        Revision accepted = store.acceptRevision(story.id(), "editor1", null, null);

        Story now = store.byId(story.id()).orElseThrow();
        assertEquals(BODY_B, now.original().body());
        assertEquals(BodyDigest.sha256(BODY_B), now.bodySha256());
        assertEquals("correction", now.changes().revisionKind());
        assertEquals("An earlier version gave the wrong number of injured.", now.changes().revisionNote());
        assertEquals(accepted.seen(), now.changes().sourceModified());
        assertNull(now.changes().pendingRevision());
        assertEquals(StoryStatus.PUBLISHED, now.status(), "the public page shows the accepted text at once");
        assertEquals("editor1", accepted.decidedBy());
        assertEquals(clock.instant(), accepted.decidedAt());
        assertTrue(now.teaser().startsWith("Five people"));
        assertTrue(events.contains("REVISION_ACCEPTED " + story.path()));
        assertThrows(InvalidStoryException.class, () -> store.acceptRevision(story.id(), "editor1", null, null),
                "nothing waits any more");
    }

    @Test
    void aDismissedTextIsRecordedAndNeverComesBack() {
        Story story = imported("Dismiss me", false);
        store.offerRevision(story.id(), RevisionOffer.update("Dismiss me", BODY_B));
        Revision dismissed = store.dismissRevision(story.id(), "editor2");
        assertEquals(Revision.Status.DISMISSED, dismissed.status());
        assertEquals("editor2", dismissed.decidedBy());
        assertEquals(BODY_A, store.byId(story.id()).orElseThrow().original().body());
        assertEquals(OfferResult.Outcome.DISMISSED_BEFORE,
                store.offerRevision(story.id(), RevisionOffer.update("Dismiss me", BODY_B)).outcome());
        assertFalse(store.byId(story.id()).orElseThrow().changes().changedAtSource());
    }

    @Test
    void theRestyledHeadlineStaysUnlessTheSourcesPolicyRefusesItNextToTheNewOriginal() {
        Story kept = imported("Bridge collapses in the city centre", false);
        store.edit(kept.id(), new StoryEdit("Bridge collapses", null), "ed");
        store.offerRevision(kept.id(), RevisionOffer.update("Bridge collapses in the old town", BODY_B));
        store.acceptRevision(kept.id(), "ed", null, null);
        Story afterFree = store.byId(kept.id()).orElseThrow();
        assertEquals("Bridge collapses", afterFree.headline(), "restyled headline kept");
        assertEquals("Bridge collapses in the old town", afterFree.original().headline());

        Story untouched = imported("Storm hits the coast", false);
        store.offerRevision(untouched.id(), RevisionOffer.update("Storm hits the north coast", BODY_B));
        store.acceptRevision(untouched.id(), "ed", null, null);
        assertEquals("Storm hits the north coast", store.byId(untouched.id()).orElseThrow().headline(),
                "a headline never restyled follows the agency");

        Story locked = imported("Fire in the harbour", false);
        store.edit(locked.id(), new StoryEdit("Harbour fire", null), "ed");
        store.useSourceRules(lockedHeadlines());
        try {
            store.offerRevision(locked.id(), RevisionOffer.update("Fire in the harbour spreads", BODY_B));
            store.acceptRevision(locked.id(), "ed", null, null);
        } finally {
            store.useSourceRules(SourceRules.NONE);
        }
        assertEquals("Fire in the harbour spreads", store.byId(locked.id()).orElseThrow().headline(),
                "a locked headline policy gives the agency's new headline");
    }

    private static SourceRules lockedHeadlines() {
        return new SourceRules() {
            @Override
            public Optional<String> sourceIdFor(String sourceUrl) {
                return Optional.empty();
            }

            @Override
            public Optional<String> displayName(String sourceId, String sourceUrl) {
                return Optional.empty();
            }

            @Override
            public void checkHeadline(Story story, String proposed) {
                if (!proposed.equals(story.original().headline())) {
                    throw new HeadlinePolicyException("locked", "only the original");
                }
            }
        };
    }

    @Test
    void aWithdrawalIsRecordedWithItsReasonAndUnpublishesOnlyWhenAsked() {
        Story unpublished = imported("Withdrawn and down", true);
        Story kept = imported("Withdrawn but up", true);
        store.markWithdrawn(unpublished.id(), "HTTP 410 Gone from https://wire.example/x", true, "system");
        store.markWithdrawn(kept.id(), "HTTP 404 on 3 checks in a row", false, "system");

        Story down = store.byId(unpublished.id()).orElseThrow();
        assertFalse(down.isPublished());
        assertEquals("HTTP 410 Gone from https://wire.example/x", down.changes().withdrawalReason());
        assertEquals(clock.instant(), down.changes().withdrawn());
        assertTrue(events.contains("WITHDRAWN " + down.path()));
        assertTrue(events.contains("UNPUBLISHED " + down.path()));
        Story up = store.byId(kept.id()).orElseThrow();
        assertTrue(up.isPublished());
        assertTrue(up.changes().isWithdrawn());
        assertEquals(BODY_A, up.original().body(), "nothing deleted");
    }

    @Test
    void aDeletedStorysPathIsGoneAndNeverGivenToAnotherStory() {
        Story story = imported("Same headline", true);
        store.delete(story.id(), "ed");
        assertTrue(store.isGone(story.path()));
        assertFalse(store.isGone(story.path() + "-2"));

        Story again = imported("Same headline", true); // same day, same slug, same source URL
        assertNotEquals(story.path(), again.path());
        assertTrue(again.path().endsWith("same-headline-2"), again.path());
    }

    @Test
    void recheckStateIsKeptAndDueStoriesAreFoundByTime() {
        Story story = imported("Recheck", false);
        Instant due = clock.instant().plus(Duration.ofMinutes(15));
        store.recordRecheck(story.id(), new Recheck(0, due, null, null, 0));
        assertFalse(store.dueForRecheck(clock.instant(), 10).contains(story.id()));
        assertTrue(store.dueForRecheck(due, 10).contains(story.id()));
        store.recordRecheck(story.id(), new Recheck(1, null, "\"v1\"", null, 0));
        assertFalse(store.dueForRecheck(due.plus(Duration.ofDays(9)), 10).contains(story.id()));
        assertEquals("\"v1\"", store.recheck(story.id()).orElseThrow().etag());
    }
}
