package io.mediawire.images;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The file name an asset gets: the last segment of the address it came from, reduced to lower-case
 * letters, digits and hyphens, with the extension of the format its bytes really are
 * ({@code .../Ferry%20Photo.JPG?w=1} served as PNG gives {@code ferry-photo.png}).
 */
final class FileNames {
    private static final int MAX_BASE = 60;

    private FileNames() {
    }

    static String of(String url, ImageFormat format) {
        return base(url) + "." + format.extension();
    }

    private static String base(String url) {
        String path;
        try {
            path = URI.create(url).getRawPath();
        } catch (IllegalArgumentException e) {
            path = null;
        }
        if (path == null) {
            return "image";
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        if (dot > 0) {
            last = last.substring(0, dot);
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(last.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = last;
        }
        String ascii = Normalizer.normalize(decoded, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_BASE) {
            slug = slug.substring(0, MAX_BASE).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "image" : slug;
    }
}
