package io.mediawire.importing.feed;

/** What a body is, judged from its content. */
public enum FeedFormat {
    /** RSS 0.9x / 2.0: root element {@code <rss>}. */
    RSS,
    /** RSS 1.0 or 0.90: root {@code <rdf:RDF>} carrying the {@code http://purl.org/rss/1.0/} (or Netscape's 0.9) namespace. */
    RDF,
    /** Atom 1.0 or 0.3: root {@code <feed>} in the {@code http://www.w3.org/2005/Atom} (or {@code http://purl.org/atom/ns#}) namespace. */
    ATOM,
    /** JSON Feed 1.0 / 1.1: a JSON object whose {@code version} is a jsonfeed.org version URL. */
    JSON_FEED,
    /** Anything else: an HTML page, other XML, other JSON, plain text, nothing. */
    NOT_A_FEED
}
