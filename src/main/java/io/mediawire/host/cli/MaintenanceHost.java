package io.mediawire.host.cli;

import io.mediawire.host.Host;
import io.mediawire.magnolia.ModuleSettings;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * The repository opened for a one-off command (export, restore): modules installed and started, so
 * workspaces and node types exist, but no web server and no polling. In a cluster it joins as node
 * "maintenance" unless told otherwise: one fixed id, so its row in the journal's revision table is reused.
 */
final class MaintenanceHost {
    static final String NODE_ID = "maintenance";

    private MaintenanceHost() {
    }

    static Host open(CommandLine command, RepositoryOptions repository) throws Exception {
        ModuleSettings settings = ModuleSettings.defaults()
                .withProperty(io.mediawire.subscriptions.SubscriptionSettings.POLL, "false");
        return Host.open(repository.options(command, null, 0, Path.of("light-modules"), false, settings, NODE_ID));
    }
}
