package io.mediawire.host.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/** A {@code sources} or {@code subscriptions} subcommand: opens its target, acts, prints, returns the exit code. */
abstract class WireSubcommand implements Callable<Integer> {
    @Mixin
    WireTarget target;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    abstract int act(WireClient wire, PrintWriter out) throws Exception;

    @Override
    public Integer call() throws Exception {
        try (WireClient wire = target.open()) {
            return act(wire, spec.commandLine().getOut());
        }
    }
}
