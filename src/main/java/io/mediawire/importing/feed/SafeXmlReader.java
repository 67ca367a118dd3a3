package io.mediawire.importing.feed;

import org.jdom2.Attribute;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.Text;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads cleaned feed XML into a JDOM tree with the JDK's own StAX parser, configured so that no document can make it
 * read a file, open a connection or expand entities: DTD support off, external entities off, no external DTD or
 * schema access, and a resolver that refuses everything should the parser still ask. Entity references that survive
 * {@link XmlCleaner} can only be entities declared in a DTD; they are refused. Rome then reads the tree: it never sees
 * the bytes, so its own SAX set-up plays no part in what a feed can make us do.
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

    /**
     * @param documentBase the feed's URL, the base for relative links outside any xml:base; may be null
     * @return the document as a JDOM tree, the form Rome reads, with the document URL as its base URI
     */
    static Document read(String xml, URI documentBase) throws FeedException {
        XMLStreamReader reader = null;
        try {
            reader = newFactory().createXMLStreamReader(new StringReader(xml));
            Document document = new Document();
            if (documentBase != null) document.setBaseURI(documentBase.toString());
            Deque<Element> open = new ArrayDeque<>();
            StringBuilder text = new StringBuilder();
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (open.size() >= MAX_DEPTH) throw failure(reader, "elements nested deeper than " + MAX_DEPTH);
                        flushText(open.peek(), text);
                        Element element = element(reader);
                        if (open.isEmpty()) document.setRootElement(element);
                        else open.peek().addContent(element);
                        open.push(element);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) text.append(reader.getText());
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE ->
                            throw failure(reader, "reference to undeclared or DTD-declared entity &" + reader.getLocalName() + ";");
                    case XMLStreamConstants.END_ELEMENT -> flushText(open.pop(), text);
                    default -> {
                        // comments, processing instructions, the DTD event (entity declarations were refused before parsing)
                    }
                }
            }
            if (!document.hasRootElement()) throw new FeedException("bad feed XML: no root element");
            return document;
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

    private static void flushText(Element element, StringBuilder text) {
        if (element != null && text.length() > 0) element.addContent(new Text(text.toString()));
        text.setLength(0);
    }

    /**
     * Namespace spellings seen in the wild become the official ones. XHTML elements lose their prefix so that inline
     * Atom XHTML, once serialized, reads as plain HTML.
     */
    private static Element element(XMLStreamReader reader) throws XMLStreamException {
        try {
            String uri = Namespaces.canonical(reader.getNamespaceURI());
            String prefix = uri.equals(Namespaces.XHTML) || reader.getPrefix() == null ? "" : reader.getPrefix();
            Element element = new Element(reader.getLocalName(), uri.isEmpty() ? Namespace.NO_NAMESPACE : Namespace.getNamespace(prefix, uri));
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                String attributeUri = Namespaces.canonical(reader.getAttributeNamespace(i));
                Namespace namespace = attributeUri.isEmpty() ? Namespace.NO_NAMESPACE
                        : Namespace.getNamespace(reader.getAttributePrefix(i), attributeUri);
                element.setAttribute(new Attribute(reader.getAttributeLocalName(i), reader.getAttributeValue(i), namespace));
            }
            return element;
        } catch (IllegalArgumentException e) {
            // JDOM is stricter than the parser about a few namespace combinations
            throw failure(reader, e.getMessage());
        }
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
