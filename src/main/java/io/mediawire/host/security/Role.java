package io.mediawire.host.security;

import java.util.Locale;

/** What a user may do in the authoring UI: editors work on stories, admins also manage users. */
public enum Role {
    EDITOR, ADMIN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String text) {
        if (text != null) {
            for (Role role : values()) {
                if (role.id().equalsIgnoreCase(text.strip())) {
                    return role;
                }
            }
        }
        throw new IllegalArgumentException("unknown role '" + text + "' (known: editor, admin)");
    }
}
