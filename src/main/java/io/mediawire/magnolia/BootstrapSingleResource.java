package io.mediawire.magnolia;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.jcr.ImportUUIDBehavior;
import javax.jcr.Node;
import javax.jcr.Session;

/**
 * Imports one bootstrap file, as Magnolia's task of the same name: a JCR system-view export named
 * {@code <workspace>.<path segments joined by dots>.xml}, e.g. {@code website.media-wire.xml} becomes
 * the node {@code /media-wire} of the {@code website} workspace. A node already at that path is
 * replaced, and so is a node elsewhere holding one of the file's identifiers (Magnolia's default
 * {@code IMPORT_UUID_COLLISION_REMOVE_EXISTING}).
 */
public final class BootstrapSingleResource implements Task {
    private final String resource;

    /** @param resource the file's class-path path, e.g. {@code /mgnl-bootstrap/media-wire/website.media-wire.xml} */
    public BootstrapSingleResource(String resource) {
        this.resource = resource;
    }

    @Override
    public String name() {
        return "Bootstrap " + fileName(resource);
    }

    @Override
    public void execute(InstallContext context) throws Exception {
        importFile(context, resource);
    }

    /** The target of a bootstrap file: workspace and absolute node path. */
    record Target(String workspace, String path) {
        String parent() {
            int slash = path.lastIndexOf('/');
            return slash == 0 ? "/" : path.substring(0, slash);
        }

        String nodeName() {
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    static Target target(String resource) {
        String file = fileName(resource);
        if (!file.endsWith(".xml")) {
            throw new IllegalArgumentException(resource + ": a bootstrap file is <workspace>.<path>.xml");
        }
        String[] parts = file.substring(0, file.length() - ".xml".length()).split("\\.");
        if (parts.length < 2 || java.util.Arrays.stream(parts).anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException(resource + ": a bootstrap file is <workspace>.<path>.xml, e.g. website.media-wire.xml");
        }
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
            path.append('/').append(parts[i]);
        }
        return new Target(parts[0], path.toString());
    }

    static void importFile(InstallContext context, String resource) throws Exception {
        Target target = target(resource);
        byte[] xml = context.resource(resource);
        Session session = context.sessions().login(target.workspace());
        try {
            if (!session.nodeExists(target.parent())) {
                throw new IOException(resource + ": the parent node " + target.parent() + " does not exist in "
                        + target.workspace());
            }
            if (session.nodeExists(target.path())) {
                session.getNode(target.path()).remove();
            }
            session.importXML(target.parent(), new ByteArrayInputStream(xml), ImportUUIDBehavior.IMPORT_UUID_COLLISION_REMOVE_EXISTING);
            if (!session.nodeExists(target.path())) {
                session.refresh(false);
                throw new IOException(resource + ": the file's top node is not named " + target.nodeName());
            }
            Node imported = session.getNode(target.path());
            session.save();
            context.info("bootstrapped " + target.workspace() + ":" + imported.getPath());
        } finally {
            session.logout();
        }
    }

    private static String fileName(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }
}
