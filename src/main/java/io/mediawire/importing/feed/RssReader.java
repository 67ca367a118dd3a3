package io.mediawire.importing.feed;

import java.util.ArrayList;
import java.util.List;

/**
 * RSS 0.9x/2.0 ({@code <rss><channel><item>}) and RSS 1.0 ({@code <rdf:RDF><channel/><item rdf:about>}, items beside
 * the channel, core elements in the RSS 1.0 namespace). Modules read: content:encoded, Dublin Core (creator, date,
 * language, dcterms:modified), Media RSS, atom:link and atom:updated.
 */
final class RssReader {
    private RssReader() {
    }

    static ParsedFeed read(XmlElement root, FeedFormat format) throws FeedException {
        String core = format == FeedFormat.RDF ? Namespaces.RSS1 : Namespaces.NONE;
        XmlElement channel = root.element(core, "channel");
        List<XmlElement> items;
        if (format == FeedFormat.RDF) {
            items = root.elements(core, "item");
            if (items.isEmpty() && channel != null) items = channel.elements(core, "item");
        } else {
            if (channel == null) throw new FeedException("RSS feed without <channel>");
            items = channel.elements(core, "item");
        }

        String title = null;
        String siteUrl = null;
        String feedLanguage = root.lang();
        if (channel != null) {
            title = FeedText.plain(channel.childText(core, "title"));
            String link = FeedLinks.resolve(channel.base(), channel.childText(core, "link"));
            siteUrl = link != null && FeedLinks.isWeb(link) ? link : null;
            feedLanguage = firstNonNull(channel.childText(Namespaces.NONE, "language"),
                    channel.childText(Namespaces.DC, "language"), channel.lang());
        }

        List<FeedEntry> entries = new ArrayList<>();
        List<FeedProblem> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            FeedEntry entry = entry(items.get(i), i + 1, core, feedLanguage, problems);
            if (entry != null) entries.add(entry);
        }
        return new ParsedFeed(format, title, siteUrl, entries, problems);
    }

    private static FeedEntry entry(XmlElement item, int position, String core, String feedLanguage, List<FeedProblem> problems) {
        EntryBuilder entry = new EntryBuilder(position, problems);

        XmlElement guid = item.element(Namespaces.NONE, "guid");
        if (guid != null) entry.guid(guid.text());
        entry.guid(item.attr(Namespaces.RDF, "about"));

        XmlElement link = item.element(core, "link");
        if (link != null) entry.link(link.base(), link.text());
        for (XmlElement atomLink : item.elements(Namespaces.ATOM, "link")) {
            String rel = atomLink.attr("rel");
            if (rel == null || rel.equals("alternate")) entry.link(atomLink.base(), atomLink.attr("href"));
        }
        // RSS 2.0: a guid is the item's permalink unless it says isPermaLink="false"
        if (!entry.hasLink() && guid != null && !"false".equalsIgnoreCase(String.valueOf(guid.attr("isPermaLink")).strip())) {
            String permalink = FeedLinks.resolve(guid.base(), guid.text());
            if (permalink != null && FeedLinks.isWeb(permalink)) entry.link(guid.base(), permalink);
        }

        entry.title(item.childText(core, "title"));
        entry.title(item.childText(Namespaces.DC, "title"));
        XmlElement description = item.element(core, "description");
        if (description != null) entry.summaryHtml(description.base(), description.text());
        XmlElement encoded = item.element(Namespaces.CONTENT, "encoded");
        if (encoded != null) entry.contentHtml(encoded.base(), encoded.text());

        entry.authors(item.elements(Namespaces.DC, "creator").stream().map(XmlElement::text).toList());
        entry.author(item.childText(Namespaces.NONE, "author"));

        entry.published(item.childText(Namespaces.NONE, "pubDate"));
        entry.published(item.childText(Namespaces.DC, "date"));
        entry.updated(item.childText(Namespaces.ATOM, "updated"));
        entry.updated(item.childText(Namespaces.DCTERMS, "modified"));

        FeedImages.offer(item, entry);

        entry.language(item.childText(Namespaces.DC, "language"));
        entry.language(item.lang());
        entry.language(feedLanguage);
        return entry.build();
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) return value;
        }
        return null;
    }
}
