package io.mediawire.importing.feed;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Enclosure;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * RSS 0.9x/2.0 ({@code <rss><channel><item>}) and RDF (RSS 1.0 and 0.90: {@code <rdf:RDF><channel/><item>}, items
 * beside the channel) as Rome reads them: title, link, guid, description, content:encoded, Dublin Core, author and
 * enclosures. Read from each item's own element, because Rome's model drops or weakens them: dates (see
 * {@link FeedDates}), xml:base and xml:lang, atom:link, atom:updated, dcterms:modified and Media RSS.
 */
final class RssReader {
    private RssReader() {
    }

    static ParsedFeed read(Document document, FeedFormat format) throws FeedException {
        Element root = document.getRootElement();
        boolean rdf = format == FeedFormat.RDF;
        Element channelElement = rdf ? rdfChannel(root) : root.getChild("channel");
        if (channelElement == null) throw new FeedException("RSS feed without <channel>");
        Channel channel = WireFeeds.rss(document, channelElement, rdf);
        // Rome makes one Item of each of these elements, in this order
        List<Element> itemElements = (rdf ? root : channelElement).getChildren("item", channelElement.getNamespace());
        List<Item> items = channel.getItems();

        String link = FeedLinks.resolve(XmlScope.base(channelElement), channel.getLink());
        String siteUrl = link != null && FeedLinks.isWeb(link) ? link : null;
        DCModule dc = (DCModule) channel.getModule(DCModule.URI);
        String feedLanguage = firstLanguage(channel.getLanguage(), dc == null ? null : dc.getLanguage(), XmlScope.lang(channelElement));

        List<FeedEntry> entries = new ArrayList<>();
        List<FeedProblem> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            FeedEntry entry = entry(items.get(i), itemElements.get(i), i + 1, feedLanguage, problems);
            if (entry != null) entries.add(entry);
        }
        return new ParsedFeed(format, FeedText.plain(channel.getTitle()), siteUrl, entries, problems);
    }

    private static Element rdfChannel(Element root) {
        Element channel = root.getChild("channel", Namespace.getNamespace(Namespaces.RSS1));
        return channel != null ? channel : root.getChild("channel", Namespace.getNamespace(Namespaces.RSS090));
    }

    private static FeedEntry entry(Item item, Element source, int position, String feedLanguage, List<FeedProblem> problems) {
        EntryBuilder entry = new EntryBuilder(position, problems);
        URI base = XmlScope.base(source);
        DCModule dc = (DCModule) item.getModule(DCModule.URI);

        Guid guid = item.getGuid();
        if (guid != null) entry.guid(guid.getValue());
        entry.guid(source.getAttributeValue("about", Namespaces.RDF_NS));

        entry.link(base, item.getLink());
        for (Element atomLink : source.getChildren("link", Namespaces.ATOM_NS)) {
            String rel = atomLink.getAttributeValue("rel");
            if (rel == null || rel.equals("alternate")) entry.link(XmlScope.base(atomLink), atomLink.getAttributeValue("href"));
        }
        // RSS 2.0: a guid is the item's permalink unless it says isPermaLink="false"
        if (!entry.hasLink() && guid != null && guid.isPermaLink()) {
            String permalink = FeedLinks.resolve(base, guid.getValue());
            if (permalink != null && FeedLinks.isWeb(permalink)) entry.link(base, permalink);
        }

        entry.title(item.getTitle());
        if (dc != null) entry.title(dc.getTitle());
        if (item.getDescription() != null) entry.summaryHtml(base, item.getDescription().getValue());
        if (item.getContent() != null) entry.contentHtml(base, item.getContent().getValue());

        if (dc != null) entry.authors(dc.getCreators());
        entry.author(item.getAuthor());

        entry.published(source.getChildText("pubDate"));
        entry.published(source.getChildText("date", Namespaces.DC));
        entry.updated(source.getChildText("updated", Namespaces.ATOM_NS));
        entry.updated(source.getChildText("modified", Namespaces.DCTERMS));

        for (Enclosure enclosure : item.getEnclosures()) {
            if (FeedImages.isImage(enclosure.getType(), null, enclosure.getUrl())) entry.image(base, enclosure.getUrl());
        }
        FeedImages.offerMedia(source, entry);

        item.getCategories().forEach(c -> entry.category(c.getValue()));
        if (dc != null) dc.getSubjects().forEach(s -> entry.category(s.getValue()));
        if (dc != null) entry.language(dc.getLanguage());
        entry.language(XmlScope.lang(source));
        entry.language(feedLanguage);
        return entry.build();
    }

    private static String firstLanguage(String... candidates) {
        for (String candidate : candidates) {
            String language = FeedText.language(candidate);
            if (language != null) return language;
        }
        return null;
    }
}
