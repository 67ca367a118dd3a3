package io.mediawire.host.repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.jcr.ImportUUIDBehavior;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.transform.stream.StreamResult;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A whole site as one XML stream: {@code <backup>} holding a {@code <workspace name="...">} per Media Wire
 * workspace, each holding the JCR system view of its top-level nodes (all but the repository's own,
 * {@code jcr:system} and access control).
 * Written and read with SAX, node by node, so neither side holds the document; binaries are inline
 * (base64), so the file is the whole site. The same file restores into an embedded home or a cluster.
 * Not in it: Jackrabbit's own {@code security} workspace and the host's {@code access} workspace (sessions,
 * login failures: a restored site signs everyone in again).
 */
public final class Backup {
    static final String ROOT = "backup";
    static final String WORKSPACE = "workspace";
    private static final Set<String> LEFT_OUT = Set.of("security", "access");
    private static final String SV = "http://www.jcp.org/jcr/sv/1.0";

    private Backup() {
    }

    /** The workspaces a backup holds: every one of the repository's but {@link #LEFT_OUT}. */
    public static List<String> workspaces(EmbeddedRepository repository) throws RepositoryException {
        Session session = repository.login(null);
        try {
            List<String> names = new ArrayList<>(Arrays.asList(session.getWorkspace().getAccessibleWorkspaceNames()));
            names.removeAll(LEFT_OUT);
            names.sort(null);
            return names;
        } finally {
            session.logout();
        }
    }

    /** Writes every workspace's content to {@code out}; returns how many top-level nodes were written. */
    public static int export(EmbeddedRepository repository, OutputStream out) throws RepositoryException, IOException {
        TransformerHandler xml = writer(out);
        int written = 0;
        try {
            xml.startDocument();
            xml.startElement("", ROOT, ROOT, attributes("version", "1"));
            for (String workspace : workspaces(repository)) {
                xml.startElement("", WORKSPACE, WORKSPACE, attributes("name", workspace));
                Session session = repository.login(workspace);
                try {
                    for (NodeIterator nodes = session.getRootNode().getNodes(); nodes.hasNext(); ) {
                        Node node = nodes.nextNode();
                        if (isContent(node)) {
                            session.exportSystemView(node.getPath(), new Fragment(xml), false, false);
                            written++;
                        }
                    }
                } finally {
                    session.logout();
                }
                xml.endElement("", WORKSPACE, WORKSPACE);
            }
            xml.endElement("", ROOT, ROOT);
            xml.endDocument();
        } catch (SAXException e) {
            throw new IOException("Could not write the backup: " + e.getMessage(), e);
        }
        return written;
    }

    /**
     * Replaces the content of each workspace the backup holds by the backup's (a workspace it does not
     * hold is left alone); returns how many top-level nodes were restored. Node identifiers are kept,
     * so references and links between workspaces hold.
     */
    public static int restore(EmbeddedRepository repository, InputStream in) throws RepositoryException, IOException {
        Restorer restorer = new Restorer(repository);
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newSAXParser().parse(in, restorer);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no usable XML parser: " + e.getMessage(), e);
        } catch (SAXException e) {
            if (e.getException() instanceof RepositoryException repositoryException) {
                throw repositoryException;
            }
            throw new IOException("Not a Media Wire backup, or a damaged one: " + e.getMessage(), e);
        } finally {
            restorer.close();
        }
        return restorer.restored;
    }

    /** Content, not the repository's own (jcr:system's versions and node types, rep:policy's access control). */
    private static boolean isContent(Node node) throws RepositoryException {
        return !node.getName().equals("jcr:system") && !node.getDefinition().isProtected();
    }

    private static TransformerHandler writer(OutputStream out) throws IOException {
        try {
            TransformerHandler handler = ((SAXTransformerFactory) SAXTransformerFactory.newInstance()).newTransformerHandler();
            handler.getTransformer().setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            handler.setResult(new StreamResult(out));
            return handler;
        } catch (TransformerConfigurationException e) {
            throw new IOException("no usable XML writer: " + e.getMessage(), e);
        }
    }

    private static Attributes attributes(String name, String value) {
        AttributesImpl attributes = new AttributesImpl();
        attributes.addAttribute("", name, name, "CDATA", value);
        return attributes;
    }

    /** One node's system view inside the backup: its own document start and end are left out. */
    private static final class Fragment extends DelegatingHandler {
        Fragment(ContentHandler target) {
            super(target);
        }

        @Override
        public void startDocument() {
        }

        @Override
        public void endDocument() {
        }
    }

    /** Reads the backup: each workspace is emptied, then each top-level node is imported into it as it comes. */
    private static final class Restorer extends DefaultHandler {
        private final EmbeddedRepository repository;
        private final List<String[]> prefixes = new ArrayList<>();
        private Session session;
        private ContentHandler importer;
        private int depth;
        private int restored;

        Restorer(EmbeddedRepository repository) {
            this.repository = repository;
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            if (importer != null) {
                importer.startPrefixMapping(prefix, uri);
            } else {
                prefixes.add(new String[] {prefix, uri});
            }
        }

        @Override
        public void endPrefixMapping(String prefix) throws SAXException {
            if (importer != null) {
                importer.endPrefixMapping(prefix);
            }
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            try {
                if (session == null && importer == null && localName.equals(WORKSPACE) && uri.isEmpty()) {
                    open(attributes.getValue("name"));
                } else if (session != null && importer == null && SV.equals(uri) && localName.equals("node")) {
                    importer = session.getWorkspace().getImportContentHandler("/", ImportUUIDBehavior.IMPORT_UUID_COLLISION_THROW);
                    importer.startDocument();
                    for (String[] mapping : prefixes) {
                        importer.startPrefixMapping(mapping[0], mapping[1]);
                    }
                    depth = 0;
                }
                prefixes.clear();
                if (importer != null) {
                    depth++;
                    importer.startElement(uri, localName, qName, attributes);
                }
            } catch (RepositoryException e) {
                throw new SAXException(e);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (importer != null) {
                importer.endElement(uri, localName, qName);
                if (--depth == 0) {
                    importer.endDocument(); // the node and its subtree are saved here
                    importer = null;
                    restored++;
                }
            } else if (session != null && localName.equals(WORKSPACE)) {
                session.logout();
                session = null;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (importer != null) {
                importer.characters(ch, start, length);
            }
        }

        private void open(String workspace) throws RepositoryException {
            if (workspace == null || LEFT_OUT.contains(workspace)) {
                throw new RepositoryException("the backup names a workspace it may not restore: " + workspace);
            }
            repository.ensureWorkspace(workspace);
            session = repository.login(workspace);
            for (NodeIterator nodes = session.getRootNode().getNodes(); nodes.hasNext(); ) {
                Node node = nodes.nextNode();
                if (isContent(node)) {
                    node.remove();
                }
            }
            session.save();
        }

        void close() {
            if (session != null) {
                session.logout();
            }
        }
    }
}
