package io.mediawire.importing.feed;

import io.mediawire.importing.extraction.TitleText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

import java.net.URI;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turning feed strings into what {@link FeedEntry} promises: plain titles, HTML with absolute links, tidy language tags. */
final class FeedText {
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

    private FeedText() {
    }

    /** Plain text of a title-like string ({@link TitleText#plain}): decoded once, no tags, whitespace collapsed. */
    static String plain(String s) {
        return TitleText.plain(s);
    }

    /** Plain text of an HTML fragment (for content that is known to be HTML, such as Atom type="xhtml"). */
    static String plainFromHtml(String html) {
        if (html == null) return null;
        return plain(Jsoup.parseBodyFragment(html).body().text());
    }

    /**
     * HTML from the XML that Rome makes of an inline XHTML construct: the content of the {@code div} the RFC wraps it
     * in (kept whole when there is no such wrapper), with empty elements written out ({@code <p/>} would open a
     * paragraph in HTML, not close one).
     */
    static String htmlFromXhtml(String xml) {
        if (xml == null) return null;
        Document parsed = Jsoup.parse(xml, "", Parser.xmlParser());
        List<Element> roots = parsed.children();
        boolean wrapped = roots.size() == 1 && roots.get(0).normalName().equals("div") && parsed.textNodes().stream().allMatch(TextNode::isBlank);
        Document html = Document.createShell("");
        html.outputSettings().prettyPrint(false);
        copyAsHtml(wrapped ? roots.get(0) : parsed, html.body());
        return html.body().html().strip();
    }

    /** Into HTML elements: jsoup prints an XML {@code <br/>} as {@code <br></br>}, which HTML reads as two breaks. */
    private static void copyAsHtml(Element from, Element to) {
        for (Node node : from.childNodes()) {
            if (node instanceof Element element) {
                Element copy = to.appendElement(element.tagName());
                element.attributes().forEach(a -> copy.attr(a.getKey(), a.getValue()));
                copyAsHtml(element, copy);
            } else if (node instanceof TextNode text) {
                to.appendText(text.getWholeText());
            }
        }
    }

    /** The text of serialized XML (Atom 0.3 mode="xml" plain text): markup dropped, references decoded. */
    static String textFromXml(String xml) {
        if (xml == null) return null;
        return Jsoup.parse(xml, "", Parser.xmlParser()).wholeText();
    }

    /**
     * The fragment with relative {@code href} and {@code src} made absolute against the base, because the base
     * (an xml:base, the feed URL) is lost once the HTML leaves the feed. Untouched when nothing is relative.
     */
    static String absoluteHtml(String html, URI base) {
        if (html == null) return null;
        String trimmed = html.strip();
        if (trimmed.isEmpty()) return null;
        if (base == null || (!trimmed.contains("href") && !trimmed.contains("src"))) return trimmed;
        Document document = Jsoup.parseBodyFragment(trimmed, base.toString());
        boolean changed = false;
        for (Element element : document.body().select("[href], [src]")) {
            for (String attribute : new String[]{"href", "src"}) {
                if (!element.hasAttr(attribute)) continue;
                String value = element.attr(attribute).strip();
                URI uri = value.startsWith("#") ? null : FeedLinks.toUri(value);
                if (uri == null || uri.isAbsolute()) continue;
                String absolute = FeedLinks.resolve(base, value);
                if (absolute != null) {
                    element.attr(attribute, absolute);
                    changed = true;
                }
            }
        }
        if (!changed) return trimmed;
        document.outputSettings().prettyPrint(false);
        return document.body().html();
    }

    /** Plain text as HTML: escaped, blank lines separate paragraphs, single newlines become line breaks. */
    static String htmlFromText(String text) {
        if (text == null || text.isBlank()) return null;
        StringBuilder html = new StringBuilder();
        for (String paragraph : BLANK_LINES.split(text.strip().replace("\r\n", "\n"))) {
            html.append("<p>").append(escape(paragraph.strip()).replace("\n", "<br>")).append("</p>");
        }
        return html.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A BCP 47 tag in its canonical case ("en-us" and "en_US" give "en-US"); null when blank or not a language tag. */
    static String language(String raw) {
        if (raw == null || raw.isBlank()) return null;
        try {
            String tag = new Locale.Builder().setLanguageTag(raw.strip().replace('_', '-')).build().toLanguageTag();
            return tag.equals("und") ? null : tag;
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    /** A short, one-line quote of a bad value for a problem message. */
    static String quote(String raw) {
        String s = WHITESPACE.matcher(raw).replaceAll(" ").strip();
        return "'" + (s.length() > 80 ? s.substring(0, 77) + "..." : s) + "'";
    }
}
