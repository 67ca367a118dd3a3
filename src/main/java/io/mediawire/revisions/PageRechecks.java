package io.mediawire.revisions;

import io.mediawire.importing.ArticleReader;
import io.mediawire.importing.ImportException;
import io.mediawire.importing.fetch.Conditional;
import io.mediawire.importing.fetch.FetchException;
import io.mediawire.importing.fetch.SafeFetcher;
import io.mediawire.importing.fetch.Validators;
import io.mediawire.story.InvalidStoryException;
import io.mediawire.story.OfferResult;
import io.mediawire.story.Recheck;
import io.mediawire.story.Story;
import io.mediawire.story.StoryNotFoundException;
import io.mediawire.story.StoryStore;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the pages of stories imported from their own URL again on {@link RecheckSchedule}, with a
 * conditional GET through the importer's {@link SafeFetcher} (its address guard, robots.txt, size and time
 * limits). A changed text is offered as a revision; a 410, or a 404 {@value RecheckSchedule#NOT_FOUND_IN_A_ROW}
 * times in a row, withdraws the story. Checks run one after another, never two fetches at once, so a
 * re-check round is never more than one request at a time to any agency.
 */
public final class PageRechecks {
    static final int ROUND = 50;
    private static final Duration FETCH_BUDGET = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(PageRechecks.class);

    private final StoryStore stories;
    private final RevisionService revisions;
    private final SafeFetcher fetcher;
    private final ArticleReader reader;
    private final Clock clock;

    /** @param clock the module's clock: when checks are due */
    public PageRechecks(StoryStore stories, RevisionService revisions, SafeFetcher fetcher, Clock clock) {
        this.stories = stories;
        this.revisions = revisions;
        this.fetcher = fetcher;
        this.reader = new ArticleReader(Clock.systemUTC()); // the page budget times real processing
        this.clock = clock;
    }

    /** Starts the re-checks of a story imported from its own page (not from a subscription: its feed tells). */
    public void watch(String storyId) {
        stories.byId(storyId).filter(story -> story.subscription() == null).ifPresent(story ->
                stories.recordRecheck(story.id(), new Recheck(0, RecheckSchedule.first(story.created()), null, null, 0)));
    }

    /** Makes every check due by the module's clock; returns how many were made. */
    public int runDue() {
        int made = 0;
        for (String id : stories.dueForRecheck(clock.instant(), ROUND)) {
            try {
                check(id);
                made++;
            } catch (StoryNotFoundException gone) {
                // deleted since the query
            } catch (RuntimeException e) {
                LOG.error("Re-check of story {} failed", id, e);
            }
        }
        return made;
    }

    /** What one check found. */
    enum Found { UNCHANGED, CHANGED, NOT_AN_ARTICLE, NOT_FOUND, WITHDRAWN, FAILED }

    Found check(String id) {
        Story story = stories.byId(id).orElseThrow(() -> new StoryNotFoundException(id));
        Recheck before = stories.recheck(id).orElse(new Recheck(0, null, null, null, 0));
        Instant now = clock.instant();
        int made = before.step() + 1;
        if (story.changes().isWithdrawn()) {
            stories.recordRecheck(id, new Recheck(made, null, before.etag(), before.lastModified(), before.misses()));
            return Found.WITHDRAWN;
        }
        URI page = URI.create(story.fetchedUrl() != null ? story.fetchedUrl() : story.original().url());
        try {
            Conditional answer = fetcher.fetchIfChanged(page, new Validators(before.etag(), before.lastModified()),
                    FETCH_BUDGET);
            Validators next = answer.validators();
            Found found = Found.UNCHANGED;
            if (!answer.notModified()) {
                OfferResult offered = revisions.offer(id, reader.readPage(answer.document()), null);
                found = offered.outcome() == OfferResult.Outcome.NOT_AN_ARTICLE ? Found.NOT_AN_ARTICLE
                        : offered.stored() ? Found.CHANGED : Found.UNCHANGED;
            }
            stories.recordRecheck(id, new Recheck(made, RecheckSchedule.next(story.created(), made, now), next.etag(),
                    next.lastModified(), 0));
            return found;
        } catch (FetchException e) {
            return refused(story, before, made, now, e);
        } catch (ImportException | InvalidStoryException e) {
            LOG.info("Re-check of {}: {}", story.path(), e.getMessage());
            stories.recordRecheck(id, new Recheck(made, RecheckSchedule.next(story.created(), made, now), before.etag(),
                    before.lastModified(), 0));
            return Found.NOT_AN_ARTICLE;
        } catch (StoryNotFoundException deletedMeanwhile) {
            throw deletedMeanwhile;
        } catch (RuntimeException e) {
            // the next check as scheduled: a page that breaks something is not read again every minute
            LOG.error("Re-check of {} failed", story.path(), e);
            stories.recordRecheck(id, new Recheck(made, RecheckSchedule.next(story.created(), made, now), before.etag(),
                    before.lastModified(), 0));
            return Found.FAILED;
        }
    }

    private Found refused(Story story, Recheck before, int made, Instant now, FetchException e) {
        if (e.status() == 410) {
            revisions.withdraw(story.id(), "the source answers 410 Gone: " + e.getMessage());
            stories.recordRecheck(story.id(), new Recheck(made, null, before.etag(), before.lastModified(), 0));
            return Found.WITHDRAWN;
        }
        if (e.status() == 404) {
            int misses = before.misses() + 1;
            if (misses >= RecheckSchedule.NOT_FOUND_IN_A_ROW) {
                revisions.withdraw(story.id(), "the source answered 404 Not Found on " + misses
                        + " checks in a row: " + e.getMessage());
                stories.recordRecheck(story.id(), new Recheck(made, null, before.etag(), before.lastModified(), misses));
                return Found.WITHDRAWN;
            }
            // asked again soon, without using up a scheduled check: one 404 may be a glitch
            stories.recordRecheck(story.id(), new Recheck(before.step(), now.plus(RecheckSchedule.AFTER_NOT_FOUND),
                    before.etag(), before.lastModified(), misses));
            return Found.NOT_FOUND;
        }
        LOG.info("Re-check of {} failed: {}", story.path(), e.getMessage());
        stories.recordRecheck(story.id(), new Recheck(made, RecheckSchedule.next(story.created(), made, now),
                before.etag(), before.lastModified(), 0));
        return Found.FAILED;
    }
}
