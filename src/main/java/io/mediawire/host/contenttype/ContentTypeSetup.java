package io.mediawire.host.contenttype;

import io.mediawire.magnolia.SessionFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.jcr.NamespaceRegistry;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.nodetype.NodeTypeManager;
import javax.jcr.nodetype.NodeTypeTemplate;

/**
 * Makes the repository match a content type's datasource, as Magnolia's content-type registry
 * does on load: namespaces are registered when missing; with {@code autoCreate: true} the
 * workspace is created and a missing node type is generated from {@code mgnl:content}. Without
 * autoCreate, what is missing is reported, not invented.
 */
public final class ContentTypeSetup {
    private final SessionFactory sessions;

    public ContentTypeSetup(SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** Applies the content type; returns what could not be made to match, as sentences. */
    public List<String> apply(ContentType type) throws RepositoryException {
        List<String> problems = new ArrayList<>();
        Session session = sessions.login(null);
        try {
            NamespaceRegistry namespaces = session.getWorkspace().getNamespaceRegistry();
            List<String> prefixes = Arrays.asList(namespaces.getPrefixes());
            for (Map.Entry<String, String> namespace : type.namespaces().entrySet()) {
                if (!prefixes.contains(namespace.getKey())) {
                    namespaces.registerNamespace(namespace.getKey(), namespace.getValue());
                } else if (!namespaces.getURI(namespace.getKey()).equals(namespace.getValue())) {
                    problems.add("content type " + type.name() + ": prefix " + namespace.getKey() + " is already bound to "
                            + namespaces.getURI(namespace.getKey()) + ", not " + namespace.getValue());
                }
            }
            boolean workspaceExists = Arrays.asList(session.getWorkspace().getAccessibleWorkspaceNames()).contains(type.workspace());
            if (!workspaceExists && type.autoCreate()) {
                sessions.ensureWorkspace(type.workspace());
            } else if (!workspaceExists) {
                problems.add("content type " + type.name() + ": workspace " + type.workspace() + " does not exist");
            }
            NodeTypeManager types = session.getWorkspace().getNodeTypeManager();
            if (!types.hasNodeType(type.nodeType())) {
                if (type.autoCreate()) {
                    NodeTypeTemplate template = types.createNodeTypeTemplate();
                    template.setName(type.nodeType());
                    template.setDeclaredSuperTypeNames(new String[]{"mgnl:content"});
                    template.setOrderableChildNodes(true);
                    types.registerNodeType(template, false);
                } else {
                    problems.add("content type " + type.name() + ": node type " + type.nodeType() + " is not registered");
                }
            }
        } finally {
            session.logout();
        }
        return problems;
    }
}
