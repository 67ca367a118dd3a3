package io.mediawire.story;

import java.time.Instant;

/**
 * Where a story imported from its own URL stands in the re-checks of its page: the next check, how many
 * were made, the last answer's validators for a conditional GET, and how many checks in a row found nothing.
 *
 * @param step   checks made so far
 * @param next   when the next check is due; null when no more checks come
 * @param misses checks in a row answered 404
 */
public record Recheck(int step, Instant next, String etag, String lastModified, int misses) {
}
