package io.mediawire.revisions;

import io.mediawire.importing.ArticleReader;
import io.mediawire.story.OfferResult;
import io.mediawire.story.Revision;
import io.mediawire.story.RevisionKind;
import io.mediawire.story.RevisionOffer;
import io.mediawire.story.Story;
import io.mediawire.story.StoryNotFoundException;
import io.mediawire.story.StoryStore;
import io.mediawire.story.StoryText;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way into a story's revisions, whatever noticed the change: a subscription's changed feed item, a
 * re-check of an imported page, or a wire format's new version of an item (ninjs, NewsML-G2), which calls
 * {@link #offer(String, RevisionOffer)} with the agency's headline and sanitized body, its version label and
 * time, and whether it is a correction with its note; a kill notice calls {@link #withdraw}.
 *
 * <p>What it adds to the store's rules ({@link StoryStore#offerRevision}): a text that is not an article (a
 * login wall, an error page, a text that collapsed to less than half of the page's) makes no revision; and a
 * source that accepts its updates on its own has a new revision accepted at once, by {@value #SYSTEM}.
 */
public final class RevisionService {
    public static final String SYSTEM = "system";
    /** A new text with fewer words than this share of the page's is not the story any more. */
    static final double COLLAPSE_SHARE = 0.5;
    private static final Logger LOG = LoggerFactory.getLogger(RevisionService.class);

    private final StoryStore stories;
    private volatile SourcePolicy policy = SourcePolicy.CAUTIOUS;

    public RevisionService(StoryStore stories) {
        this.stories = stories;
    }

    /** The sources' say on automatic acceptance and unpublishing; the module sets it at start. */
    public void usePolicy(SourcePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * Offers a text of the story as its source has it now. Format-agnostic: the caller has read and sanitized it.
     *
     * @throws StoryNotFoundException when there is no such story
     */
    public OfferResult offer(String storyId, RevisionOffer offer) {
        Story story = stories.byId(storyId).orElseThrow(() -> new StoryNotFoundException(storyId));
        int before = StoryText.words(story.original().body());
        int after = StoryText.words(offer.body());
        if (after < before * COLLAPSE_SHARE) {
            LOG.info("Not a revision of {}: its source now has {} words where the page has {}", story.path(), after,
                    before);
            return new OfferResult(OfferResult.Outcome.NOT_AN_ARTICLE, null);
        }
        OfferResult result = stories.offerRevision(storyId, offer);
        if (result.outcome() == OfferResult.Outcome.PENDING && policy.acceptsUpdatesAutomatically(story)) {
            Revision accepted = stories.acceptRevision(storyId, SYSTEM, null, null);
            return new OfferResult(OfferResult.Outcome.ACCEPTED, accepted);
        }
        if (result.stored()) {
            LOG.info("Story {} changed at its source: revision {} waits for an editor", story.path(),
                    result.revision().name());
        }
        return result;
    }

    /** A story read again by {@link ArticleReader}: no revision when what was read is not an article. */
    public OfferResult offer(String storyId, ArticleReader.Read read, String sourceVersion) {
        if (!read.looksLikeArticle() || read.headline() == null || read.headline().isBlank() || read.body() == null
                || read.body().isBlank()) {
            return new OfferResult(OfferResult.Outcome.NOT_AN_ARTICLE, null);
        }
        return offer(storyId, new RevisionOffer(read.headline(), read.body(), sourceVersion, read.modified(),
                RevisionKind.UPDATE, null));
    }

    /**
     * The source withdrew the story (a 410, repeated 404s, a kill notice): flagged for editors at once, and
     * unpublished when its source says so. Nothing is deleted.
     */
    public Story withdraw(String storyId, String reason) {
        Story story = stories.byId(storyId).orElseThrow(() -> new StoryNotFoundException(storyId));
        return stories.markWithdrawn(storyId, reason, policy.unpublishesOnWithdrawal(story), SYSTEM);
    }

    /** An editor puts the waiting revision on the page; {@code kind}/{@code note} may mark it a correction. */
    public Revision accept(String storyId, String user, RevisionKind kind, String note) {
        return stories.acceptRevision(storyId, user, kind, note);
    }

    public Revision dismiss(String storyId, String user) {
        return stories.dismissRevision(storyId, user);
    }

    public List<Revision> revisions(String storyId) {
        return stories.revisions(storyId);
    }
}
