package io.mediawire.importing.extraction;

import java.util.Locale;
import java.util.regex.Pattern;

/** Strips the site-name suffix (or prefix) that pages append to their titles: "Story | Agency". */
final class HeadlineCleaner {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-\u2013\u2014:\u00b7\u2022\u00bb/]{1,2}\\s+|:\\s+");
    private static final int MAX_SITE_WORDS = 5;

    private HeadlineCleaner() {
    }

    static String clean(String title, String siteName) {
        if (title == null) {
            return null;
        }
        String t = TitleText.plain(title);
        if (t == null) {
            return null;
        }
        String[] parts = SEPARATOR.split(t);
        if (parts.length < 2) {
            return t;
        }
        String last = parts[parts.length - 1];
        String first = parts[0];
        if (siteName != null) {
            if (sameName(last, siteName)) {
                return t.substring(0, t.length() - last.length()).replaceAll("(?:" + SEPARATOR.pattern() + ")$", "").strip();
            }
            if (sameName(first, siteName)) {
                return t.substring(first.length()).replaceFirst("^(?:" + SEPARATOR.pattern() + ")", "").strip();
            }
        }
        // Without a known site name, only a pipe is a reliable marker: hyphens and colons occur in real headlines.
        int pipe = t.lastIndexOf(" | ");
        if (pipe > 0 && words(t.substring(pipe + 3)) <= MAX_SITE_WORDS) {
            return t.substring(0, pipe).strip();
        }
        return t;
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
