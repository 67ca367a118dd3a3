package io.mediawire.host.cli;

import io.mediawire.host.Host;
import io.mediawire.host.repository.Backup;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code media-wire restore}: replaces the site's content by an export's. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace the content of every workspace in an export (FILE, or standard input) with the export's.")
final class RestoreCommand implements Callable<Integer> {
    @CommandLine.Mixin
    RepositoryOptions repository = new RepositoryOptions();

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The export; standard input when absent.")
    Path input;

    @Override
    public Integer call() throws Exception {
        try (Host host = MaintenanceHost.open(new CommandLine(this), repository);
             InputStream in = new BufferedInputStream(input == null ? System.in : Files.newInputStream(input), 1 << 16)) {
            int nodes = Backup.restore(host.repository(), in);
            System.err.println("Restored " + nodes + " top-level nodes into " + repository.describe());
        }
        return 0;
    }
}
