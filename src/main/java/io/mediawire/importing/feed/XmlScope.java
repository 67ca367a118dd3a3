package io.mediawire.importing.feed;

import org.jdom2.Element;
import org.jdom2.Namespace;

import java.net.URI;

/**
 * The {@code xml:base} and {@code xml:lang} in force on an element. Rome's models keep neither (it leaves relative
 * links as written and has no language for Atom), so they are read from the element the value came from.
 */
final class XmlScope {
    private XmlScope() {
    }

    /** The effective xml:base, nested bases resolved in turn, else the document URL; null when neither is known. */
    static URI base(Element element) {
        Element parent = element.getParentElement();
        URI inherited = parent != null ? base(parent) : documentBase(element);
        String xmlBase = element.getAttributeValue("base", Namespace.XML_NAMESPACE);
        if (xmlBase == null) return inherited;
        URI resolved = FeedLinks.resolveUri(inherited, xmlBase);
        return resolved != null ? resolved : inherited;
    }

    /** The effective xml:lang, or null (an empty xml:lang switches the language off, as the spec says). */
    static String lang(Element element) {
        for (Element e = element; e != null; e = e.getParentElement()) {
            String lang = e.getAttributeValue("lang", Namespace.XML_NAMESPACE);
            if (lang != null) return lang.isBlank() ? null : lang.strip();
        }
        return null;
    }

    private static URI documentBase(Element root) {
        String base = root.getDocument() == null ? null : root.getDocument().getBaseURI();
        return base == null ? null : FeedLinks.toUri(base);
    }
}
