package io.mediawire.host.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.Host;
import io.mediawire.host.HostOptions;
import io.mediawire.host.repository.EmbeddedRepository;
import io.mediawire.magnolia.ModuleDescriptor;
import io.mediawire.magnolia.ModuleSettings;
import io.mediawire.magnolia.Version;
import io.mediawire.sources.SourceFields;
import io.mediawire.subscriptions.SubscriptionSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import javax.jcr.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A home installed by 1.0.0, which had no sources, gets their workspace from the 1.1.0 update. */
class MediaWireUpdateTest {
    @TempDir
    Path home;

    @Test
    void aHomeOfVersion100GetsTheSourcesWorkspaceOnUpdate() throws Exception {
        ClassLoader loader = getClass().getClassLoader();
        ModuleDescriptor current = new ModuleDiscovery(loader).discover().stream()
                .filter(d -> d.name().equals("media-wire")).findFirst().orElseThrow();
        ModuleDescriptor.RepositoryDefinition repository = current.repositories().get(0);
        ModuleDescriptor version100 = new ModuleDescriptor(current.name(), current.displayName(), current.description(),
                current.moduleClass(), current.versionHandler(), Version.parse("1.0.0"), current.dependencies(),
                List.of(new ModuleDescriptor.RepositoryDefinition(repository.name(), List.of("mediawire"),
                        repository.nodeTypeFile())), current.source());
        ModuleSettings settings = new ModuleSettings(ZoneId.of("UTC"), Clock.systemUTC(), false)
                .withProperty(SubscriptionSettings.POLL, "false");
        try (EmbeddedRepository old = EmbeddedRepository.open(home)) {
            new ModuleManager(old, settings, loader).installOrUpdate(List.of(version100));
            assertFalse(workspaces(old).contains("mediawire-sources"));
        }

        try (Host host = Host.open(new HostOptions(home, null, 0, Path.of("light-modules"), false, settings))) {
            assertTrue(host.installReport().contains("media-wire: Set up workspaces and node types"),
                    host.installReport().toString());
            assertEquals("Updated Agency", host.services().sources()
                    .create(SourceFields.named("Updated Agency", List.of("updated.example")), "m").name());
        }
    }

    private static List<String> workspaces(EmbeddedRepository repository) throws Exception {
        Session session = repository.login(null);
        try {
            return Arrays.asList(session.getWorkspace().getAccessibleWorkspaceNames());
        } finally {
            session.logout();
        }
    }
}
