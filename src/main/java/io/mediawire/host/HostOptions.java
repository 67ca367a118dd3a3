package io.mediawire.host;

import io.mediawire.host.repository.ClusterOptions;
import io.mediawire.magnolia.ModuleSettings;
import java.nio.file.Path;

/**
 * How to run the host.
 *
 * @param home            the repository's folder (in a cluster: this node's own search indexes and files)
 * @param bindAddress     where Jetty listens; loopback by default in tests
 * @param port            0 picks a free port
 * @param lightModules    the light-modules folder; absent folders fall back to the class path
 * @param developmentMode reload definitions and templates on change
 * @param cluster         null for the embedded Derby repository; else this node's place in a cluster
 */
public record HostOptions(Path home, String bindAddress, int port, Path lightModules, boolean developmentMode,
                          ModuleSettings settings, ClusterOptions cluster) {

    /** One machine: the embedded repository. */
    public HostOptions(Path home, String bindAddress, int port, Path lightModules, boolean developmentMode,
                       ModuleSettings settings) {
        this(home, bindAddress, port, lightModules, developmentMode, settings, null);
    }

    public HostOptions withPort(int newPort) {
        return new HostOptions(home, bindAddress, newPort, lightModules, developmentMode, settings, cluster);
    }

    public HostOptions withSettings(ModuleSettings newSettings) {
        return new HostOptions(home, bindAddress, port, lightModules, developmentMode, newSettings, cluster);
    }

    public HostOptions withCluster(ClusterOptions newCluster) {
        return new HostOptions(home, bindAddress, port, lightModules, developmentMode, settings, newCluster);
    }

    public static HostOptions of(Path home) {
        return new HostOptions(home, "0.0.0.0", 8080, Path.of("light-modules"), false, ModuleSettings.defaults());
    }
}
