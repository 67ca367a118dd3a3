package io.mediawire.host.cli;

import io.mediawire.host.HostOptions;
import io.mediawire.host.repository.ClusterOptions;
import io.mediawire.magnolia.ModuleSettings;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Which repository a command opens: the embedded one under --home, or a cluster node (--cluster). */
final class RepositoryOptions {
    @Option(names = "--home", defaultValue = "media-wire-home",
            description = "Repository folder (default ${DEFAULT-VALUE}); in a cluster, this node's own index and files.")
    Path home;

    @Option(names = "--cluster", paramLabel = "JDBC_URL",
            description = "Open a node of a cluster on this PostgreSQL database, jdbc:postgresql://HOST:PORT/DB "
                    + "(password from " + ClusterOptions.PASSWORD_VARIABLE + "). Without it: embedded Derby under --home.")
    String cluster;

    @Option(names = "--cluster-node-id", paramLabel = "ID", description = "This node's id, unique among running nodes.")
    String nodeId;

    @Option(names = "--cluster-user", paramLabel = "ROLE", description = "Database role, when not ?user= in the URL.")
    String clusterUser;

    @Option(names = "--cluster-sync-delay", paramLabel = "MILLIS", defaultValue = "2000",
            description = "How often this node reads the others' changes from the journal (default ${DEFAULT-VALUE} ms).")
    long syncDelay;

    /** Host options on this repository; {@code defaultNodeId} when the command has a sensible one, else null. */
    HostOptions options(CommandLine command, String bind, int port, Path lightModules, boolean dev, ModuleSettings settings,
                        String defaultNodeId) {
        HostOptions options = new HostOptions(home, bind, port, lightModules, dev, settings);
        if (cluster == null) {
            if (nodeId != null) {
                throw new CommandLine.ParameterException(command, "--cluster-node-id needs --cluster");
            }
            return options;
        }
        String id = nodeId == null ? defaultNodeId : nodeId;
        if (id == null) {
            throw new CommandLine.ParameterException(command, "--cluster needs --cluster-node-id");
        }
        return options.withCluster(ClusterOptions.of(cluster, clusterUser, id).withSyncDelay(Duration.ofMillis(syncDelay)));
    }

    /** What messages call this repository: the home, or the cluster's URL. */
    String describe() {
        return cluster == null ? home.toAbsolutePath().normalize().toString() : ClusterOptions.of(cluster, clusterUser,
                nodeId == null ? "maintenance" : nodeId).safeUrl();
    }
}
