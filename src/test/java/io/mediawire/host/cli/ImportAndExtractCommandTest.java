package io.mediawire.host.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediawire.host.Host;
import io.mediawire.host.HostOptions;
import io.mediawire.importing.FixtureSite;
import io.mediawire.magnolia.ModuleSettings;
import io.mediawire.story.Story;
import io.mediawire.story.StoryStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportAndExtractCommandTest {
    static FixtureSite site;
    @TempDir
    Path dir;

    @BeforeAll
    static void startSite() {
        site = new FixtureSite();
        site.feed("/feed.xml", "application/rss+xml", """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Agency</title>
                <item><title>Cranes</title><link>{{base}}business/cranes</link></item>
                <item><title>Gone</title><link>{{base}}gone</link></item>
                </channel></rss>""");
        site.feed("/warned.json", "application/feed+json", """
                {"version": "https://jsonfeed.org/version/1.1", "title": "Agency", "items": [
                  {"id": "w-1", "url": "{{base}}trains/night", "date_published": "soon"}]}""");
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = MediaWireCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void importsAFeedWithOneResultLinePerItemAndProgress() throws Exception {
        Path home = dir.resolve("home");
        Run run = run("import", site.url("/feed.xml").toString(), "--home", home.toString(),
                "--allow-private", site.hostPort(), "--publish", "--user", "desk");
        assertEquals(0, run.exit(), run.out() + run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(site.url("/business/cranes") + "  imported /")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.equals(site.url("/gone") + "  failed: HTTP 404 Not Found from " + site.url("/gone"))), run.out());
        assertTrue(run.err().contains("[2/2]"), run.err());
        assertTrue(run.err().contains("1 imported, 0 duplicate, 1 failed"), run.err());

        Run again = run("import", site.url("/business/cranes").toString(), "--home", home.toString(),
                "--allow-private", site.hostPort());
        assertEquals(0, again.exit(), "a duplicate is not a failure");
        assertTrue(again.out().contains("duplicate of /"), again.out());

        try (Host host = Host.open(new HostOptions(home, null, 0, Path.of("light-modules"), false, ModuleSettings.defaults()))) {
            Story cranes = host.stories()
                    .bySourceUrl("https://news.coastline-wire.example/business/2024/03/05/harbour-cranes-return").orElseThrow();
            assertEquals(StoryStatus.PUBLISHED, cranes.status());
            assertEquals("desk", cranes.createdBy());
            assertEquals(1, host.stories().count(), "the one import; no samples");
        }
    }

    @Test
    void importIntoANewHomeInstallsNoSampleStories() throws Exception {
        Path home = dir.resolve("fresh");
        Run run = run("import", site.url("/business/cranes").toString(), "--home", home.toString(),
                "--allow-private", site.hostPort());
        assertEquals(0, run.exit(), run.out() + run.err());
        // A later start, even one that would install samples on a new home, finds the module installed.
        try (Host host = Host.open(new HostOptions(home, null, 0, Path.of("light-modules"), false, ModuleSettings.defaults()))) {
            assertEquals(List.of("Harbour cranes return to Northport after six-year refit & repaint"),
                    host.stories().list(0, 20).items().stream().map(Story::headline).toList(),
                    "the imported story only: the demo stories are serve's, on its first start");
        }
    }

    @Test
    void exitsNonZeroWhenNothingCouldBeImported() {
        Run blocked = run("import", site.url("/business/cranes").toString(), "--home", dir.resolve("h2").toString());
        assertEquals(1, blocked.exit(), "without --allow-private the loopback fixture is a blocked address");
        assertTrue(blocked.out().contains("failed: blocked address"), blocked.out());
        Run notAUrl = run("import", "ftp://example.com/x", "--home", dir.resolve("h3").toString());
        assertEquals(2, notAUrl.exit());
        assertTrue(notAUrl.err().contains("only http and https addresses can be imported"), notAUrl.err());
    }

    @Test
    void importIntoARunningHostsRepositoryPointsToServer() throws Exception {
        Path home = dir.resolve("busy");
        try (Host running = io.mediawire.testing.TestHost.start(home)) {
            Run run = run("import", site.url("/business/cranes").toString(), "--home", home.toString());
            assertEquals(2, run.exit());
            assertTrue(run.err().contains("is in use by another Media Wire process"), run.err());
            assertTrue(run.err().contains("--server"), run.err());
            assertEquals(0, running.stories().count(), "nothing was written");
        }
    }

    @Test
    void extractPrintsJsonWithThePlainTextBody() throws Exception {
        Run run = run("extract", site.url("/business/cranes").toString(), "--json", "--allow-private", site.hostPort());
        assertEquals(0, run.exit(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("Harbour cranes return to Northport after six-year refit & repaint", json.get("headline").asText());
        assertTrue(json.get("articleBody").asText().contains("\n\n"), "paragraphs separated by a blank line");
        assertTrue(json.get("body").asText().startsWith("<p>"));
        assertEquals("Coastline Wire", json.get("sourceName").asText());

        Path saved = dir.resolve("page.html");
        Files.writeString(saved, FixtureSite.fixture("no-metadata.html"), StandardCharsets.UTF_8);
        Run file = run("extract", saved.toString(), "--base-url", "https://bugle.example/library", "--json");
        assertEquals(0, file.exit(), file.err());
        assertEquals("Library reopens after flood repairs", new ObjectMapper().readTree(file.out()).get("headline").asText());
    }

    @Test
    void refusesMoreThanAHundredSourcesAtOnce() {
        List<String> args = new java.util.ArrayList<>(List.of("import", "--home", dir.resolve("h4").toString()));
        for (int i = 0; i < 101; i++) {
            args.add("http://127.0.0.1:1/story-" + i);
        }
        Run run = run(args.toArray(String[]::new));
        assertEquals(2, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("101 sources") && run.err().contains("at most 100"), run.err());
    }

    @Test
    void aWarningIsPrintedOnTheItemsLineAndIsNoFailure() {
        Run run = run("import", site.url("/warned.json").toString(), "--home", dir.resolve("h5").toString(),
                "--allow-private", site.hostPort());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().matches("(?s)" + java.util.regex.Pattern.quote(site.url("/trains/night").toString())
                + "  imported /\\S+ \\(warnings: (image not copied: [^;]+; )+unparseable date 'soon'\\)\\R"), run.out());
        assertTrue(run.err().contains("1 imported, 0 duplicate, 0 failed (1 with warnings)"), run.err());
    }
}
