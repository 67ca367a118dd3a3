package io.mediawire.story;

import java.time.Instant;

/**
 * One version of the agency's text of a story, stored frozen as a child of the story: its headline and
 * body as the agency had them, the SHA-256 of the body and of its plain text, and what is known about it.
 *
 * @param name          the child node's name ({@code mw:r0} is the text first imported)
 * @param sourceVersion the agency's own version label, when a format carries one (a ninjs version, an
 *                      Atom {@code updated} time); null when unknown
 * @param sourceTime    when the agency says it changed the story; null when unknown
 * @param seen          when Media Wire first read this text
 * @param note          the agency's correction note, or the editor's, or null
 * @param decidedBy     who accepted or dismissed it ({@code system} for a source that accepts on its own)
 */
public record Revision(
        String name,
        RevisionKind kind,
        Status status,
        String headline,
        String body,
        String bodySha256,
        String textSha256,
        String sourceVersion,
        Instant sourceTime,
        Instant seen,
        String note,
        String decidedBy,
        Instant decidedAt) {

    /** Where a revision stands; at most one revision of a story is pending. */
    public enum Status {
        /** Waiting for an editor. */
        PENDING,
        /** Shown, now or earlier. */
        ACCEPTED,
        /** An editor decided against it; the same text never comes back as pending. */
        DISMISSED,
        /** The source went back to the text on the page, or on to another text, before anyone decided. */
        SUPERSEDED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Status of(String id) {
            return id == null ? PENDING : valueOf(id.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** The time readers are told about: the agency's when known, else when it was seen. */
    public Instant changedAt() {
        return sourceTime != null ? sourceTime : seen;
    }

    /** Whether the stored body is still exactly the body whose digest was stored with it. */
    public boolean intact() {
        return body != null && BodyDigest.sha256(body).equals(bodySha256);
    }
}
