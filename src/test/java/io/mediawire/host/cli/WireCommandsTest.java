package io.mediawire.host.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mediawire.host.Host;
import io.mediawire.host.benchmark.FixtureAgency;
import io.mediawire.host.security.Role;
import io.mediawire.host.security.UserStore;
import io.mediawire.importing.ImportException;
import io.mediawire.testing.TestHost;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code media-wire sources} and {@code subscriptions}, on a repository of their own and against a running host. */
class WireCommandsTest {
    static FixtureAgency agency;
    @TempDir
    Path dir;

    @BeforeAll
    static void startAgency() {
        agency = new FixtureAgency("127.0.0.1");
        agency.feed("cli");
        agency.publish("cli", FixtureAgency.Item.of("cli-1", "Harbour cranes return", "Two cranes arrived by sea."));
        agency.publish("cli", FixtureAgency.Item.of("cli-2", "Cup final moves to Sunday", "Rain forced the change."));
    }

    @AfterAll
    static void stopAgency() {
        agency.close();
    }

    static ImportAndExtractCommandTest.Run run(String... args) {
        return ImportAndExtractCommandTest.run(args);
    }

    @Test
    void sourcesAndSubscriptionsOnARepositoryOfTheirOwn() {
        String home = dir.resolve("home").toString();
        ImportAndExtractCommandTest.Run added = run("sources", "add", "Fixture Agency", "--host", "127.0.0.1",
                "--headline-policy", "shortenOnly", "--home", home);
        assertEquals(0, added.exit(), added.err());
        assertTrue(added.out().strip().endsWith("  Fixture Agency  hosts: 127.0.0.1  headlines: shortenOnly"), added.out());
        assertEquals(added.out(), run("sources", "list", "--home", home).out());

        ImportAndExtractCommandTest.Run subscribed = run("subscriptions", "add", agency.url("/feeds/cli").toString(),
                "--source", "fixture-agency", "--interval", "PT5M", "--filter", "NOT cup", "--home", home);
        assertEquals(0, subscribed.exit(), subscribed.err());
        String id = subscribed.out().substring(0, 36);
        assertTrue(subscribed.out().contains("  healthy  every PT5M  draft  " + agency.url("/feeds/cli") + "  (Fixture Agency)"),
                subscribed.out());

        ImportAndExtractCommandTest.Run polled = run("subscriptions", "run", id, "--home", home,
                "--allow-private", agency.hostPort());
        assertEquals(0, polled.exit(), polled.err());
        assertTrue(polled.out().startsWith("ok (HTTP 200) in "), polled.out());
        assertTrue(polled.out().contains(": 1 new, 0 duplicate, 1 filtered, 0 failed, 0 unchanged"), polled.out());
        assertTrue(polled.out().lines().toList().get(1).startsWith("next run 20"), polled.out());

        assertTrue(run("subscriptions", "pause", id, "--home", home).out().startsWith(id + "  paused  "));
        assertTrue(run("subscriptions", "list", "--home", home).out().contains("  paused  "));
        assertTrue(run("subscriptions", "resume", id, "--home", home).out().startsWith(id + "  healthy  "));
        assertEquals(1, run("subscriptions", "list", "--source", "fixture-agency", "--home", home).out().lines().count());
    }

    @Test
    void badInputEndsWithTheReasonAndExitCode2() {
        String home = dir.resolve("bad").toString();
        ImportAndExtractCommandTest.Run source = run("sources", "add", "Bad Agency", "--host", "bad host", "--home", home);
        assertEquals(2, source.exit());
        assertEquals("media-wire: hosts: 'bad host' is not a host name", source.err().strip());
        run("sources", "add", "Bad Agency", "--home", home);
        ImportAndExtractCommandTest.Run interval = run("subscriptions", "add", "https://feeds.example/rss", "--source",
                "bad-agency", "--interval", "PT10S", "--home", home);
        assertEquals(2, interval.exit());
        assertEquals("media-wire: interval must be at least 1 minute (PT1M), not PT10S", interval.err().strip());
        ImportAndExtractCommandTest.Run failed = run("subscriptions", "add", agency.url("/feeds/nothing").toString(),
                "--source", "bad-agency", "--home", home);
        String id = failed.out().substring(0, 36);
        ImportAndExtractCommandTest.Run refused = run("subscriptions", "run", id, "--home", home);
        assertEquals(1, refused.exit(), "a failed run is a failure");
        assertTrue(refused.out().startsWith("failed (no answer) in "), refused.out());
        assertTrue(refused.out().contains("blocked address: 127.0.0.1 is a loopback address"), refused.out());
    }

    @Test
    void theSameAgainstARunningHost() throws Exception {
        try (Host host = TestHost.startAllowing(dir.resolve("served"), Clock.systemUTC(), agency.hostPort())) {
            new UserStore(host.services().sessions(), Clock.systemUTC())
                    .add("maria", "correct horse battery".toCharArray(), EnumSet.of(Role.EDITOR), "test");
            try (WireClient wire = new RemoteWire(ServerConnection.of(host.baseUri(), "maria", "correct horse battery"))) {
                JsonNode source = wire.addSource(Map.of("name", "Remote Agency", "hosts", List.of("remote.example")));
                assertEquals(source.path("id").asText() + "  Remote Agency  hosts: remote.example  headlines: free",
                        SourcesCommand.line(source));
                JsonNode subscription = wire.addSubscription(Map.of("source", "remote-agency", "url",
                        agency.url("/feeds/cli").toString(), "interval", "PT10M", "enabled", false));
                String id = subscription.path("id").asText();
                assertTrue(SubscriptionsCommand.line(subscription).startsWith(id + "  paused  every PT10M  draft"));
                JsonNode run = wire.run(id);
                assertTrue(SubscriptionsCommand.runLine(run.path("run")).contains(": 2 new, 0 duplicate"), run.toString());
                assertFalse(wire.resume(id).path("nextRun").isNull());
                assertEquals(1, wire.subscriptions("remote-agency").path("results").size());
                ImportException refused = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                        () -> wire.addSubscription(Map.of("source", "remote-agency", "url", "https://x.example/",
                                "interval", "PT1S")));
                assertEquals("the server refused (HTTP 400): interval must be at least 1 minute (PT1M), not PT1S",
                        refused.getMessage());
            }
        }
    }
}
