package io.mediawire.host.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code media-wire}: the one executable jar's command line. */
@Command(name = "media-wire", mixinStandardHelpOptions = true, version = "Media Wire 1.1.0",
        description = "Republish stories from other news agencies.",
        subcommands = {ServeCommand.class, ImportCommand.class, ExtractCommand.class, UsersCommand.class,
                SourcesCommand.class, SubscriptionsCommand.class, ExportCommand.class, RestoreCommand.class,
                StoreBenchmarkCommand.class, ExtractionBenchmarkCommand.class, SubscriptionBenchmarkCommand.class,
                HttpBenchmarkCommand.class})
public final class MediaWireCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new MediaWireCommand());
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            cl.getErr().println("media-wire: " + e.getMessage());
            return 2;
        });
        return commandLine;
    }
}
