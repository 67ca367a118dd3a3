package io.mediawire.importing.wire;

import io.mediawire.importing.extraction.BodySanitizer;
import java.net.URI;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Turns a wire body into the story HTML every import stores: HTML and XHTML go through the same
 * {@link BodySanitizer} as a web page's story; plain text becomes paragraphs; NITF (the XML news format
 * ninjs 3 and NewsML-G2 may carry) gives its {@code body.content}. A body with no words left is no body.
 */
final class WireBodies {
    static final URI NO_ADDRESS = URI.create("https://wire.invalid/");

    private WireBodies() {
    }

    /** The body for a content type ("text/html", "application/nitf+xml", "text/plain"...); null type: sniffed. */
    static String of(String value, String contentType, URI base) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("nitf") || (type.isEmpty() && value.contains("<nitf"))) {
            return nitf(value, base);
        }
        if (type.contains("html") || type.contains("xml") || (type.isEmpty() && looksLikeMarkup(value))) {
            return html(value, base);
        }
        return text(value, base);
    }

    static String html(String html, URI base) {
        String clean = BodySanitizer.sanitize(html, base == null ? NO_ADDRESS : base);
        return Jsoup.parseBodyFragment(clean).text().isBlank() ? null : clean;
    }

    /** Paragraphs at blank lines; a text without blank lines keeps each line as a paragraph. */
    static String text(String text, URI base) {
        String normalized = text.replace("\r\n", "\n").strip();
        String[] paragraphs = normalized.contains("\n\n") ? normalized.split("\n\\s*\n") : normalized.split("\n");
        StringBuilder html = new StringBuilder();
        for (String paragraph : paragraphs) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(org.jsoup.nodes.Entities.escape(paragraph.strip())).append("</p>");
            }
        }
        return html(html.toString(), base);
    }

    /**
     * XHTML taken from an XML document (NewsML's inline XML): read as XML, so {@code <title/>} and other
     * self-closed elements stay empty, then its {@code body} (or the whole fragment) cleaned as HTML.
     */
    static String xhtml(String markup, URI base) {
        Document document = Jsoup.parse(markup, "", Parser.xmlParser());
        Element body = document.selectFirst("body");
        return html(body != null ? body.html() : document.html(), base);
    }

    /** NITF's {@code body.content} (else its {@code body}, else the whole fragment) as HTML. */
    static String nitf(String xml, URI base) {
        Document document = Jsoup.parse(xml, "", Parser.xmlParser()); // jsoup reads no DTD and fetches nothing
        Element content = document.selectFirst("body\\.content");
        if (content == null) {
            content = document.selectFirst("body");
        }
        return html(content != null ? content.html() : document.html(), base);
    }

    private static boolean looksLikeMarkup(String value) {
        String v = value.stripLeading();
        return v.startsWith("<") || v.contains("</p>") || v.contains("<br");
    }
}
