package io.mediawire.importing.extraction;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * Headlines and titles are plain text. Pages and feeds write markup into them anyway: a {@code <title>} holds
 * {@code <img src=x onerror=...>} as text, an og:title or a feed title is escaped once or twice too often. This
 * decodes and strips until no tag is left, so what is stored never turns into markup wherever it is shown.
 */
public final class TitleText {
    /** Something that really is a tag, so "x<y and y>z" stays text while "<b>Breaking</b>" loses its markup. */
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");
    /** Each round decodes once more; three cover an escaped-twice title, and bound what a hostile one can cost. */
    private static final int ROUNDS = 3;

    private TitleText() {
    }

    /**
     * Plain text of a title-like string: one round of HTML entity decoding (so the double-escaped {@code &amp;amp;}
     * and {@code &#8217;} read right), tags removed (also tags that only appear once decoded, with a script's or
     * style's content), whitespace collapsed. Null for null or blank.
     */
    public static String plain(String s) {
        if (s == null) {
            return null;
        }
        String text = HTML_TAG.matcher(s).find() ? textOf(s) : Parser.unescapeEntities(s, false);
        for (int round = 1; round < ROUNDS && HTML_TAG.matcher(text).find(); round++) {
            text = textOf(text);
        }
        if (HTML_TAG.matcher(text).find()) {
            text = HTML_TAG.matcher(text).replaceAll(" ");
        }
        text = WHITESPACE.matcher(text).replaceAll(" ").strip();
        return text.isEmpty() ? null : text;
    }

    private static String textOf(String html) {
        return Jsoup.parseBodyFragment(html).body().text();
    }
}
