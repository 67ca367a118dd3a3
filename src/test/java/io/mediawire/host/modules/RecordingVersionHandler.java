package io.mediawire.host.modules;

import io.mediawire.magnolia.Delta;
import io.mediawire.magnolia.DefaultModuleVersionHandler;
import io.mediawire.magnolia.InstallContext;
import io.mediawire.magnolia.Task;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A test module's version handler: records which of its tasks ran. */
public class RecordingVersionHandler extends DefaultModuleVersionHandler {
    static final List<String> RAN = new CopyOnWriteArrayList<>();

    public RecordingVersionHandler() {
        register(Delta.update("1.1.0", "Add the second thing", Task.of("second thing", c -> RAN.add("update 1.1.0"))));
        register(Delta.update("1.2.0", "Add the third thing", Task.of("third thing", c -> RAN.add("update 1.2.0"))));
    }

    @Override
    protected List<Task> extraInstallTasks(InstallContext context) {
        return List.of(Task.of("first thing", c -> RAN.add("install " + c.descriptor().version())));
    }
}
