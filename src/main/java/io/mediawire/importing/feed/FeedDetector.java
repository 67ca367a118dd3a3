package io.mediawire.importing.feed;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;

/**
 * Says what a body is from its content alone; file extensions, URLs and content types lie too often (feeds are
 * served as text/html, pages as application/rss+xml). The content type is used only for its charset.
 * Leading byte order marks, whitespace, comments, processing instructions and a DOCTYPE are skipped; the root element
 * decides for XML, the {@code version} member for JSON.
 */
public final class FeedDetector {
    /** Room for a long prologue (comments, stylesheet instructions, a DOCTYPE) before the root element. */
    static final int XML_HEAD_CHARS = 64 * 1024;

    private FeedDetector() {
    }

    public static FeedFormat detect(byte[] body, String contentType) {
        if (body == null || body.length == 0) return FeedFormat.NOT_A_FEED;
        return detectText(FeedCharset.decode(body, FeedCharset.fromContentType(contentType)));
    }

    static FeedFormat detectText(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("{")) {
            var tree = JsonFeedReader.tree(trimmed);
            // broken JSON that names a JSON Feed version is a broken feed: the parser then says where it breaks
            if (tree == null) return trimmed.contains("jsonfeed.org/version/") ? FeedFormat.JSON_FEED : FeedFormat.NOT_A_FEED;
            return JsonFeedReader.isJsonFeed(tree) ? FeedFormat.JSON_FEED : FeedFormat.NOT_A_FEED;
        }
        if (!trimmed.startsWith("<")) return FeedFormat.NOT_A_FEED;
        // only the prologue and the root's start tag matter; don't clean megabytes to read them
        String head = trimmed.length() > XML_HEAD_CHARS ? trimmed.substring(0, XML_HEAD_CHARS) : trimmed;
        return fromRootElement(XmlCleaner.clean(head).text());
    }

    private static FeedFormat fromRootElement(String xml) {
        XMLStreamReader reader = null;
        try {
            reader = SafeXmlReader.newFactory().createXMLStreamReader(new StringReader(xml));
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) return fromRoot(reader);
            }
            return FeedFormat.NOT_A_FEED;
        } catch (XMLStreamException e) {
            return FeedFormat.NOT_A_FEED; // markup that is not even well-formed up to its root: an HTML page
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release
                }
            }
        }
    }

    private static FeedFormat fromRoot(XMLStreamReader root) throws XMLStreamException {
        String namespace = Namespaces.canonical(root.getNamespaceURI());
        String name = root.getLocalName();
        if (name.equals("rss")) return FeedFormat.RSS;
        if (name.equals("feed") && (namespace.equals(Namespaces.ATOM) || namespace.equals(Namespaces.ATOM03))) return FeedFormat.ATOM;
        if (name.equals("RDF") && namespace.equals(Namespaces.RDF)) {
            for (int i = 0; i < root.getNamespaceCount(); i++) {
                if (isRdfFeedNamespace(root.getNamespaceURI(i))) return FeedFormat.RDF;
            }
            // the RSS namespace may be declared on the channel instead of the root
            while (root.hasNext()) {
                if (root.next() == XMLStreamConstants.START_ELEMENT) {
                    return isRdfFeedNamespace(root.getNamespaceURI()) ? FeedFormat.RDF : FeedFormat.NOT_A_FEED;
                }
            }
        }
        return FeedFormat.NOT_A_FEED;
    }

    private static boolean isRdfFeedNamespace(String namespace) {
        return Namespaces.RSS1.equals(namespace) || Namespaces.RSS090.equals(namespace);
    }
}
