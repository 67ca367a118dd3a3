package io.mediawire.importing.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The third dedupe key: the same story text reached under a different URL (syndicated copies, AMP pages, URL changes).
 * The text is reduced to its words before hashing, so reflowed lines, changed quotes or dashes and case changes
 * give the same fingerprint, while any changed, added or removed word gives a different one.
 */
public final class BodyFingerprint {
    private BodyFingerprint() {
    }

    /**
     * @param plainText the story body as plain text
     * @return lower-case hex SHA-256 of {@link #canonicalText(String)}
     * @throws IllegalArgumentException when the text is null or has no letters or digits: an empty body must never
     *                                  match every other empty body
     */
    public static String of(String plainText) {
        String canonical = canonicalText(plainText);
        if (canonical.isEmpty()) throw new IllegalArgumentException("text has no words to fingerprint");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /**
     * The words of the text, NFKC-normalized and lower-cased, separated by single spaces. Everything that is not a
     * letter, digit or combining mark (punctuation, symbols, whitespace of any kind) separates words.
     */
    static String canonicalText(String plainText) {
        if (plainText == null) throw new IllegalArgumentException("text is null");
        String text = Normalizer.normalize(plainText, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isWordCharacter(codePoint)) {
                if (pendingSpace && out.length() > 0) out.append(' ');
                pendingSpace = false;
                out.appendCodePoint(codePoint);
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    private static boolean isWordCharacter(int codePoint) {
        if (Character.isLetterOrDigit(codePoint)) return true;
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
