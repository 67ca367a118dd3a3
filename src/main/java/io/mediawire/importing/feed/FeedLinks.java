package io.mediawire.importing.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Lenient URL handling for links found in feeds: raw spaces and non-ASCII are encoded, relative links resolved. */
final class FeedLinks {
    /** Printable ASCII that java.net.URI refuses raw but that feeds contain anyway. */
    private static final String ENCODE_RAW = " \"<>\\^`{|}";

    private FeedLinks() {
    }

    /** @return the reference as a URI (absolute or relative), or null when it cannot be made into one */
    static URI toUri(String reference) {
        if (reference == null) return null;
        String s = reference.strip();
        if (s.isEmpty()) return null;
        try {
            return new URI(s);
        } catch (URISyntaxException e) {
            try {
                return new URI(encodeRaw(s));
            } catch (URISyntaxException again) {
                return null;
            }
        }
    }

    /**
     * @return the reference resolved against the base, as an absolute URL string; null when the reference is blank or
     * unparseable, or relative with no usable base
     */
    static String resolve(URI base, String reference) {
        URI uri = toUri(reference);
        if (uri == null) return null;
        if (uri.isAbsolute()) return uri.toString();
        if (base == null || !base.isAbsolute() || base.isOpaque()) return null;
        return withPath(base).resolve(uri).toString();
    }

    static URI resolveUri(URI base, String reference) {
        String resolved = resolve(base, reference);
        return resolved == null ? null : URI.create(resolved);
    }

    /** Whether an absolute URL is http or https with a host: the only links a story may come from. */
    static boolean isWeb(String absolute) {
        URI uri = toUri(absolute);
        if (uri == null || uri.getScheme() == null || uri.getHost() == null) return false;
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https");
    }

    /** java.net.URI resolves "x" against "http://host" to "http://hostx"; give such a base its "/" first. */
    private static URI withPath(URI base) {
        if (base.getRawAuthority() != null && (base.getRawPath() == null || base.getRawPath().isEmpty())) {
            return URI.create(base.getScheme() + "://" + base.getRawAuthority() + "/");
        }
        return base;
    }

    private static String encodeRaw(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int codePoint = s.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint < 0x80 && codePoint > 0x20 && ENCODE_RAW.indexOf(codePoint) < 0) {
                b.append((char) codePoint);
            } else {
                for (byte x : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
                    b.append('%').append(String.format("%02X", x & 0xFF));
                }
            }
        }
        return b.toString();
    }
}
