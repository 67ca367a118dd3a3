package io.mediawire.host.cli;

import io.mediawire.host.Host;
import io.mediawire.host.HostOptions;
import io.mediawire.magnolia.ModuleSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code media-wire serve}: runs the CMS until SIGTERM or Ctrl-C, then shuts down cleanly. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the CMS: embedded repository, or one node of a cluster (--cluster).")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default ${DEFAULT-VALUE}).")
    int port;

    @CommandLine.Mixin
    RepositoryOptions repository = new RepositoryOptions();

    @Option(names = "--bind", defaultValue = "0.0.0.0", description = "Address to listen on (default ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--light-modules", defaultValue = "light-modules",
            description = "Light modules folder (default ${DEFAULT-VALUE}); the copy in the jar is used where it is absent.")
    Path lightModules;

    @Option(names = "--dev", description = "Development mode: reload changed definitions and templates without a restart.")
    boolean dev;

    @Option(names = "--zone", defaultValue = "UTC", description = "The site's time zone (default ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Option(names = "--no-samples", description = "Do not install the sample stories on first start.")
    boolean noSamples;

    @Option(names = "--allow-private", paramLabel = "HOST[:PORT]",
            description = "Let imports fetch from this private or loopback address (repeatable).")
    java.util.List<String> allowPrivate = new java.util.ArrayList<>();

    @Option(names = "--watch-folder", paramLabel = "DIR",
            description = "Import every file dropped into this folder (ninjs, NewsML, saved pages) once it is complete; "
                    + "it moves to DIR/done or DIR/failed with a .reason.txt.")
    Path watchFolder;

    @Option(names = "--watch-publish", description = "Publish what the watched folder brings (embargoes still hold).")
    boolean watchPublish;

    @Option(names = "--watch-settle", defaultValue = "PT2S",
            description = "How long a dropped file must stay unchanged before it is taken (default ${DEFAULT-VALUE}).")
    java.time.Duration watchSettle;

    @Override
    public Integer call() throws Exception {
        ModuleSettings settings = new ModuleSettings(zone, Clock.systemUTC(), !noSamples)
                .withProperty(io.mediawire.importing.ImportSettings.ALLOW_PRIVATE, String.join(",", allowPrivate));
        Host host = Host.start(repository.options(new CommandLine(this), bind, port, lightModules, dev, settings, null));
        FolderWatch watch = watchFolder == null ? null
                : FolderWatch.start(watchFolder, watchSettle, watchPublish, host.services().imports(), settings.clock());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (watch != null) {
                watch.close();
            }
            host.close();
            stopped.countDown();
        }, "media-wire-shutdown"));
        System.out.println("Media Wire is running at " + host.baseUri() + "media-wire/ (repository: "
                + repository.describe() + ")");
        if (watch != null) {
            System.out.println("Watching " + watchFolder.toAbsolutePath().normalize() + " for wire files");
        }
        stopped.await();
        return 0;
    }
}
