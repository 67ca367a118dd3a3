package io.mediawire.importing.extraction;

import java.util.regex.Pattern;

/** Normalises author names: no "By " prefix, no trailing agency or date noise. */
final class Bylines {

    private static final Pattern BY = Pattern.compile("^(?i)(written\\s+)?by[:\\s]+");
    private static final Pattern TAIL = Pattern.compile("\\s*[|\u2022,]\\s*(updated|published|posted).*$", Pattern.CASE_INSENSITIVE);

    private Bylines() {
    }

    static String clean(String author) {
        if (author == null) {
            return null;
        }
        String a = JsonLdReader.clean(author).replaceAll("\\s+", " ");
        a = BY.matcher(a).replaceFirst("");
        a = TAIL.matcher(a).replaceFirst("").strip();
        return a.isEmpty() || a.length() > 120 ? null : a;
    }
}
