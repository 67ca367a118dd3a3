package io.mediawire.story;

import org.jsoup.Jsoup;

/**
 * What a reader reads of a version, markup aside: the headline and the body's text with white space
 * collapsed. Two versions whose text is the same are the same version, however their markup differs.
 */
public final class StoryText {
    private StoryText() {
    }

    /** The headline, then the body's text, each with white space collapsed. */
    public static String of(String headline, String bodyHtml) {
        String body = bodyHtml == null ? "" : Jsoup.parseBodyFragment(bodyHtml).body().text();
        return collapse(headline) + "\n" + collapse(body);
    }

    public static String sha256(String headline, String bodyHtml) {
        return BodyDigest.sha256(of(headline, bodyHtml));
    }

    /** Words of the body's text, for comparing the size of two versions. */
    public static int words(String bodyHtml) {
        String text = collapse(bodyHtml == null ? "" : Jsoup.parseBodyFragment(bodyHtml).body().text());
        return text.isEmpty() ? 0 : text.split(" ").length;
    }

    private static String collapse(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u00a0]+", " ").strip();
    }
}
