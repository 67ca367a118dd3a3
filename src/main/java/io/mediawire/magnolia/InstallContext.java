package io.mediawire.magnolia;

/** What install and update tasks get: the repository, the module being installed, and a log. */
public interface InstallContext {
    ModuleDescriptor descriptor();

    SessionFactory sessions();

    ModuleSettings settings();

    /** Reads a resource of the module's jar, or fails naming it. */
    byte[] resource(String path) throws java.io.IOException;

    void info(String message);
}
