package io.mediawire.host.cli;

import io.mediawire.host.Host;
import io.mediawire.host.HostOptions;
import io.mediawire.importing.ImportProgress;
import io.mediawire.importing.ImportService;
import io.mediawire.importing.ImportSettings;
import io.mediawire.importing.ImportSource;
import io.mediawire.importing.ItemResult;
import io.mediawire.magnolia.ModuleSettings;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code media-wire import}: imports articles, feeds or saved pages, one result line per item.
 * Opens the repository itself, or with {@code --server} sends the import to a running host.
 * Exits 0 when at least one item was imported or already there, 1 when every item failed.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import article pages, RSS/Atom/JSON feeds or saved HTML files as draft stories.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "URL|FILE", description = "Article or feed URLs, or saved pages.")
    List<String> inputs;

    @Option(names = "--home", defaultValue = "media-wire-home", description = "Repository folder (default ${DEFAULT-VALUE}).")
    Path home;

    @Option(names = "--publish", description = "Publish the imported stories at once.")
    boolean publish;

    @Option(names = "--base-url", description = "Original address of a saved page.")
    URI baseUrl;

    @Option(names = "--allow-private", paramLabel = "HOST[:PORT]",
            description = "Allow fetching from this private or loopback address (repeatable).")
    List<String> allowPrivate = new ArrayList<>();

    @Option(names = "--zone", defaultValue = "UTC", description = "The site's time zone (default ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Option(names = "--user", defaultValue = "${sys:user.name}", description = "Recorded as the importing user; "
            + "with --server, the editor's login (password from MEDIA_WIRE_PASSWORD).")
    String user;

    @Option(names = "--server", description = "Send the import to a running host, e.g. http://localhost:8080/.")
    URI server;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ImportService.checkSourceCount(inputs.size());
        List<ImportSource> sources = inputs.stream().map(i -> SourceArguments.parse(i, baseUrl)).toList();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ItemResult> results = server != null
                ? new RemoteImport(server, user, System.getenv("MEDIA_WIRE_PASSWORD"), err).run(sources, publish, allowPrivate)
                : importLocally(sources, out, err);
        if (server != null) {
            results.forEach(r -> out.println(line(r)));
        }
        long failed = results.stream().filter(r -> r.outcome() == ItemResult.Outcome.FAILED).count();
        long warned = results.stream().filter(r -> !r.warnings().isEmpty()).count();
        long updated = results.stream().filter(r -> r.outcome() == ItemResult.Outcome.UPDATED).count();
        err.printf("%d imported, %d duplicate, %d failed%s%s%n",
                results.stream().filter(r -> r.outcome() == ItemResult.Outcome.IMPORTED).count(),
                results.stream().filter(r -> r.outcome() == ItemResult.Outcome.DUPLICATE).count(), failed,
                updated == 0 ? "" : ", " + updated + " updated (known wire items)",
                warned == 0 ? "" : " (" + warned + " with warnings)");
        return failed == results.size() ? 1 : 0;
    }

    private List<ItemResult> importLocally(List<ImportSource> sources, PrintWriter out, PrintWriter err) throws Exception {
        // Samples are serve's, on a new home's first start: a home that begins with an import holds real stories.
        ModuleSettings settings = new ModuleSettings(zone, Clock.systemUTC(), false)
                .withProperty(ImportSettings.ALLOW_PRIVATE, String.join(",", allowPrivate))
                .withProperty(io.mediawire.subscriptions.SubscriptionSettings.POLL, "false"); // a one-off command never polls
        try (Host host = openRepository(settings)) {
            AtomicInteger total = new AtomicInteger();
            AtomicInteger done = new AtomicInteger();
            return host.services().imports().importNow(sources, publish, user, new ImportProgress() {
                @Override
                public void found(String source, int items) {
                    total.addAndGet(items);
                    if (items > 1) {
                        err.printf("%s: %d items%n", source, items);
                    }
                }

                @Override
                public void finished(ItemResult result) {
                    out.println(line(result));
                    if (total.get() > 1) {
                        err.printf("[%d/%d]%n", done.incrementAndGet(), total.get());
                    }
                    out.flush();
                    err.flush();
                }
            });
        }
    }

    private Host openRepository(ModuleSettings settings) throws Exception {
        try {
            return Host.open(new HostOptions(home, null, 0, Path.of("light-modules"), false, settings));
        } catch (io.mediawire.host.repository.RepositoryInUseException running) {
            throw new io.mediawire.importing.ImportException(running.getMessage()
                    + " To import into a running host, add --server http://localhost:8080/ --user <editor>.");
        }
    }

    static String line(ItemResult result) {
        return result.input() + "  " + result.describeWithWarnings();
    }
}
