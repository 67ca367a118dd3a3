package io.mediawire.importing.extraction;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.jsoup.internal.StringUtil;

/** Resolves page-relative URLs and tells safe link schemes from script-carrying ones. */
final class Urls {

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");

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

    static boolean isSafeLink(String absolute) {
        return hasScheme(absolute, LINK_SCHEMES);
    }

    static boolean isSafeImage(String absolute) {
        return hasScheme(absolute, IMAGE_SCHEMES);
    }

    private static boolean hasScheme(String absolute, Set<String> schemes) {
        if (absolute == null) {
            return false;
        }
        int colon = absolute.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        String scheme = absolute.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!schemes.contains(scheme)) {
            return false;
        }
        if (scheme.equals("mailto")) {
            return true;
        }
        try {
            return new URI(absolute.replace(" ", "%20")).getHost() != null;
        } catch (URISyntaxException e) {
            return absolute.startsWith(scheme + "://");
        }
    }
}
