package io.mediawire.host.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.security.Role;
import io.mediawire.host.security.UserStore;
import io.mediawire.host.Host;
import io.mediawire.importing.FixtureSite;
import io.mediawire.importing.ImportException;
import io.mediawire.importing.ImportSource;
import io.mediawire.importing.ItemResult;
import io.mediawire.testing.TestHost;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code media-wire import --server}: the import runs in the host that holds the repository. */
class RemoteImportTest {
    @TempDir
    Path home;

    @Test
    void sendsTheImportToTheRunningHostAndReportsEachItem() throws Exception {
        try (FixtureSite site = new FixtureSite();
             Host host = TestHost.startAllowing(home, Clock.systemUTC(), site.hostPort())) {
            new UserStore(host.services().sessions(), Clock.systemUTC())
                    .add("maria", "correct horse battery".toCharArray(), EnumSet.of(Role.EDITOR), "test");
            StringWriter progress = new StringWriter();
            site.feed("/warned.json", "application/feed+json", """
                    {"version": "https://jsonfeed.org/version/1.1", "title": "Agency", "items": [
                      {"id": "w-1", "url": "{{base}}trains/night", "date_published": "soon"}]}""");
            List<ItemResult> results = new RemoteImport(host.baseUri(), "maria", "correct horse battery",
                    new PrintWriter(progress, true)).run(List.of(ImportSource.url(site.url("/fa/library").toString()),
                    ImportSource.url(site.url("/missing").toString()), ImportSource.url(site.url("/warned.json").toString())),
                    false, List.of());
            assertEquals(List.of(ItemResult.Outcome.IMPORTED, ItemResult.Outcome.FAILED, ItemResult.Outcome.IMPORTED),
                    results.stream().map(ItemResult::outcome).toList());
            // the fixture's pictures are not served (404, or a host that does not exist): each is a warning too
            assertEquals(List.of("unparseable date 'soon'"), results.get(2).warnings().stream()
                    .filter(w -> !w.startsWith("image not copied: ")).toList(), "warnings come back from the server");
            assertEquals(6, results.get(2).warnings().size(), results.get(2).warnings().toString());
            assertTrue(host.stories().byPath(results.get(0).path()).isPresent());
            assertTrue(results.get(1).reason().contains("404"), results.get(1).reason());

            ImportException refused = assertThrows(ImportException.class, () -> new RemoteImport(host.baseUri(), "maria",
                    "wrong password", new PrintWriter(progress)).run(List.of(ImportSource.url("https://example.com/")),
                    false, List.of()));
            assertTrue(refused.getMessage().contains("HTTP 401"), refused.getMessage());
        }
        ImportException noPassword = assertThrows(ImportException.class,
                () -> new RemoteImport(java.net.URI.create("http://localhost/"), "maria", null, new PrintWriter(new StringWriter())));
        assertTrue(noPassword.getMessage().contains("MEDIA_WIRE_PASSWORD"));
    }
}
