package io.mediawire.story;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Readable URL names from headlines. Latin letters lose their accents; other scripts keep their
 * letters (a Persian headline gives a Persian slug, which browsers show as typed).
 */
public final class Slugs {
    static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    public static String from(String headline) {
        String decomposed = Normalizer.normalize(headline == null ? "" : headline, Normalizer.Form.NFKD);
        StringBuilder slug = new StringBuilder();
        boolean dash = false;
        boolean afterLatin = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.FORMAT) {
                continue; // joiners and direction marks
            }
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                if (!afterLatin) {
                    slug.appendCodePoint(cp); // part of the letter in other scripts: Persian "آ" keeps its madda
                }
                continue; // Latin accents go: "é" -> "e"
            }
            if (Character.isLetterOrDigit(cp)) {
                slug.appendCodePoint(Character.toLowerCase(cp));
                afterLatin = Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
                dash = false;
            } else if (!dash && slug.length() > 0) {
                slug.append('-');
                dash = true;
            }
        }
        String result = trimToWord(Normalizer.normalize(slug.toString().replaceAll("-+$", ""), Normalizer.Form.NFC));
        return result.isEmpty() ? "story" : result;
    }

    private static String trimToWord(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        String cut = slug.substring(0, MAX_LENGTH);
        int lastDash = cut.lastIndexOf('-');
        return (lastDash > MAX_LENGTH / 2 ? cut.substring(0, lastDash) : cut).toLowerCase(Locale.ROOT);
    }
}
