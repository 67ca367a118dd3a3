package io.mediawire.importing.extraction;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips the site-name suffix (or prefix) that pages append to their titles: "Story | Agency", and says which
 * name it stripped, so that the name can serve as the story's source when the page names none otherwise.
 */
final class HeadlineCleaner {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-\u2013\u2014:\u00b7\u2022\u00bb/]{1,2}\\s+|:\\s+");
    /** A title's last part after one of the separators sites put before their name (not ":" or "/", which subtitle). */
    private static final Pattern TRAILING_NAME = Pattern.compile("^(.*\\S)\\s+(?:[|\\-\u2013\u2014\u00b7\u2022\u00bb]|::)\\s+(\\S.*)$");
    private static final int MAX_SITE_WORDS = 5;

    /** A headline and the site name taken off it, or null when none was. */
    record Split(String headline, String siteName) {
    }

    private HeadlineCleaner() {
    }

    static String clean(String title, String siteName) {
        return split(title, siteName == null ? List.of() : List.of(siteName), null, false).headline();
    }

    /**
     * @param knownNames names the page gives itself (publisher, og:site_name, application-name), trusted at either end
     * @param page       the page's address: a leading part that is the host's name ("Valley Herald: ..." on
     *                   vh-news.example) goes too
     * @param titleOnly  true when the text is the page's {@code <title>} and nothing better named the headline:
     *                   then a trailing " - Name" or " | Name" that looks like a name (at most five words, first and
     *                   last not lower case) is taken for the site's, as there is no headline to compare with
     */
    static Split split(String title, List<String> knownNames, URI page, boolean titleOnly) {
        String t = TitleText.plain(title);
        if (t == null) {
            return new Split(null, null);
        }
        String[] parts = SEPARATOR.split(t);
        if (parts.length < 2) {
            return new Split(t, null);
        }
        String last = parts[parts.length - 1];
        String first = parts[0];
        for (String siteName : knownNames) {
            if (siteName != null && sameName(last, siteName)) {
                return withoutLast(t, last);
            }
            if (siteName != null && sameName(first, siteName)) {
                return withoutFirst(t, first);
            }
        }
        if (page != null && words(last) <= MAX_SITE_WORDS && SiteNames.namesHost(last, page)) {
            return withoutLast(t, last);
        }
        if (page != null && words(first) <= MAX_SITE_WORDS && SiteNames.namesHost(first, page)) {
            return withoutFirst(t, first);
        }
        // Without a known site name, only a pipe is a reliable marker: hyphens and colons occur in real headlines.
        int pipe = t.lastIndexOf(" | ");
        if (pipe > 0 && words(t.substring(pipe + 3)) <= MAX_SITE_WORDS) {
            return new Split(t.substring(0, pipe).strip(), t.substring(pipe + 3).strip());
        }
        Matcher trailing = TRAILING_NAME.matcher(t);
        if (titleOnly && trailing.matches() && looksLikeName(trailing.group(2))) {
            return new Split(trailing.group(1).strip(), trailing.group(2).strip());
        }
        return new Split(t, null);
    }

    /**
     * The site name a {@code <title>} adds around a headline found elsewhere: "Story | The Daily Bugle" with the
     * headline "Story" gives "The Daily Bugle". Null when the title is not the headline plus a short name.
     */
    static String siteNameBeside(String title, String headline) {
        String t = TitleText.plain(title);
        String h = TitleText.plain(headline);
        if (t == null || h == null || t.length() <= h.length()) {
            return null;
        }
        String rest;
        if (t.startsWith(h)) {
            rest = t.substring(h.length());
            Matcher separator = SEPARATOR.matcher(rest);
            rest = separator.lookingAt() ? rest.substring(separator.end()) : null;
        } else if (t.endsWith(h)) {
            rest = t.substring(0, t.length() - h.length());
            Matcher separator = Pattern.compile("(?:" + SEPARATOR.pattern() + ")$").matcher(rest);
            rest = separator.find() ? rest.substring(0, separator.start()) : null;
        } else {
            return null;
        }
        return rest != null && !rest.isBlank() && words(rest) <= MAX_SITE_WORDS ? rest.strip() : null;
    }

    private static Split withoutLast(String t, String last) {
        String rest = t.substring(0, t.length() - last.length()).replaceAll("(?:" + SEPARATOR.pattern() + ")$", "").strip();
        return new Split(rest, last.strip());
    }

    private static Split withoutFirst(String t, String first) {
        String rest = t.substring(first.length()).replaceFirst("^(?:" + SEPARATOR.pattern() + ")", "").strip();
        return new Split(rest, first.strip());
    }

    /** At most five words, the first and the last not starting in lower case: "Valley Herald", not "what happens next". */
    private static boolean looksLikeName(String s) {
        String[] words = s.strip().split("\\s+");
        return words.length <= MAX_SITE_WORDS && !Character.isLowerCase(words[0].codePointAt(0))
                && !Character.isLowerCase(words[words.length - 1].codePointAt(0));
    }

    private static boolean sameName(String part, String siteName) {
        String a = squash(part), b = squash(siteName);
        return !a.isEmpty() && (a.equals(b) || (a.length() >= 3 && (b.startsWith(a) || a.startsWith(b))));
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "").replaceFirst("^www", "").replaceFirst("(com|org|net)$", "");
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
