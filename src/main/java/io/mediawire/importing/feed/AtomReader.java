package io.mediawire.importing.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Atom 1.0 (RFC 4287). Text constructs honour their type: "text" is escaped into HTML, "html" is taken as HTML,
 * "xhtml" is the inline XHTML div serialized. Out-of-line content ({@code src}) and non-text media types are skipped.
 * Authors: the entry's, else its source's, else the feed's, as the RFC says.
 */
final class AtomReader {
    private AtomReader() {
    }

    static ParsedFeed read(XmlElement feed) {
        String title = plainText(feed.element(Namespaces.ATOM, "title"));
        String siteUrl = alternateLink(feed);
        List<String> feedAuthors = authorNames(feed);

        List<FeedEntry> entries = new ArrayList<>();
        List<FeedProblem> problems = new ArrayList<>();
        List<XmlElement> items = feed.elements(Namespaces.ATOM, "entry");
        for (int i = 0; i < items.size(); i++) {
            FeedEntry entry = entry(items.get(i), i + 1, feedAuthors, problems);
            if (entry != null) entries.add(entry);
        }
        return new ParsedFeed(FeedFormat.ATOM, title, siteUrl, entries, problems);
    }

    private static FeedEntry entry(XmlElement item, int position, List<String> feedAuthors, List<FeedProblem> problems) {
        EntryBuilder entry = new EntryBuilder(position, problems);
        entry.guid(item.childText(Namespaces.ATOM, "id"));

        List<XmlElement> alternates = item.elements(Namespaces.ATOM, "link").stream().filter(AtomReader::isAlternate).toList();
        alternates.stream().filter(AtomReader::isHtml).findFirst().ifPresent(l -> entry.link(l.base(), l.attr("href")));
        alternates.forEach(l -> entry.link(l.base(), l.attr("href")));

        entry.plainTitle(plainText(item.element(Namespaces.ATOM, "title")));
        XmlElement summary = item.element(Namespaces.ATOM, "summary");
        if (summary != null) entry.summaryHtml(summary.base(), html(summary));
        XmlElement content = item.element(Namespaces.ATOM, "content");
        if (content != null && content.attr("src") == null) entry.contentHtml(content.base(), html(content));

        entry.authors(authorNames(item));
        XmlElement source = item.element(Namespaces.ATOM, "source");
        if (!entry.hasAuthor() && source != null) entry.authors(authorNames(source));
        if (!entry.hasAuthor()) entry.authors(feedAuthors);

        entry.published(item.childText(Namespaces.ATOM, "published"));
        entry.updated(item.childText(Namespaces.ATOM, "updated"));

        FeedImages.offer(item, entry);

        if (content != null) entry.language(content.lang());
        entry.language(item.lang());
        return entry.build();
    }

    private static boolean isAlternate(XmlElement link) {
        String rel = link.attr("rel");
        return link.attr("href") != null && (rel == null || rel.isBlank() || rel.strip().equals("alternate"));
    }

    private static boolean isHtml(XmlElement link) {
        String type = link.attr("type");
        return type != null && (type.startsWith("text/html") || type.startsWith("application/xhtml+xml"));
    }

    private static String alternateLink(XmlElement feed) {
        for (XmlElement link : feed.elements(Namespaces.ATOM, "link")) {
            if (!isAlternate(link)) continue;
            String resolved = FeedLinks.resolve(link.base(), link.attr("href"));
            if (resolved != null && FeedLinks.isWeb(resolved)) return resolved;
        }
        return null;
    }

    private static List<String> authorNames(XmlElement parent) {
        return parent.elements(Namespaces.ATOM, "author").stream()
                .map(a -> a.childText(Namespaces.ATOM, "name"))
                .filter(n -> n != null && !n.isBlank())
                .toList();
    }

    private static String type(XmlElement construct) {
        String type = construct.attr("type");
        return type == null || type.isBlank() ? "text" : type.strip().toLowerCase(Locale.ROOT);
    }

    /** A text construct as HTML, or null for types that are not text. */
    private static String html(XmlElement construct) {
        String type = type(construct);
        return switch (type) {
            case "html", "text/html" -> construct.text();
            case "xhtml", "application/xhtml+xml" -> xhtml(construct);
            default -> type.equals("text") || type.startsWith("text/") ? FeedText.htmlFromText(construct.text()) : null;
        };
    }

    private static String plainText(XmlElement construct) {
        if (construct == null) return null;
        return type(construct).equals("xhtml") ? FeedText.plainFromHtml(xhtml(construct)) : FeedText.plain(construct.text());
    }

    /** The content of the XHTML div the RFC requires as the construct's only child; tolerates its absence. */
    private static String xhtml(XmlElement construct) {
        XmlElement div = construct.element(Namespaces.XHTML, "div");
        return (div != null ? div : construct).innerXml().strip();
    }
}
