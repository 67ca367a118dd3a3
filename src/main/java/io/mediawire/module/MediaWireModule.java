package io.mediawire.module;

import io.mediawire.importing.ImportService;
import io.mediawire.importing.ImportSettings;
import io.mediawire.magnolia.ModuleLifecycle;
import io.mediawire.magnolia.ModuleLifecycleContext;
import io.mediawire.sources.SourceDirectory;
import io.mediawire.sources.SourceStore;
import io.mediawire.sources.StoryLinker;
import io.mediawire.sources.WorkspaceAccess;
import io.mediawire.story.StoryStore;
import io.mediawire.subscriptions.SubscriptionService;
import io.mediawire.subscriptions.SubscriptionSettings;
import io.mediawire.subscriptions.SubscriptionStore;

/** The module's {@code <class>}: offers the story store and the import service to whatever hosts it. */
public final class MediaWireModule implements ModuleLifecycle {
    private ImportService imports;
    private SubscriptionService subscriptions;

    @Override
    public void start(ModuleLifecycleContext context) {
        StoryStore store = new StoryStore(context.sessions(), context.settings().zone(), context.settings().clock());
        imports = new ImportService(store, ImportSettings.policy(context.settings()), context.settings().clock());
        context.provide(StoryStore.class, store);
        context.provide(ImportService.class, imports);
        startSources(context, store);
    }

    /**
     * Sources name and license the stories of their hosts (the store asks the directory); their
     * subscriptions are polled from here on.
     */
    private void startSources(ModuleLifecycleContext context, StoryStore stories) {
        WorkspaceAccess workspace = new WorkspaceAccess(context.sessions());
        SourceStore sources = new SourceStore(workspace, context.settings().clock());
        SourceDirectory directory = new SourceDirectory(sources);
        directory.reload();
        sources.addListener(directory);
        sources.addListener(new StoryLinker(stories));
        stories.useSourceRules(directory);
        subscriptions = new SubscriptionService(new SubscriptionStore(workspace), sources, stories,
                context.settings().clock(), SubscriptionSettings.of(context.settings()));
        subscriptions.start();
        context.provide(SourceStore.class, sources);
        context.provide(SourceDirectory.class, directory);
        context.provide(SubscriptionService.class, subscriptions);
    }

    @Override
    public void stop(ModuleLifecycleContext context) {
        if (subscriptions != null) {
            subscriptions.close();
        }
        if (imports != null) {
            imports.close();
        }
    }
}
