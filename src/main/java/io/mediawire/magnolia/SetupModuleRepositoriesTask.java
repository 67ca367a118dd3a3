package io.mediawire.magnolia;

import java.io.InputStreamReader;
import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import javax.jcr.Session;
import org.apache.jackrabbit.commons.cnd.CndImporter;

/**
 * Registers the node types of the descriptor's {@code nodeTypeFile} (CND) and creates its
 * workspaces, as Magnolia's task of the same name.
 */
public final class SetupModuleRepositoriesTask implements Task {
    @Override
    public String name() {
        return "Set up workspaces and node types";
    }

    @Override
    public void execute(InstallContext context) throws Exception {
        for (ModuleDescriptor.RepositoryDefinition repository : context.descriptor().repositories()) {
            if (repository.nodeTypeFile() != null) {
                registerNodeTypes(context, repository.nodeTypeFile());
            }
            for (String workspace : repository.workspaces()) {
                context.sessions().ensureWorkspace(workspace);
                context.info("workspace " + workspace + " ready");
            }
        }
    }

    static void registerNodeTypes(InstallContext context, String file) throws Exception {
        byte[] cnd = context.resource(file);
        Session session = context.sessions().login(null);
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(cnd), StandardCharsets.UTF_8)) {
            CndImporter.registerNodeTypes(reader, file, session.getWorkspace().getNodeTypeManager(),
                    session.getWorkspace().getNamespaceRegistry(), session.getValueFactory(), true);
            context.info("node types of " + file + " registered");
        } finally {
            session.logout();
        }
    }
}
