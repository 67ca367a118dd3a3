package io.mediawire.story;

import java.util.Locale;

/**
 * What a version of the agency's text is: the one first imported, an update (the agency added or changed
 * something), or a correction (the agency, or the editor accepting it, says the earlier text was wrong).
 */
public enum RevisionKind {
    ORIGINAL, UPDATE, CORRECTION;

    /** The stored and templated name: {@code original}, {@code update}, {@code correction}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a stored or submitted name means; anything unknown is an update. */
    public static RevisionKind of(String id) {
        if (id != null) {
            for (RevisionKind kind : values()) {
                if (kind.id().equalsIgnoreCase(id.strip())) {
                    return kind;
                }
            }
        }
        return UPDATE;
    }
}
