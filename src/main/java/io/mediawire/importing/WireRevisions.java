package io.mediawire.importing;

import io.mediawire.story.NewStory;
import io.mediawire.story.Story;

/**
 * Where a newer version of a wire item already stored goes: the revision flow decides whether it replaces the
 * stored text (an editor accepts it, or the source accepts updates on its own). Until that flow is plugged in,
 * {@link #KEEP} keeps the stored story as it is and says so; nothing else in the import changes when it is.
 */
@FunctionalInterface
public interface WireRevisions {
    /** An update, or a correction (the agency's signal or its note to editors says so). */
    enum Kind { UPDATE, CORRECTION }

    /**
     * @param stored   the story stored for the item's uri
     * @param revision the newer version, as it would be stored (body sanitized, wire terms)
     * @param version  the newer version's number
     * @return what became of it, for the item's result
     */
    String offer(Story stored, NewStory revision, long version, Kind kind);

    /** Leaves the stored story untouched. */
    WireRevisions KEEP = (stored, revision, version, kind) -> "newer version " + version + " of a stored item"
            + (kind == Kind.CORRECTION ? " (a correction)" : "") + ": kept for revisions, the stored story is unchanged";
}
