package io.mediawire.host.security;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

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

    /**
     * The first admin's password and its stored hash.
     *
     * @param given whether the password came from {@link #PASSWORD_VARIABLE} (else it was generated)
     */
    public record Prepared(char[] password, boolean given, String hash) {
    }

    /** The password from the environment, or a generated one, checked and hashed (deliberately slow). */
    public static Prepared prepare(Function<String, String> environment) {
        String given = environment.apply(PASSWORD_VARIABLE);
        boolean fromEnvironment = given != null && !given.isEmpty();
        char[] password = fromEnvironment ? given.toCharArray() : Passwords.generate();
        try {
            Passwords.check(password);
        } catch (Passwords.WeakPasswordException e) {
            throw new IllegalStateException(PASSWORD_VARIABLE + " is too weak: " + e.getMessage(), e);
        }
        return new Prepared(password, fromEnvironment, new PasswordHasher().hash(password));
    }

    /**
     * {@link #prepare} begun now on another thread, for a start on a new home: the hash costs a
     * noticeable part of a cold start, and is made while the repository starts instead of after.
     */
    public static Supplier<Prepared> prepareAhead(Function<String, String> environment) {
        CompletableFuture<Prepared> ahead = CompletableFuture.supplyAsync(() -> prepare(environment));
        return () -> {
            try {
                return ahead.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        };
    }

    /** Creates the admin when no user exists; returns true when it did. */
    public static boolean ensure(UserStore users, Function<String, String> environment, PrintStream out) {
        return ensure(users, () -> prepare(environment), out);
    }

    /** As {@link #ensure(UserStore, Function, PrintStream)}, with the password and hash from {@code admin}. */
    public static boolean ensure(UserStore users, Supplier<Prepared> admin, PrintStream out) {
        if (!users.isEmpty()) {
            return false;
        }
        Prepared prepared = admin.get();
        char[] password = prepared.password();
        users.addHashed(NAME, prepared.hash(), EnumSet.of(Role.ADMIN, Role.EDITOR), "media-wire");
        if (prepared.given()) {
            out.println("Media Wire: created the user '" + NAME + "' with the password from " + PASSWORD_VARIABLE + ".");
        } else {
            out.println("Media Wire: created the user '" + NAME + "' with the password " + new String(password));
            out.println("Media Wire: this password is shown only once; sign in at /.magnolia/admincentral and keep it safe.");
        }
        Arrays.fill(password, '\0');
        return true;
    }
}
