package io.mediawire.importing.wire;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The JDK's DOM parser set up so a wire document cannot make it read a file, open a connection or expand
 * entities: a DOCTYPE is refused outright (NewsML-G2 never needs one), external DTDs, schemas and entities
 * are off, secure processing caps what remains, and any resolver request is refused.
 */
final class SafeXml {
    private SafeXml() {
    }

    static Document parse(byte[] xml) throws WireFormatException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external resource refused: " + systemId);
            });
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            throw new WireFormatException("invalid XML: " + e.getMessage());
        } catch (IOException | ParserConfigurationException e) {
            throw new WireFormatException("unreadable XML: " + e.getMessage(), e);
        }
    }

    /** The markup of a node's children, as text (for inline XHTML or NITF handed on to the HTML cleaner). */
    static String innerXml(Node node) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                transformer.transform(new DOMSource(child), new StreamResult(out));
            }
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write inline XML out again: " + e.getMessage(), e);
        }
    }
}
