package io.mediawire.importing.feed;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small read-only element tree built by {@link SafeXmlReader}: namespaces resolved, text coalesced, and the
 * {@code xml:base} and {@code xml:lang} in force on each element already worked out.
 */
final class XmlElement {
    private static final Set<String> VOID_HTML_ELEMENTS =
            Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

    private final String namespace;
    private final String name;
    /** Keys: the local name for attributes without a namespace, "{namespace}local" otherwise. */
    private final Map<String, String> attributes;
    /** {@link String} and {@link XmlElement} nodes in document order. */
    private final List<Object> nodes;
    private final URI base;
    private final String lang;

    XmlElement(String namespace, String name, Map<String, String> attributes, List<Object> nodes, URI base, String lang) {
        this.namespace = namespace;
        this.name = name;
        this.attributes = Collections.unmodifiableMap(attributes);
        this.nodes = Collections.unmodifiableList(nodes);
        this.base = base;
        this.lang = lang;
    }

    static String attributeKey(String namespace, String local) {
        return namespace == null || namespace.isEmpty() ? local : "{" + namespace + "}" + local;
    }

    String namespace() {
        return namespace;
    }

    String name() {
        return name;
    }

    boolean is(String namespace, String local) {
        return this.namespace.equals(namespace) && name.equals(local);
    }

    /** The effective xml:base (else the document URL), or null when neither is known. */
    URI base() {
        return base;
    }

    /** The effective xml:lang, or null. */
    String lang() {
        return lang;
    }

    /** An attribute without namespace, or null. */
    String attr(String local) {
        return attributes.get(local);
    }

    String attr(String namespace, String local) {
        return attributes.get(attributeKey(namespace, local));
    }

    List<XmlElement> elements(String namespace, String local) {
        List<XmlElement> result = new ArrayList<>();
        for (Object node : nodes) {
            if (node instanceof XmlElement e && e.is(namespace, local)) result.add(e);
        }
        return result;
    }

    /** The first child element with this name, or null. */
    XmlElement element(String namespace, String local) {
        for (Object node : nodes) {
            if (node instanceof XmlElement e && e.is(namespace, local)) return e;
        }
        return null;
    }

    /** The trimmed text of the first child element with this name; null when absent or blank. */
    String childText(String namespace, String local) {
        XmlElement child = element(namespace, local);
        if (child == null) return null;
        String text = child.text().trim();
        return text.isEmpty() ? null : text;
    }

    /** All text inside this element, markup removed, as the XML parser delivered it (entities decoded, CDATA unwrapped). */
    String text() {
        StringBuilder b = new StringBuilder();
        appendText(b);
        return b.toString();
    }

    private void appendText(StringBuilder b) {
        for (Object node : nodes) {
            if (node instanceof XmlElement e) e.appendText(b);
            else b.append((String) node);
        }
    }

    /** The children serialized as HTML-compatible markup (namespace prefixes dropped), for Atom's inline XHTML. */
    String innerXml() {
        StringBuilder b = new StringBuilder();
        for (Object node : nodes) {
            if (node instanceof XmlElement e) e.appendXml(b);
            else escape((String) node, false, b);
        }
        return b.toString();
    }

    private void appendXml(StringBuilder b) {
        b.append('<').append(name);
        attributes.forEach((key, value) -> {
            if (key.startsWith("{")) return; // namespaced attributes (xml:lang and the like) have no HTML meaning
            b.append(' ').append(key).append("=\"");
            escape(value, true, b);
            b.append('"');
        });
        if (nodes.isEmpty() && VOID_HTML_ELEMENTS.contains(name)) {
            b.append(" />");
            return;
        }
        b.append('>').append(innerXml()).append("</").append(name).append('>');
    }

    private static void escape(String s, boolean attribute, StringBuilder b) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                default -> b.append(c);
            }
        }
    }

    @Override
    public String toString() {
        return "<" + name + ">";
    }
}
