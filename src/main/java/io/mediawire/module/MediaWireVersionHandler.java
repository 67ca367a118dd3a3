package io.mediawire.module;

import io.mediawire.magnolia.DefaultModuleVersionHandler;
import io.mediawire.magnolia.Delta;
import io.mediawire.magnolia.SetupModuleRepositoriesTask;
import io.mediawire.magnolia.InstallContext;
import io.mediawire.magnolia.Task;
import io.mediawire.story.StoryStore;
import java.util.ArrayList;
import java.util.List;
import javax.jcr.Session;

/**
 * Install: workspaces and node types (the default tasks), the store's index roots, then the
 * sample stories when samples are on. Updates are registered here as the module's version grows.
 */
public final class MediaWireVersionHandler extends DefaultModuleVersionHandler {

    public MediaWireVersionHandler() {
        // 1.1.0: sources and subscriptions live in their own workspace, with new node types
        // (mw:source, mw:subscription, mw:run) and story properties naming a story's source.
        register(Delta.update("1.1.0", "Sources and subscriptions: workspace mediawire-sources and node types",
                new SetupModuleRepositoriesTask()));
    }

    @Override
    protected List<Task> extraInstallTasks(InstallContext context) {
        List<Task> tasks = new ArrayList<>();
        tasks.add(Task.of("Prepare the story index", MediaWireVersionHandler::prepareIndex));
        if (context.settings().samples()) {
            tasks.add(new SampleStoriesTask());
        }
        return tasks;
    }

    private static void prepareIndex(InstallContext context) throws Exception {
        Session session = context.sessions().login(StoryStore.WORKSPACE);
        try {
            StoryStore.prepareWorkspace(session);
        } finally {
            session.logout();
        }
    }
}
