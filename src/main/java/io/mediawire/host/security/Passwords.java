package io.mediawire.host.security;

import java.security.SecureRandom;

/** The password rules and a generator for the first admin's password. */
public final class Passwords {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;
    // No look-alikes (0/O, 1/l/I): the generated password is read off a terminal once.
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** Throws with a reason when {@code password} is too weak to store. */
    public static void check(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new WeakPasswordException("a password needs at least " + MIN_LENGTH + " characters");
        }
        if (password.length > MAX_LENGTH) {
            throw new WeakPasswordException("a password has at most " + MAX_LENGTH + " characters");
        }
        boolean allSame = true;
        for (char c : password) {
            allSame &= c == password[0];
        }
        if (allSame) {
            throw new WeakPasswordException("a password cannot be one character repeated");
        }
    }

    /** 22 characters from a 57-letter alphabet: about 128 bits. */
    public static char[] generate() {
        char[] password = new char[22];
        for (int i = 0; i < password.length; i++) {
            password[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return password;
    }

    public static final class WeakPasswordException extends IllegalArgumentException {
        public WeakPasswordException(String message) {
            super(message);
        }
    }
}
