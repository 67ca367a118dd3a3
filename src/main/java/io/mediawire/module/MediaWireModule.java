package io.mediawire.module;

import io.mediawire.platform.ModuleLifecycle;
import io.mediawire.platform.ModuleLifecycleContext;
import io.mediawire.story.StoryStore;

/** The module's {@code <class>}: offers the story store to whatever hosts it. */
public final class MediaWireModule implements ModuleLifecycle {

    @Override
    public void start(ModuleLifecycleContext context) {
        context.provide(StoryStore.class, storeFor(context));
    }

    static StoryStore storeFor(ModuleLifecycleContext context) {
        return new StoryStore(context.sessions(), context.settings().zone(), context.settings().clock());
    }

    @Override
    public void stop(ModuleLifecycleContext context) {
        // The store holds no resources of its own: sessions are opened and closed per call.
    }
}
