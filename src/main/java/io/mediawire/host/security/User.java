package io.mediawire.host.security;

import java.util.EnumSet;
import java.util.Set;

/** A signed-in person: the name recorded on what they change, and their roles. */
public record User(String name, Set<Role> roles) {

    public User {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a user needs a name");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    /** Admins can do what editors can. */
    public boolean canEdit() {
        return roles.contains(Role.EDITOR) || isAdmin();
    }
}
