package io.mediawire.module;

import io.mediawire.importing.ImportService;
import io.mediawire.importing.ImportSettings;
import io.mediawire.magnolia.ModuleLifecycle;
import io.mediawire.magnolia.ModuleLifecycleContext;
import io.mediawire.story.StoryStore;

/** The module's {@code <class>}: offers the story store and the import service to whatever hosts it. */
public final class MediaWireModule implements ModuleLifecycle {
    private ImportService imports;

    @Override
    public void start(ModuleLifecycleContext context) {
        StoryStore store = new StoryStore(context.sessions(), context.settings().zone(), context.settings().clock());
        imports = new ImportService(store, ImportSettings.policy(context.settings()), context.settings().clock());
        context.provide(StoryStore.class, store);
        context.provide(ImportService.class, imports);
    }

    @Override
    public void stop(ModuleLifecycleContext context) {
        if (imports != null) {
            imports.close();
        }
    }
}
