package io.mediawire.story;

import java.text.BreakIterator;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Plain-text teasers: the start of the body, cut at a word boundary, ending in "…". */
public final class Teasers {
    public static final String ELLIPSIS = "…";
    /** A break before this share of the limit wastes too much of the line; cut inside the word instead. */
    private static final double MIN_SHARE = 0.6;
    /** Stored teasers keep this much text, so templates can cut them shorter. */
    static final int STORED_LENGTH = 300;

    private Teasers() {
    }

    /** The body's plain text, paragraphs joined by spaces. */
    public static String plainText(String bodyHtml) {
        StringBuilder text = new StringBuilder();
        for (Element block : Jsoup.parseBodyFragment(bodyHtml).body().select("p, li, h2, h3, h4, blockquote, td")) {
            if (block.parents().stream().anyMatch(p -> p.is("p, li, blockquote, td"))) {
                continue;
            }
            String t = block.text().strip();
            if (!t.isEmpty()) {
                text.append(text.length() == 0 ? "" : " ").append(t);
            }
        }
        return text.length() > 0 ? text.toString() : Jsoup.parseBodyFragment(bodyHtml).text().strip();
    }

    /** {@link #cut(String, int, Locale)} for text of no particular language. */
    public static String cut(String text, int max) {
        return cut(text, max, Locale.ROOT);
    }

    /**
     * Cuts plain text near {@code max} characters, ending in "…". Prefers the last space; for text
     * written without spaces (Chinese, Japanese, Thai) or a very long word, it falls back to a word
     * boundary and then to a whole character (grapheme), so it never splits a letter from its marks
     * or a surrogate pair.
     */
    public static String cut(String text, int max, Locale locale) {
        if (max < 1) {
            throw new IllegalArgumentException("a teaser needs at least one character, got " + max);
        }
        String clean = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (clean.codePointCount(0, clean.length()) <= max) {
            return clean;
        }
        int limit = clean.offsetByCodePoints(0, max);
        int floor = clean.offsetByCodePoints(0, (int) Math.ceil(max * MIN_SHARE));
        int end = clean.lastIndexOf(' ', limit);
        if (end < floor) {
            end = lastBoundary(BreakIterator.getWordInstance(locale), clean, limit, floor);
        }
        if (end < floor) {
            end = lastBoundary(BreakIterator.getCharacterInstance(locale), clean, limit, 1);
        }
        String head = clean.substring(0, end).replaceAll("[\\s\\p{Punct}\\p{Pd}،؛、。，：；&&[^)\\]\"'’”»]]+$", "");
        return (head.isEmpty() ? clean.substring(0, end) : head) + ELLIPSIS;
    }

    private static int lastBoundary(BreakIterator breaks, String text, int limit, int floor) {
        breaks.setText(text);
        int boundary = breaks.isBoundary(limit) ? limit : breaks.preceding(limit);
        return boundary == BreakIterator.DONE || boundary < floor ? -1 : boundary;
    }
}
