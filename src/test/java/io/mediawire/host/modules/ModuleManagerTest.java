package io.mediawire.host.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.repository.EmbeddedRepository;
import io.mediawire.magnolia.ModuleDescriptor;
import io.mediawire.magnolia.ModuleSettings;
import io.mediawire.magnolia.Version;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleManagerTest {
    @TempDir
    Path dir;

    @BeforeEach
    void reset() {
        RecordingVersionHandler.RAN.clear();
    }

    private List<ModuleDescriptor> testModule(String version) throws IOException {
        Path classes = dir.resolve("classes-" + version);
        Files.createDirectories(classes.resolve("META-INF/magnolia"));
        Files.writeString(classes.resolve("META-INF/magnolia/recording.xml"), """
                <!DOCTYPE module SYSTEM "module.dtd">
                <module>
                  <name>recording</name>
                  <versionHandler>io.mediawire.host.modules.RecordingVersionHandler</versionHandler>
                  <version>%s</version>
                  <dependencies><dependency><name>core</name><version>6.2/*</version></dependency></dependencies>
                </module>
                """.formatted(version));
        URLClassLoader loader = new URLClassLoader(new URL[]{classes.toUri().toURL()}, getClass().getClassLoader());
        return new ModuleDiscovery(loader).discover().stream().filter(d -> d.name().equals("recording")).toList();
    }

    @Test
    void installsOnceThenRunsOnlyTheNewUpdates() throws Exception {
        try (EmbeddedRepository repository = EmbeddedRepository.open(dir.resolve("home"))) {
            ModuleManager manager = new ModuleManager(repository, ModuleSettings.defaults(), getClass().getClassLoader());
            manager.installOrUpdate(testModule("1.0.0"));
            assertEquals(List.of("install 1.0.0"), RecordingVersionHandler.RAN);
            assertEquals(Version.parse("1.0.0"), manager.installedVersion("recording"));

            assertEquals(List.of(), manager.installOrUpdate(testModule("1.0.0")), "a restart runs nothing");

            List<String> ran = manager.installOrUpdate(testModule("1.2.0"));
            assertEquals(List.of("recording: second thing", "recording: third thing"), ran);
            assertEquals(List.of("install 1.0.0", "update 1.1.0", "update 1.2.0"), RecordingVersionHandler.RAN);
            assertEquals(Version.parse("1.2.0"), manager.installedVersion("recording"));

            IllegalStateException downgrade = assertThrows(IllegalStateException.class,
                    () -> manager.installOrUpdate(testModule("1.1.0")));
            assertTrue(downgrade.getMessage().contains("refusing to downgrade"), downgrade.getMessage());
        }
    }

    @Test
    void aMissingDependencyIsNamed() {
        ModuleDescriptor needy = new ModuleDescriptor("needy", "Needy", null, null, null, Version.parse("1.0"),
                List.of(new ModuleDescriptor.Dependency("rest-services", "2.0/*", false)), List.of(), "needy.xml");
        ModuleInstallException e = assertThrows(ModuleInstallException.class,
                () -> new ModuleManager(null, ModuleSettings.defaults(), getClass().getClassLoader())
                        .installOrUpdate(List.of(needy)));
        assertEquals("needy needs module rest-services 2.0/*, which is not installed", e.getMessage());
    }

    @Test
    void modulesComeAfterWhatTheyDependOn() {
        ModuleDescriptor a = module("a", "b");
        ModuleDescriptor b = module("b", "c");
        ModuleDescriptor c = module("c");
        assertEquals(List.of("c", "b", "a"),
                ModuleManager.inDependencyOrder(List.of(a, b, c)).stream().map(ModuleDescriptor::name).toList());
        ModuleInstallException circle = assertThrows(ModuleInstallException.class,
                () -> ModuleManager.inDependencyOrder(List.of(module("x", "y"), module("y", "x"))));
        assertTrue(circle.getMessage().contains("in a circle"), circle.getMessage());
    }

    private static ModuleDescriptor module(String name, String... needs) {
        return new ModuleDescriptor(name, name, null, null, null, Version.parse("1.0"),
                java.util.Arrays.stream(needs).map(n -> new ModuleDescriptor.Dependency(n, "*", false)).toList(),
                List.of(), name + ".xml");
    }

    @Test
    void readsTheMediaWireDescriptor() throws IOException {
        ModuleDescriptor descriptor = new ModuleDiscovery(getClass().getClassLoader()).discover().stream()
                .filter(d -> d.name().equals("media-wire")).findFirst().orElseThrow();
        assertEquals("Media Wire", descriptor.displayName());
        assertEquals("io.mediawire.module.MediaWireModule", descriptor.moduleClass());
        assertEquals("io.mediawire.module.MediaWireVersionHandler", descriptor.versionHandler());
        assertEquals(List.of("mediawire", "mediawire-sources"), descriptor.workspaces());
        assertEquals("/mgnl-nodetypes/media-wire-nodetypes.cnd", descriptor.repositories().get(0).nodeTypeFile());
        assertTrue(descriptor.version().compareTo(Version.parse("1.0.0")) >= 0, "version filtered from the pom");
    }

    @Test
    void aBrokenDescriptorNamesFileAndLine() {
        String xml = "<!DOCTYPE module SYSTEM \"module.dtd\">\n<module>\n  <name>x</name>\n  <version>1.0</version>\n</modul>";
        InvalidDescriptorException e = assertThrows(InvalidDescriptorException.class, () -> new ModuleDescriptorReader()
                .read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "META-INF/magnolia/x.xml"));
        assertTrue(e.getMessage().startsWith("META-INF/magnolia/x.xml line 5:"), e.getMessage());
        InvalidDescriptorException noVersion = assertThrows(InvalidDescriptorException.class, () -> new ModuleDescriptorReader()
                .read(new ByteArrayInputStream("<module><name>x</name></module>".getBytes(StandardCharsets.UTF_8)), "y.xml"));
        assertEquals("y.xml: <version> is required", noVersion.getMessage());
    }
}
