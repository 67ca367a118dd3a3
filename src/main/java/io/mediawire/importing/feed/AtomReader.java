package io.mediawire.importing.feed;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndPerson;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Atom 1.0 (RFC 4287) and Atom 0.3 as Rome reads them. Text constructs honour their type: "text" is escaped into
 * HTML, "html" is taken as HTML, "xhtml" (0.3: inline XML) is the serialized XHTML div. Out-of-line content
 * ({@code src}) and non-text media types are skipped. Authors: the entry's, else its source's, else the feed's, as
 * the RFC says. Dates, xml:base, xml:lang and Media RSS come from the entry's own element (see {@link RssReader}).
 * Atom 0.3's issued and modified stand for published and updated.
 */
final class AtomReader {
    private AtomReader() {
    }

    static ParsedFeed read(Document document) throws FeedException {
        Element root = document.getRootElement();
        Namespace atom = root.getNamespace();
        Feed feed = WireFeeds.atom(document);
        // Rome makes one Entry of each of these elements, in this order
        List<Element> entryElements = root.getChildren("entry", atom);
        List<Entry> items = feed.getEntries();
        List<String> feedAuthors = names(feed.getAuthors());

        List<FeedEntry> entries = new ArrayList<>();
        List<FeedProblem> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            FeedEntry entry = entry(items.get(i), entryElements.get(i), i + 1, feedAuthors, problems);
            if (entry != null) entries.add(entry);
        }
        return new ParsedFeed(FeedFormat.ATOM, plainText(feed.getTitleEx()), siteUrl(feed, XmlScope.base(root)), entries, problems);
    }

    private static FeedEntry entry(Entry item, Element source, int position, List<String> feedAuthors, List<FeedProblem> problems) {
        EntryBuilder entry = new EntryBuilder(position, problems);
        Namespace atom = source.getNamespace();
        boolean atom03 = atom.getURI().equals(Namespaces.ATOM03);
        URI base = XmlScope.base(source);
        entry.guid(item.getId());

        item.getAlternateLinks().stream().filter(AtomReader::isHtml).findFirst().ifPresent(l -> entry.link(base, l.getHref()));
        item.getAlternateLinks().forEach(l -> entry.link(base, l.getHref()));

        entry.plainTitle(plainText(item.getTitleEx()));
        if (item.getSummary() != null) entry.summaryHtml(scopeOf(source, "summary").base, html(item.getSummary()));
        Scope content = scopeOf(source, "content");
        for (Content c : item.getContents()) {
            if (c.getSrc() == null) entry.contentHtml(content.base, html(c));
        }

        entry.authors(names(item.getAuthors()));
        if (!entry.hasAuthor() && item.getSource() != null) entry.authors(names(item.getSource().getAuthors()));
        if (!entry.hasAuthor()) entry.authors(feedAuthors);

        entry.published(source.getChildText(atom03 ? "issued" : "published", atom));
        if (atom03) entry.published(source.getChildText("created", atom));
        entry.updated(source.getChildText(atom03 ? "modified" : "updated", atom));

        for (Link link : item.getOtherLinks()) {
            if ("enclosure".equals(link.getRel()) && FeedImages.isImage(link.getType(), null, link.getHref())) entry.image(base, link.getHref());
        }
        FeedImages.offerMedia(source, entry);

        item.getCategories().forEach(c -> entry.category(c.getLabel() != null ? c.getLabel() : c.getTerm()));
        entry.language(content.lang);
        entry.language(XmlScope.lang(source));
        return entry.build();
    }

    private record Scope(URI base, String lang) {
    }

    /** The xml:base and xml:lang of an entry's child construct, which may set its own. */
    private static Scope scopeOf(Element entry, String child) {
        Element construct = entry.getChild(child, entry.getNamespace());
        return construct == null ? new Scope(XmlScope.base(entry), null) : new Scope(XmlScope.base(construct), XmlScope.lang(construct));
    }

    private static boolean isHtml(Link link) {
        String type = link.getType();
        return type != null && (type.startsWith("text/html") || type.startsWith("application/xhtml+xml"));
    }

    private static String siteUrl(Feed feed, URI base) {
        for (Link link : feed.getAlternateLinks()) {
            String resolved = FeedLinks.resolve(base, link.getHref());
            if (resolved != null && FeedLinks.isWeb(resolved)) return resolved;
        }
        return null;
    }

    private static List<String> names(List<SyndPerson> people) {
        return people.stream().map(SyndPerson::getName).filter(n -> n != null && !n.isBlank()).toList();
    }

    /** Atom 1.0 says "text", "html", "xhtml" or a media type; Atom 0.3 always a media type, text/plain by default. */
    private static String type(Content construct) {
        String type = construct.getType();
        return type == null || type.isBlank() ? "text" : type.strip().toLowerCase(Locale.ROOT);
    }

    /** Atom 0.3's mode="xml" (its default): Rome hands over the construct's children serialized as XML. */
    private static boolean isInlineXml(Content construct) {
        return Content.XML.equals(construct.getMode()) || type(construct).equals("xhtml");
    }

    /** A text construct as HTML, or null for types that are not text. */
    private static String html(Content construct) {
        String type = type(construct);
        String value = construct.getValue();
        if (type.equals("xhtml") || type.equals("application/xhtml+xml") || (isInlineXml(construct) && type.equals("text/html"))) {
            return FeedText.htmlFromXhtml(value);
        }
        if (type.equals("html") || type.equals("text/html")) return value;
        if (type.equals("text") || type.startsWith("text/")) {
            return FeedText.htmlFromText(isInlineXml(construct) ? FeedText.textFromXml(value) : value);
        }
        return null;
    }

    private static String plainText(Content construct) {
        if (construct == null) return null;
        return isInlineXml(construct) ? FeedText.plainFromHtml(FeedText.htmlFromXhtml(construct.getValue())) : FeedText.plain(construct.getValue());
    }
}
