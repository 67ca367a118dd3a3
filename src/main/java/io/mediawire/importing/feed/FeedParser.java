package io.mediawire.importing.feed;

import org.jdom2.Document;

import java.net.URI;

/**
 * Reads RSS 0.9x/2.0, RDF (RSS 1.0 and 0.90), Atom 1.0 and 0.3 and JSON Feed 1.0/1.1 into {@link ParsedFeed}. A
 * broken item is left out with a {@link FeedProblem}; only a body that is not a usable feed at all throws.
 * XML goes through {@link XmlCleaner} (repairs real-world mess) and {@link SafeXmlReader} (no DTDs, no entities, no
 * external access) into a JDOM tree, which Rome reads ({@link RssReader}, {@link AtomReader}); JSON Feed is read
 * here ({@link JsonFeedReader}). Thread-safe: holds no state.
 */
public final class FeedParser {

    /**
     * @param body          the raw bytes as fetched or read from a file
     * @param charsetOrNull the charset from the Content-Type header, if there was one
     * @param feedUrl       where the feed came from, the base for relative links; null for a local file
     * @throws FeedException when the body is not a feed, is malformed XML or JSON, declares DTD entities, or lacks its item list
     */
    public ParsedFeed parse(byte[] body, String charsetOrNull, URI feedUrl) throws FeedException {
        if (body == null || body.length == 0) throw new FeedException("not a feed: the body is empty");
        String text = FeedCharset.decode(body, charsetOrNull);
        FeedFormat format = FeedDetector.detectText(text);
        switch (format) {
            case NOT_A_FEED -> throw new FeedException("not a feed");
            case JSON_FEED -> {
                return JsonFeedReader.read(text, feedUrl);
            }
            default -> {
                XmlCleaner.Cleaned cleaned = XmlCleaner.clean(text);
                if (cleaned.declaresEntities()) {
                    throw new FeedException("bad feed XML: the DOCTYPE declares entities, which are refused "
                            + "(they enable external-entity and entity-expansion attacks)");
                }
                Document document = SafeXmlReader.read(cleaned.text(), feedUrl);
                return format == FeedFormat.ATOM ? AtomReader.read(document) : RssReader.read(document, format);
            }
        }
    }
}
