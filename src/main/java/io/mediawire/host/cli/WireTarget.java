package io.mediawire.host.cli;

import io.mediawire.host.Host;
import io.mediawire.host.HostOptions;
import io.mediawire.host.repository.RepositoryInUseException;
import io.mediawire.importing.ImportException;
import io.mediawire.importing.ImportSettings;
import io.mediawire.magnolia.ModuleSettings;
import io.mediawire.subscriptions.SubscriptionSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Where {@code sources} and {@code subscriptions} act: a repository folder, or a running host ({@code --server}). */
final class WireTarget {
    @Option(names = "--home", defaultValue = "media-wire-home", description = "Repository folder (default ${DEFAULT-VALUE}).")
    Path home;

    @Option(names = "--server", description = "Act on a running host, e.g. http://localhost:8080/ (password in "
            + "MEDIA_WIRE_PASSWORD).")
    URI server;

    @Option(names = "--user", defaultValue = "${sys:user.name}", description = "The editor: recorded on changes; "
            + "with --server, the login.")
    String user;

    @Option(names = "--allow-private", paramLabel = "HOST[:PORT]",
            description = "Without --server: let a run fetch from this private or loopback address (repeatable).")
    List<String> allowPrivate = new ArrayList<>();

    WireClient open() throws Exception {
        if (server != null) {
            return new RemoteWire(ServerConnection.of(server, user, System.getenv("MEDIA_WIRE_PASSWORD")));
        }
        // no samples: as for import, a home that begins with a command holds real stories only
        ModuleSettings settings = new ModuleSettings(ZoneId.of("UTC"), Clock.systemUTC(), false)
                .withProperty(ImportSettings.ALLOW_PRIVATE, String.join(",", allowPrivate))
                .withProperty(SubscriptionSettings.POLL, "false"); // a one-off command never polls on its own
        try {
            return new LocalWire(Host.open(new HostOptions(home, null, 0, Path.of("light-modules"), false, settings)), user);
        } catch (RepositoryInUseException running) {
            throw new ImportException(running.getMessage()
                    + " To change a running host, add --server http://localhost:8080/ --user <editor>.");
        }
    }
}
