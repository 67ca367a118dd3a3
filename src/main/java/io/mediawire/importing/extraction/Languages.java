package io.mediawire.importing.extraction;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns lang attributes and og:locale values ("en_US", "EN-us", "pt-br") into BCP 47 style tags. */
final class Languages {

    private static final Pattern TAG = Pattern.compile("^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z]{4}|[a-zA-Z]{2}|\\d{3})(?![a-zA-Z]))?");

    private Languages() {
    }

    static String normalize(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = TAG.matcher(value.strip().split("[,;\\s]")[0]);
        if (!m.find()) {
            return null;
        }
        String lang = m.group(1).toLowerCase(Locale.ROOT);
        String sub = m.group(2);
        if (sub == null) {
            return lang;
        }
        if (sub.length() == 4) {
            return lang + "-" + Character.toUpperCase(sub.charAt(0)) + sub.substring(1).toLowerCase(Locale.ROOT);
        }
        return lang + "-" + sub.toUpperCase(Locale.ROOT);
    }
}
