package io.mediawire.story;

import java.time.Instant;

/**
 * What has happened to a story at its source since it was imported, as the store keeps it on the story.
 *
 * @param pendingRevision  the name of the revision waiting for an editor, or null ("changed at source")
 * @param currentRevision  the name of the revision on the page, or null while the imported text is
 * @param sourceModified   when the text on the page was changed at the source (an accepted revision), or null
 * @param revisionKind     {@code update} or {@code correction} for the accepted revision on the page, else null
 * @param revisionNote     the correction note shown with it, or null
 * @param withdrawn        when the source was found to have withdrawn the story, or null
 * @param withdrawalReason why it counts as withdrawn ("HTTP 410 Gone from ..."), or null
 */
public record SourceChanges(String pendingRevision, String currentRevision, Instant sourceModified,
                            String revisionKind, String revisionNote, Instant withdrawn, String withdrawalReason) {
    public static final SourceChanges NONE = new SourceChanges(null, null, null, null, null, null, null);

    public boolean changedAtSource() {
        return pendingRevision != null;
    }

    public boolean isWithdrawn() {
        return withdrawn != null;
    }

    public boolean corrected() {
        return RevisionKind.CORRECTION.id().equals(revisionKind);
    }
}
