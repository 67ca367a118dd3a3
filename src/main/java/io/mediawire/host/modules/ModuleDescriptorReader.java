package io.mediawire.host.modules;

import io.mediawire.magnolia.ModuleDescriptor;
import io.mediawire.magnolia.Version;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Reads Magnolia's module descriptor format ({@code module.dtd}) without fetching the DTD. */
public final class ModuleDescriptorReader {

    public ModuleDescriptor read(InputStream in, String source) throws IOException {
        Document document = parse(in, source);
        Element module = document.getDocumentElement();
        if (!"module".equals(module.getTagName())) {
            throw new InvalidDescriptorException(source + ": root element is <" + module.getTagName() + ">, expected <module>");
        }
        String name = required(module, "name", source);
        String displayName = firstNonNull(text(module, "displayName"), text(module, "display-name"), name);
        String versionText = required(module, "version", source);
        Version version;
        try {
            version = Version.parse(versionText);
        } catch (IllegalArgumentException e) {
            throw new InvalidDescriptorException(source + ": " + e.getMessage());
        }
        return new ModuleDescriptor(name, displayName, text(module, "description"), text(module, "class"),
                text(module, "versionHandler"), version, dependencies(module), repositories(module), source);
    }

    private static Document parse(InputStream in, String source) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // Descriptors carry <!DOCTYPE module SYSTEM "module.dtd">: never resolve it, never expand entities.
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(in);
        } catch (SAXParseException e) {
            throw new InvalidDescriptorException(source + " line " + e.getLineNumber() + ": " + e.getMessage());
        } catch (SAXException | ParserConfigurationException e) {
            throw new InvalidDescriptorException(source + ": " + e.getMessage());
        }
    }

    private static List<ModuleDescriptor.Dependency> dependencies(Element module) {
        List<ModuleDescriptor.Dependency> result = new ArrayList<>();
        for (Element dependency : children(child(module, "dependencies"), "dependency")) {
            result.add(new ModuleDescriptor.Dependency(text(dependency, "name"), firstNonNull(text(dependency, "version"), "*"),
                    Boolean.parseBoolean(text(dependency, "optional"))));
        }
        return result;
    }

    private static List<ModuleDescriptor.RepositoryDefinition> repositories(Element module) {
        List<ModuleDescriptor.RepositoryDefinition> result = new ArrayList<>();
        for (Element repository : children(child(module, "repositories"), "repository")) {
            List<String> workspaces = children(child(repository, "workspaces"), "workspace").stream()
                    .map(e -> e.getTextContent().trim()).toList();
            result.add(new ModuleDescriptor.RepositoryDefinition(firstNonNull(text(repository, "name"), "magnolia"),
                    workspaces, text(repository, "nodeTypeFile")));
        }
        return result;
    }

    private static String required(Element parent, String tag, String source) {
        String value = text(parent, tag);
        if (value == null) {
            throw new InvalidDescriptorException(source + ": <" + tag + "> is required");
        }
        return value;
    }

    private static String text(Element parent, String tag) {
        Element child = child(parent, tag);
        if (child == null) {
            return null;
        }
        String value = child.getTextContent().trim();
        return value.isEmpty() ? null : value;
    }

    private static Element child(Element parent, String tag) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> result = new ArrayList<>();
        if (parent == null) {
            return result;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                result.add(e);
            }
        }
        return result;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
