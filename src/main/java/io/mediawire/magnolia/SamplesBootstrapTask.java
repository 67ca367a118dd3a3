package io.mediawire.magnolia;

/**
 * Imports the module's sample content, {@code /mgnl-bootstrap-samples/<module>/*.xml}, when the
 * samples switch is on ({@code magnolia.bootstrap.samples} in Magnolia).
 */
public final class SamplesBootstrapTask extends ModuleBootstrapTask {
    public SamplesBootstrapTask() {
        super("/mgnl-bootstrap-samples/");
    }

    @Override
    public String name() {
        return "Bootstrap the module's samples";
    }

    @Override
    public void execute(InstallContext context) throws Exception {
        if (context.settings().samples()) {
            super.execute(context);
        }
    }
}
