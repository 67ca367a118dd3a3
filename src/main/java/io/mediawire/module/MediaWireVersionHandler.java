package io.mediawire.module;

import io.mediawire.magnolia.BootstrapSingleResource;
import io.mediawire.magnolia.DefaultModuleVersionHandler;
import io.mediawire.magnolia.Delta;
import io.mediawire.magnolia.InstallContext;
import io.mediawire.magnolia.SetupModuleRepositoriesTask;
import io.mediawire.magnolia.Task;
import io.mediawire.story.StoryStore;
import java.util.ArrayList;
import java.util.List;
import javax.jcr.Session;

/**
 * Install: workspaces and node types, the pages of {@code mgnl-bootstrap/media-wire/} (the default
 * tasks), the store's index roots, then the sample stories when samples are on. Updates are
 * registered here as the module's version grows.
 */
public final class MediaWireVersionHandler extends DefaultModuleVersionHandler {
    /** The section and article pages in the website workspace. */
    static final String PAGES = "/mgnl-bootstrap/media-wire/website.media-wire.xml";

    public MediaWireVersionHandler() {
        // 1.1.0 brings a 1.0.0 home two things. Sources and subscriptions live in their own workspace, with
        // new node types (mw:source, mw:subscription, mw:run) and story properties naming a story's source;
        // and the section and article pages are rendered from the website workspace (1.0.0 served them
        // without page nodes). One delta per version, as Magnolia keeps them; a fresh install gets both
        // from the default install tasks.
        register(Delta.update("1.1.0", "Sources and subscriptions (workspace mediawire-sources and node types); "
                        + "section and article pages in the website workspace",
                new SetupModuleRepositoriesTask(), new BootstrapSingleResource(PAGES)));
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
