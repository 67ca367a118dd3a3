package io.mediawire.importing.extraction;

import java.util.regex.Pattern;

/** Normalises author names: no "By " prefix, no trailing agency or date noise. */
final class Bylines {

    /** "By", and its equivalents in languages whose bylines use a word before the name (Por, Von, Par, Door, Av). */
    private static final Pattern BY = Pattern.compile("^((?i)((written|posted|reported|words|story|text)\\s+)?by[:\\s]+|(?i:por|von|par|door|av|di)\\s+(?=\\p{Lu}))");
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
