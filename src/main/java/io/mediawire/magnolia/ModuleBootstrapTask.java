package io.mediawire.magnolia;

/**
 * Imports every bootstrap file of the module, {@code /mgnl-bootstrap/<module>/*.xml} in name order,
 * as Magnolia's task of the same name does on a fresh install.
 */
public class ModuleBootstrapTask implements Task {
    private final String root;

    public ModuleBootstrapTask() {
        this("/mgnl-bootstrap/");
    }

    ModuleBootstrapTask(String root) {
        this.root = root;
    }

    @Override
    public String name() {
        return "Bootstrap the module's content";
    }

    @Override
    public void execute(InstallContext context) throws Exception {
        for (String file : context.findResources(root + context.descriptor().name() + "/", ".xml")) {
            BootstrapSingleResource.importFile(context, file);
        }
    }
}
