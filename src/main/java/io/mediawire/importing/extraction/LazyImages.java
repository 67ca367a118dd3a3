package io.mediawire.importing.extraction;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Gives lazy-loaded images their real source, as a browser running the page's script would:
 * data-src style attributes, srcset, picture sources and {@code <noscript>} fallbacks.
 */
final class LazyImages {

    private static final String[] LAZY_ATTRIBUTES = {
        "data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "data-hi-res-src",
        "data-full-src", "data-img-src", "data-image", "data-lazyload"};
    private static final String[] SRCSET_ATTRIBUTES = {"data-srcset", "data-lazy-srcset", "srcset"};
    private static final Pattern PLACEHOLDER = Pattern.compile(
        "(?i)(blank|spacer|pixel|placeholder|transparent|lazy[-_]?load|loading|grey|gray|empty)[^/]*\\.(gif|png|svg|jpg)|^about:blank");

    private LazyImages() {
    }

    static void resolve(Element root) {
        for (Element noscript : root.select("noscript")) {
            replaceWithFallback(noscript);
        }
        for (Element img : root.select("img")) {
            if (isPlaceholder(img.attr("src"))) {
                String real = realSource(img);
                if (real != null) {
                    img.attr("src", real);
                } else {
                    img.removeAttr("src");
                }
            }
        }
    }

    static boolean isPlaceholder(String src) {
        String s = src == null ? "" : src.strip();
        return s.isEmpty() || s.toLowerCase(Locale.ROOT).startsWith("data:") || PLACEHOLDER.matcher(s).find();
    }

    private static String realSource(Element img) {
        for (String attr : LAZY_ATTRIBUTES) {
            String v = img.attr(attr).strip();
            if (!v.isEmpty() && !isPlaceholder(v)) {
                return v;
            }
        }
        for (String attr : SRCSET_ATTRIBUTES) {
            String best = largestOfSrcset(img.attr(attr));
            if (best != null) {
                return best;
            }
        }
        Element picture = img.parent();
        if (picture != null && picture.normalName().equals("picture")) {
            for (Element source : picture.select("source")) {
                for (String attr : SRCSET_ATTRIBUTES) {
                    String best = largestOfSrcset(source.attr(attr));
                    if (best != null) {
                        return best;
                    }
                }
            }
        }
        return null;
    }

    /** The candidate with the largest width (or density) descriptor; the last one when none has a descriptor. */
    static String largestOfSrcset(String srcset) {
        if (srcset == null || srcset.isBlank()) {
            return null;
        }
        String best = null;
        double bestSize = -1;
        // Split on commas followed by space, so commas inside CDN URLs ("w_300,h_200") survive.
        for (String candidate : srcset.strip().split(",\\s+")) {
            String[] parts = candidate.strip().split("\\s+");
            if (parts.length == 0 || parts[0].isEmpty() || isPlaceholder(parts[0])) {
                continue;
            }
            double size = 0;
            if (parts.length > 1) {
                String d = parts[1].toLowerCase(Locale.ROOT);
                try {
                    size = Double.parseDouble(d.substring(0, d.length() - 1)) * (d.endsWith("x") ? 1000 : 1);
                } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                    size = 0;
                }
            }
            if (size >= bestSize) {
                bestSize = size;
                best = parts[0];
            }
        }
        return best;
    }

    /** A noscript image replaces the lazy image next to it, or stands in for the noscript element. */
    private static void replaceWithFallback(Element noscript) {
        Elements images = noscript.select("img");
        if (images.isEmpty() && !noscript.textNodes().isEmpty()) {
            // Parsed as raw text (noscript in head, or scripting-on parse): read its markup.
            StringBuilder raw = new StringBuilder();
            for (TextNode t : noscript.textNodes()) {
                raw.append(t.getWholeText());
            }
            if (raw.indexOf("<img") >= 0) {
                images = Jsoup.parseBodyFragment(raw.toString()).select("img");
            }
        }
        Element fallback = null;
        for (Element img : images) {
            if (!isPlaceholder(img.attr("src"))) {
                fallback = img;
                break;
            }
        }
        if (fallback == null) {
            noscript.remove();
            return;
        }
        Element lazy = lazySibling(noscript);
        if (lazy != null) {
            lazy.attr("src", fallback.attr("src"));
            if (!lazy.hasAttr("alt") && fallback.hasAttr("alt")) {
                lazy.attr("alt", fallback.attr("alt"));
            }
            noscript.remove();
        } else {
            noscript.replaceWith(fallback.clone());
        }
    }

    private static Element lazySibling(Element noscript) {
        Element parent = noscript.parent();
        if (parent == null) {
            return null;
        }
        for (Element img : parent.select("img")) {
            if (img.closest("noscript") == null && isPlaceholder(img.attr("src")) && realSource(img) == null) {
                return img;
            }
        }
        return null;
    }
}
