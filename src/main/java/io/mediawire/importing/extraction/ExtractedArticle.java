package io.mediawire.importing.extraction;

import io.mediawire.story.AgencyCopy;
import java.time.Instant;

/**
 * What extraction found on an article page. {@code original.body()} is sanitized and safe to
 * store; {@code articleBody} is its plain text with paragraphs separated by a blank line;
 * {@code original.url()} is the address the page gives as its own (canonical, not yet normalized).
 * {@code original.sourceName()} is never null: the name the site declares (JSON-LD publisher, og:site_name;
 * then {@code sourceNameDeclared}), else its application-name, the name its title adds to the headline, or a
 * readable form of its host ({@link SiteNames#readable}); an importer with a better guess (a feed's title) may
 * prefer it to those.
 */
public record ExtractedArticle(
    AgencyCopy original,
    String articleBody,
    Instant modified,
    String description,
    String method,
    boolean sourceNameDeclared) {

    /** Below this a page is a teaser, a login wall or an index, not a story. */
    static final int MIN_WORDS = 50;

    /** False when the body is too short, or mostly links, to be a story (a homepage, a login page). */
    public boolean looksLikeArticle() {
        if (articleBody == null || ShingleScorer.tokens(articleBody).size() < MIN_WORDS) {
            return false;
        }
        return !BodyShape.of(original.body()).looksLikeLinkList();
    }
}
