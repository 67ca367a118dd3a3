package io.mediawire.importing.extraction;

import java.net.URI;
import org.jsoup.internal.StringUtil;

/** Resolves page-relative URLs (which schemes a body may link to is in {@code body-policy.txt}). */
final class Urls {

    private Urls() {
    }

    /** The absolute form of {@code url} against {@code base}, or null when it cannot be resolved. */
    static String resolve(URI base, String url) {
        if (url == null) {
            return null;
        }
        // Control characters and spaces inside a scheme are the classic filter bypass ("java\tscript:").
        String u = url.strip().replaceAll("[\\x00-\\x1f\\x7f]", "");
        if (u.isEmpty()) {
            return null;
        }
        try {
            String resolved = StringUtil.resolve(base.toString(), u);
            return resolved.isEmpty() ? null : resolved;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
