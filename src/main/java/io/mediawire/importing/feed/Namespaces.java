package io.mediawire.importing.feed;

import org.jdom2.Namespace;

import java.util.Map;

/** XML namespaces of the feed formats and the extension modules read here. */
final class Namespaces {
    static final String RSS1 = "http://purl.org/rss/1.0/";
    /** RSS 0.90, Netscape's RDF ancestor of RSS 1.0. */
    static final String RSS090 = "http://my.netscape.com/rdf/simple/0.9/";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String ATOM03 = "http://purl.org/atom/ns#";
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    static final Namespace RDF_NS = Namespace.getNamespace(RDF);
    static final Namespace ATOM_NS = Namespace.getNamespace(ATOM);
    static final Namespace DC = Namespace.getNamespace("http://purl.org/dc/elements/1.1/");
    static final Namespace DCTERMS = Namespace.getNamespace("http://purl.org/dc/terms/");
    static final Namespace MEDIA = Namespace.getNamespace("http://search.yahoo.com/mrss/");
    static final Namespace SY = Namespace.getNamespace("http://purl.org/rss/1.0/modules/syndication/");

    /** Spellings seen in the wild for the namespaces above, mapped to the official one when the tree is built. */
    private static final Map<String, String> ALIASES = Map.of(
            "http://search.yahoo.com/mrss", MEDIA.getURI(),
            "http://purl.org/rss/1.0/modules/content", "http://purl.org/rss/1.0/modules/content/",
            "http://purl.org/dc/elements/1.1", DC.getURI());

    private Namespaces() {
    }

    static String canonical(String namespace) {
        if (namespace == null) return "";
        return ALIASES.getOrDefault(namespace, namespace);
    }
}
