package io.mediawire.syndication;

import io.mediawire.story.AgencyCopy;
import io.mediawire.story.Story;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * RSS 2.0 of published stories. Each item names its agency twice: RSS's own
 * {@code <source url="...">Name</source>} and a "Source:" link under the teaser, the same
 * attribution the article page carries. The XML writer escapes every text; characters XML 1.0
 * cannot carry at all are dropped first.
 */
public final class FeedWriter {
    public static final int ITEMS = 20;
    public static final String CONTENT_TYPE = "application/rss+xml;charset=utf-8";
    /** RFC 822 (with a four-digit year, as RFC 1123 and every reader expect). */
    static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);");

    private final String title;
    private final String description;

    public FeedWriter(String title, String description) {
        this.title = title;
        this.description = description;
    }

    /**
     * @param stories newest first
     * @param site    scheme, host and port of this site, e.g. {@code https://news.example}
     */
    public byte[] write(List<Story> stories, URI site) {
        return write(stories, site, FeedWriter::importedSourceName);
    }

    /**
     * @param sourceNames what each story's source is called (its source's display name, where one claims it)
     */
    public byte[] write(List<Story> stories, URI site, Function<Story, String> sourceNames) {
        String base = site.toString().replaceAll("/+$", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeNamespace("atom", ATOM);
            xml.writeStartElement("channel");
            element(xml, "title", title);
            element(xml, "link", base + "/media-wire/");
            element(xml, "description", description);
            element(xml, "language", "en");
            element(xml, "generator", "Media Wire");
            xml.writeEmptyElement("atom", "link", ATOM);
            xml.writeAttribute("href", base + "/media-wire/feed.xml");
            xml.writeAttribute("rel", "self");
            xml.writeAttribute("type", "application/rss+xml");
            // The newest publish time, not "now": the same stories give the same bytes and ETag.
            Instant newest = stories.isEmpty() ? Instant.EPOCH : published(stories.get(0));
            element(xml, "lastBuildDate", RFC_822.format(newest));
            for (Story story : stories) {
                item(xml, story, base, sourceNames.apply(story));
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the feed", e);
        }
        return out.toByteArray();
    }

    /** The name the story was imported with, else its host. */
    static String importedSourceName(Story story) {
        AgencyCopy original = story.original();
        return original.sourceName() != null && !original.sourceName().isBlank()
                ? original.sourceName() : hostOf(original.url());
    }

    private static void item(XMLStreamWriter xml, Story story, String base, String source) throws XMLStreamException {
        String link = base + "/media-wire" + story.path();
        AgencyCopy original = story.original();
        xml.writeStartElement("item");
        element(xml, "title", titleText(story.headline()));
        element(xml, "link", link);
        xml.writeStartElement("guid");
        xml.writeAttribute("isPermaLink", "true");
        xml.writeCharacters(clean(link));
        xml.writeEndElement();
        element(xml, "pubDate", RFC_822.format(published(story)));
        String teaser = story.teaser() == null ? "" : story.teaser();
        element(xml, "description", "<p>" + html(teaser) + "</p><p>Source: <a href=\"" + html(original.url())
                + "\">" + html(source) + "</a></p>");
        for (String tag : story.tags()) {
            element(xml, "category", tag);
        }
        xml.writeStartElement("source");
        xml.writeAttribute("url", clean(original.url()));
        xml.writeCharacters(clean(source));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static Instant published(Story story) {
        return story.published() != null ? story.published() : story.created();
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host != null ? host : url;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(clean(text == null ? "" : text));
        xml.writeEndElement();
    }

    /**
     * A headline, which is plain text, for RSS's {@code <title>}, which most readers take as HTML: {@code <} and
     * {@code >} as references, and {@code &} where it would start one, so no title ever reads as markup (an edited
     * headline may still hold "<img src=x onerror=...>" as text); "AT&T" and "Q&A" stay as typed. The XML writer
     * then escapes the result once more.
     */
    static String titleText(String headline) {
        if (headline == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(headline.length() + 16);
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c == '&' && CHARACTER_REFERENCE.matcher(headline).region(i, headline.length()).lookingAt()) {
                out.append("&amp;");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Escapes text for the HTML that RSS carries (escaped once more by the XML writer). */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Drops characters XML 1.0 cannot carry (most control characters, lone surrogates, U+FFFE/F). */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (ok) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
