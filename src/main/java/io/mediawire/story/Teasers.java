package io.mediawire.story;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Plain-text teasers: the start of the body, cut at a word boundary, ending in "…". */
public final class Teasers {
    public static final String ELLIPSIS = "…";
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

    /**
     * Cuts {@code text} near {@code max} characters: at the last space before it, or, in text with
     * no spaces near the end (long words, scripts without spaces), at {@code max} code points.
     */
    public static String cut(String text, int max) {
        String clean = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (clean.codePointCount(0, clean.length()) <= max) {
            return clean;
        }
        int end = clean.offsetByCodePoints(0, max);
        int space = clean.lastIndexOf(' ', end);
        if (space >= end * 6 / 10) {
            end = space;
        }
        String head = clean.substring(0, end).replaceAll("[\\s\\p{Punct}&&[^)\\]\"'’”]]+$", "");
        return head + ELLIPSIS;
    }
}
