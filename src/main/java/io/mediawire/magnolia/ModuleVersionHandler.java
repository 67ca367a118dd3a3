package io.mediawire.magnolia;

import java.util.List;

/**
 * Decides which tasks bring the repository from the installed version to the module's version.
 * {@code installed} is null on a fresh install.
 */
public interface ModuleVersionHandler {
    List<Delta> deltas(InstallContext context, Version installed);

    /** Tasks run on every start, after any install or update. */
    default List<Task> startupTasks(InstallContext context) {
        return List.of();
    }
}
