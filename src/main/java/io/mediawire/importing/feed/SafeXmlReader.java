package io.mediawire.importing.feed;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads cleaned feed XML into an {@link XmlElement} tree with the JDK's own StAX parser, configured so that no
 * document can make it read a file, open a connection or expand entities: DTD support off, external entities off,
 * no external DTD or schema access, and a resolver that refuses everything should the parser still ask.
 * Entity references that survive {@link XmlCleaner} can only be entities declared in a DTD; they are refused.
 */
final class SafeXmlReader {
    /** Deeper than any real feed; keeps a hostile document from building an absurd tree. */
    static final int MAX_DEPTH = 256;

    private SafeXmlReader() {
    }

    static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return factory;
    }

    private static final class Builder {
        final String namespace;
        final String name;
        final Map<String, String> attributes;
        final List<Object> nodes = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        final URI base;
        final String lang;

        Builder(String namespace, String name, Map<String, String> attributes, URI base, String lang) {
            this.namespace = namespace;
            this.name = name;
            this.attributes = attributes;
            this.base = base;
            this.lang = lang;
        }

        void flushText() {
            if (text.length() > 0) {
                nodes.add(text.toString());
                text.setLength(0);
            }
        }

        XmlElement build() {
            flushText();
            return new XmlElement(namespace, name, attributes, nodes, base, lang);
        }
    }

    /**
     * @param documentBase the feed's URL, the base for relative links outside any xml:base; may be null
     * @return the root element
     */
    static XmlElement read(String xml, URI documentBase) throws FeedException {
        XMLStreamReader reader = null;
        try {
            reader = newFactory().createXMLStreamReader(new StringReader(xml));
            Deque<Builder> open = new ArrayDeque<>();
            XmlElement root = null;
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (open.size() >= MAX_DEPTH) throw failure(reader, "elements nested deeper than " + MAX_DEPTH);
                        Builder parent = open.peek();
                        if (parent != null) parent.flushText();
                        open.push(start(reader, parent, documentBase));
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) open.peek().text.append(reader.getText());
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE ->
                            throw failure(reader, "reference to undeclared or DTD-declared entity &" + reader.getLocalName() + ";");
                    case XMLStreamConstants.END_ELEMENT -> {
                        XmlElement element = open.pop().build();
                        if (open.isEmpty()) root = element;
                        else open.peek().nodes.add(element);
                    }
                    default -> {
                        // comments, processing instructions, the DTD event (entity declarations were refused before parsing)
                    }
                }
            }
            if (root == null) throw new FeedException("bad feed XML: no root element");
            return root;
        } catch (XMLStreamException e) {
            throw new FeedException(describe(e), e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing was opened that closing could release
                }
            }
        }
    }

    private static Builder start(XMLStreamReader reader, Builder parent, URI documentBase) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String ns = Namespaces.canonical(reader.getAttributeNamespace(i));
            attributes.put(XmlElement.attributeKey(ns, reader.getAttributeLocalName(i)), reader.getAttributeValue(i));
        }
        URI base = parent == null ? documentBase : parent.base;
        String xmlBase = attributes.get(XmlElement.attributeKey(Namespaces.XML, "base"));
        if (xmlBase != null) {
            URI resolved = FeedLinks.resolveUri(base, xmlBase);
            if (resolved != null) base = resolved;
        }
        String lang = parent == null ? null : parent.lang;
        String xmlLang = attributes.get(XmlElement.attributeKey(Namespaces.XML, "lang"));
        if (xmlLang != null) lang = xmlLang.isBlank() ? null : xmlLang.strip();
        return new Builder(Namespaces.canonical(reader.getNamespaceURI()), reader.getLocalName(), attributes, base, lang);
    }

    private static XMLStreamException failure(XMLStreamReader reader, String message) {
        return new XMLStreamException(message, reader.getLocation());
    }

    /** "bad feed XML at line 12, column 5: reason", without the parser's "ParseError at [row,col]" prefix. */
    static String describe(XMLStreamException e) {
        String message = e.getMessage() == null ? "unreadable XML" : e.getMessage();
        int marker = message.indexOf("Message: ");
        if (marker >= 0) message = message.substring(marker + "Message: ".length());
        message = message.strip();
        if (e.getLocation() == null) return "bad feed XML: " + message;
        return "bad feed XML at line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ": " + message;
    }
}
