package io.mediawire.magnolia;

import java.util.ArrayList;
import java.util.List;

/**
 * Magnolia's default behaviour: a fresh install runs the basic install tasks (set up the
 * descriptor's workspaces and node types, import the module's bootstrap files, then its samples
 * when samples are on) plus {@link #extraInstallTasks}; an update runs every registered delta
 * newer than the installed version, in version order.
 */
public class DefaultModuleVersionHandler implements ModuleVersionHandler {
    private final List<Delta> updates = new ArrayList<>();

    protected final void register(Delta delta) {
        updates.add(delta);
        updates.sort((a, b) -> a.version().compareTo(b.version()));
    }

    @Override
    public List<Delta> deltas(InstallContext context, Version installed) {
        if (installed == null) {
            List<Task> tasks = new ArrayList<>(basicInstallTasks(context));
            tasks.addAll(extraInstallTasks(context));
            return List.of(new Delta(context.descriptor().version(), "Install " + context.descriptor().name(), tasks));
        }
        return updates.stream()
                .filter(d -> d.version().compareTo(installed) > 0)
                .filter(d -> d.version().compareTo(context.descriptor().version()) <= 0)
                .toList();
    }

    protected List<Task> basicInstallTasks(InstallContext context) {
        return List.of(new SetupModuleRepositoriesTask(), new ModuleBootstrapTask(), new SamplesBootstrapTask());
    }

    protected List<Task> extraInstallTasks(InstallContext context) {
        return List.of();
    }
}
