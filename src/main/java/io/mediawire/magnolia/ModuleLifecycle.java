package io.mediawire.magnolia;

/** What a module's {@code <class>} implements: called after install/update, and on shutdown. */
public interface ModuleLifecycle {
    void start(ModuleLifecycleContext context) throws Exception;

    void stop(ModuleLifecycleContext context) throws Exception;
}
