package io.mediawire.importing.feed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Picks an item's image from RSS enclosures, Atom enclosure links and Media RSS ({@code media:content}, {@code media:thumbnail}). */
final class FeedImages {
    private static final Pattern IMAGE_EXTENSION = Pattern.compile("(?i)\\.(jpe?g|png|gif|webp|avif)(\\?.*)?$");

    private FeedImages() {
    }

    /** Offers, in order: an image enclosure, the widest image media:content, the widest media:thumbnail. */
    static void offer(XmlElement item, EntryBuilder entry) {
        for (XmlElement enclosure : item.elements(Namespaces.NONE, "enclosure")) {
            if (isImage(enclosure.attr("type"), null, enclosure.attr("url"))) entry.image(enclosure.base(), enclosure.attr("url"));
        }
        for (XmlElement link : item.elements(Namespaces.ATOM, "link")) {
            if ("enclosure".equals(link.attr("rel")) && isImage(link.attr("type"), null, link.attr("href"))) entry.image(link.base(), link.attr("href"));
        }
        List<XmlElement> contents = new ArrayList<>();
        List<XmlElement> thumbnails = new ArrayList<>();
        collectMedia(item, contents, thumbnails);
        for (XmlElement group : item.elements(Namespaces.MEDIA, "group")) collectMedia(group, contents, thumbnails);
        widestFirst(contents).stream()
                .filter(c -> isImage(c.attr("type"), c.attr("medium"), c.attr("url")))
                .findFirst().ifPresent(c -> entry.image(c.base(), c.attr("url")));
        widestFirst(thumbnails).stream().findFirst().ifPresent(t -> entry.image(t.base(), t.attr("url")));
    }

    private static void collectMedia(XmlElement parent, List<XmlElement> contents, List<XmlElement> thumbnails) {
        for (XmlElement content : parent.elements(Namespaces.MEDIA, "content")) {
            contents.add(content);
            thumbnails.addAll(content.elements(Namespaces.MEDIA, "thumbnail"));
        }
        thumbnails.addAll(parent.elements(Namespaces.MEDIA, "thumbnail"));
    }

    /** Stable: elements without a width keep their order after those with one. */
    private static List<XmlElement> widestFirst(List<XmlElement> elements) {
        return elements.stream().sorted(Comparator.comparingInt(FeedImages::width).reversed()).toList();
    }

    private static int width(XmlElement element) {
        try {
            return Integer.parseInt(element.attr("width") == null ? "" : element.attr("width").strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static boolean isImage(String mimeType, String medium, String url) {
        if (url == null || url.isBlank()) return false;
        if (medium != null && !medium.isBlank()) return medium.strip().equalsIgnoreCase("image");
        if (mimeType != null && !mimeType.isBlank()) return mimeType.strip().toLowerCase(Locale.ROOT).startsWith("image/");
        return IMAGE_EXTENSION.matcher(url.strip()).find();
    }
}
