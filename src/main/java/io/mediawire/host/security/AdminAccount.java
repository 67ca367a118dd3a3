package io.mediawire.host.security;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.function.Function;

/**
 * The first start's admin: created only while there are no users at all. Its password comes
 * from {@code MEDIA_WIRE_ADMIN_PASSWORD}, or is generated and printed once; there is no
 * built-in default password.
 */
public final class AdminAccount {
    public static final String NAME = "admin";
    public static final String PASSWORD_VARIABLE = "MEDIA_WIRE_ADMIN_PASSWORD";

    private AdminAccount() {
    }

    /** Creates the admin when no user exists; returns true when it did. */
    public static boolean ensure(UserStore users, Function<String, String> environment, PrintStream out) {
        if (!users.isEmpty()) {
            return false;
        }
        String given = environment.apply(PASSWORD_VARIABLE);
        char[] password = given == null || given.isEmpty() ? Passwords.generate() : given.toCharArray();
        try {
            users.add(NAME, password, EnumSet.of(Role.ADMIN, Role.EDITOR), "media-wire");
        } catch (Passwords.WeakPasswordException e) {
            throw new IllegalStateException(PASSWORD_VARIABLE + " is too weak: " + e.getMessage(), e);
        }
        if (given == null || given.isEmpty()) {
            out.println("Media Wire: created the user '" + NAME + "' with the password " + new String(password));
            out.println("Media Wire: this password is shown only once; sign in at /.magnolia/admincentral and keep it safe.");
        } else {
            out.println("Media Wire: created the user '" + NAME + "' with the password from " + PASSWORD_VARIABLE + ".");
        }
        Arrays.fill(password, '\0');
        return true;
    }
}
