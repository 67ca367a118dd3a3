package io.mediawire.host.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code media-wire subscriptions add|list|pause|resume|run}: the sources' feeds and their polling. */
@Command(name = "subscriptions", mixinStandardHelpOptions = true,
        description = "Add, list, pause, resume and run feed subscriptions.",
        subcommands = {SubscriptionsCommand.Add.class, SubscriptionsCommand.ListSubscriptions.class,
                SubscriptionsCommand.Pause.class, SubscriptionsCommand.Resume.class, SubscriptionsCommand.Run.class})
final class SubscriptionsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** One line per subscription: id, health (or paused), interval, mode, url, source, last and next run. */
    static String line(JsonNode s) {
        boolean enabled = s.path("enabled").asBoolean();
        return s.path("id").asText() + "  " + (enabled ? s.path("health").asText() : "paused")
                + "  every " + s.path("interval").asText() + "  " + s.path("publish").asText()
                + "  " + s.path("url").asText() + "  (" + s.path("sourceName").asText() + ")"
                + "  last run " + text(s.path("lastRun")) + ", next run " + text(s.path("nextRun"))
                + (s.path("lastError").isTextual() ? "  last error: " + s.path("lastError").asText() : "");
    }

    /** What a run did: "ok (HTTP 200) in 35 ms: 2 new, 0 duplicate, 1 filtered, 0 failed, 4 unchanged". */
    static String runLine(JsonNode run) {
        String counts = run.path("new").asInt() + " new, " + run.path("duplicate").asInt() + " duplicate, "
                + run.path("filtered").asInt() + " filtered, " + run.path("failed").asInt() + " failed, "
                + run.path("unchanged").asInt() + " unchanged";
        String status = run.path("status").asInt() == 0 ? "no answer" : "HTTP " + run.path("status").asInt();
        return run.path("outcome").asText() + " (" + status + ") in " + run.path("durationMs").asLong() + " ms: "
                + ("failed".equals(run.path("outcome").asText()) ? run.path("error").asText()
                : counts + (run.path("error").isTextual() ? "; first error: " + run.path("error").asText() : ""));
    }

    private static String text(JsonNode value) {
        return value.isNull() || value.isMissingNode() ? "-" : value.asText();
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Subscribe a source to a feed; its first poll is due at once.")
    static final class Add extends WireSubcommand {
        @Parameters(index = "0", paramLabel = "URL", description = "The feed (RSS, RDF, Atom or JSON Feed).")
        String url;

        @Option(names = "--source", required = true, description = "The source's id or node name.")
        String source;

        @Option(names = "--interval", defaultValue = "PT15M", description = "Time between polls, ISO-8601, at least "
                + "PT1M (default ${DEFAULT-VALUE}).")
        String interval;

        @Option(names = "--publish", description = "Publish what it brings (default: drafts).")
        boolean publish;

        @Option(names = "--filter", description = "Which items to keep, e.g. 'storm AND NOT category:sport'.")
        String filter;

        @Option(names = "--paused", description = "Add it paused.")
        boolean paused;

        @Override
        int act(WireClient wire, PrintWriter out) throws Exception {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("source", source);
            fields.put("url", url);
            fields.put("interval", interval);
            fields.put("publish", publish ? "publish" : "draft");
            if (filter != null) {
                fields.put("filters", filter);
            }
            fields.put("enabled", !paused);
            out.println(line(wire.addSubscription(fields)));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List subscriptions with their health.")
    static final class ListSubscriptions extends WireSubcommand {
        @Option(names = "--source", description = "Only this source's (id or node name).")
        String source;

        @Override
        int act(WireClient wire, PrintWriter out) throws Exception {
            wire.subscriptions(source).path("results").forEach(s -> out.println(line(s)));
            return 0;
        }
    }

    @Command(name = "pause", mixinStandardHelpOptions = true, description = "Stop polling a subscription.")
    static final class Pause extends WireSubcommand {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Override
        int act(WireClient wire, PrintWriter out) throws Exception {
            out.println(line(wire.pause(id)));
            return 0;
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true, description = "Poll a paused subscription again, "
            + "the first time at once.")
    static final class Resume extends WireSubcommand {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Override
        int act(WireClient wire, PrintWriter out) throws Exception {
            out.println(line(wire.resume(id)));
            return 0;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Poll a subscription now and print what the run did; exits 1 when the run failed.")
    static final class Run extends WireSubcommand {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Override
        int act(WireClient wire, PrintWriter out) throws Exception {
            JsonNode answer = wire.run(id);
            out.println(runLine(answer.path("run")));
            out.println("next run " + text(answer.path("subscription").path("nextRun")));
            return "failed".equals(answer.path("run").path("outcome").asText()) ? 1 : 0;
        }
    }
}
