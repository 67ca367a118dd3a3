package io.mediawire.host.cli;

import io.mediawire.host.Host;
import io.mediawire.host.repository.Backup;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code media-wire export}: the whole site as one XML file (JCR system view per workspace), streamed. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write every Media Wire workspace (stories, pages, pictures, sources, users...) as XML to "
                + "standard output or --output; `media-wire restore` reads it into an embedded home or a cluster.")
final class ExportCommand implements Callable<Integer> {
    @CommandLine.Mixin
    RepositoryOptions repository = new RepositoryOptions();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        try (Host host = MaintenanceHost.open(new CommandLine(this), repository);
             OutputStream out = new BufferedOutputStream(output == null ? System.out : Files.newOutputStream(output), 1 << 16)) {
            int nodes = Backup.export(host.repository(), out);
            out.flush();
            System.err.println("Exported " + nodes + " top-level nodes of " + Backup.workspaces(host.repository()).size()
                    + " workspaces from " + repository.describe());
        }
        return 0;
    }
}
