package io.mediawire.magnolia;

/** What install and update tasks get: the repository, the module being installed, and a log. */
public interface InstallContext {
    ModuleDescriptor descriptor();

    SessionFactory sessions();

    ModuleSettings settings();

    /** Reads a resource of the module's jar, or fails naming it. */
    byte[] resource(String path) throws java.io.IOException;

    /**
     * The class-path resources directly in {@code folder} (e.g. {@code /mgnl-bootstrap/media-wire/})
     * whose names end in {@code extension}, as absolute paths in name order: what Magnolia's
     * bootstrap tasks find with {@code ClasspathResourcesUtil.findResources}.
     */
    java.util.List<String> findResources(String folder, String extension) throws java.io.IOException;

    void info(String message);
}
