package io.mediawire.importing.feed;

import java.util.Map;

/** XML namespaces of the feed formats and the extension modules read here. */
final class Namespaces {
    static final String NONE = "";
    static final String RSS1 = "http://purl.org/rss/1.0/";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final String MEDIA = "http://search.yahoo.com/mrss/";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String XML = "http://www.w3.org/XML/1998/namespace";

    /** Spellings seen in the wild for the namespaces above, mapped to the official one when the tree is built. */
    private static final Map<String, String> ALIASES = Map.of(
            "http://search.yahoo.com/mrss", MEDIA,
            "http://purl.org/rss/1.0/modules/content", CONTENT,
            "http://purl.org/dc/elements/1.1", DC);

    private Namespaces() {
    }

    static String canonical(String namespace) {
        if (namespace == null) return NONE;
        return ALIASES.getOrDefault(namespace, namespace);
    }
}
