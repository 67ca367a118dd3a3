package io.mediawire.host.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code media-wire sources add|list}: the agencies whose stories are republished. */
@Command(name = "sources", mixinStandardHelpOptions = true, description = "Add and list sources (agencies).",
        subcommands = {SourcesCommand.Add.class, SourcesCommand.ListSources.class})
final class SourcesCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** One line per source: id, display name, hosts, headline policy. */
    static String line(JsonNode source) {
        List<String> hosts = new ArrayList<>();
        source.path("hosts").forEach(h -> hosts.add(h.asText()));
        return source.path("id").asText() + "  " + source.path("name").asText()
                + "  hosts: " + (hosts.isEmpty() ? "-" : String.join(", ", hosts))
                + "  headlines: " + source.path("headlinePolicy").asText();
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a source; prints it with its id.")
    static final class Add extends WireSubcommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "The name pages show for its stories.")
        String name;

        @Option(names = "--host", paramLabel = "HOST", description = "A host it publishes from (repeatable); "
                + "its subdomains are included.")
        List<String> hosts = new ArrayList<>();

        @Option(names = "--homepage", description = "Its home page.")
        String homepage;

        @Option(names = "--usage-terms", description = "What editors must know about using its stories.")
        String usageTerms;

        @Option(names = "--attribution", description = "A credit line its licence requires.")
        String attribution;

        @Option(names = "--headline-policy", description = "free, shortenOnly or locked (default: free).")
        String headlinePolicy;

        @Option(names = "--copy-images", description = "Its pictures may be copied to this site.")
        boolean copyImages;

        @Option(names = "--link-images", description = "Without --copy-images: show its pictures from its own "
                + "https address (default: leave them out).")
        boolean linkImages;

        @Override
        int act(WireClient wire, PrintWriter out) throws Exception {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("name", name);
            fields.put("hosts", hosts);
            fields.put("homepage", homepage);
            fields.put("usageTerms", usageTerms);
            fields.put("attribution", attribution);
            fields.put("headlinePolicy", headlinePolicy);
            fields.put("copyImages", copyImages);
            fields.put("linkImages", linkImages);
            fields.values().removeIf(v -> v == null);
            out.println(line(wire.addSource(fields)));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the sources by name.")
    static final class ListSources extends WireSubcommand {
        @Override
        int act(WireClient wire, PrintWriter out) throws Exception {
            wire.sources().path("results").forEach(source -> out.println(line(source)));
            return 0;
        }
    }
}
