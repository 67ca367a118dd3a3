package io.mediawire.importing.feed;

import org.jdom2.Element;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Picks an item's image from Media RSS ({@code media:content}, {@code media:thumbnail}), read from the item's element:
 * Rome's media module (rome-modules) would turn each URL into a java.net.URI, losing those with raw spaces and the
 * xml:base of relative ones. Enclosures come from Rome; {@link #isImage} judges both.
 */
final class FeedImages {
    private static final Pattern IMAGE_EXTENSION = Pattern.compile("(?i)\\.(jpe?g|png|gif|webp|avif)(\\?.*)?$");

    private FeedImages() {
    }

    /** Offers the widest image media:content, then the widest media:thumbnail, of an item or its media:group. */
    static void offerMedia(Element item, EntryBuilder entry) {
        List<Element> contents = new ArrayList<>();
        List<Element> thumbnails = new ArrayList<>();
        collectMedia(item, contents, thumbnails);
        for (Element group : item.getChildren("group", Namespaces.MEDIA)) collectMedia(group, contents, thumbnails);
        widestFirst(contents).stream()
                .filter(c -> isImage(c.getAttributeValue("type"), c.getAttributeValue("medium"), c.getAttributeValue("url")))
                .findFirst().ifPresent(c -> entry.image(XmlScope.base(c), c.getAttributeValue("url")));
        widestFirst(thumbnails).stream().findFirst().ifPresent(t -> entry.image(XmlScope.base(t), t.getAttributeValue("url")));
    }

    private static void collectMedia(Element parent, List<Element> contents, List<Element> thumbnails) {
        for (Element content : parent.getChildren("content", Namespaces.MEDIA)) {
            contents.add(content);
            thumbnails.addAll(content.getChildren("thumbnail", Namespaces.MEDIA));
        }
        thumbnails.addAll(parent.getChildren("thumbnail", Namespaces.MEDIA));
    }

    /** Stable: elements without a width keep their order after those with one. */
    private static List<Element> widestFirst(List<Element> elements) {
        return elements.stream().sorted(Comparator.comparingInt(FeedImages::width).reversed()).toList();
    }

    private static int width(Element element) {
        try {
            return Integer.parseInt(element.getAttributeValue("width", "").strip());
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
