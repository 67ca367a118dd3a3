package io.mediawire.host.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.repository.EmbeddedRepository;
import io.mediawire.magnolia.ModuleDescriptor;
import io.mediawire.magnolia.ModuleSettings;
import io.mediawire.magnolia.Version;
import io.mediawire.story.NewStory;
import io.mediawire.story.StoryStore;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import javax.jcr.Node;
import javax.jcr.Session;
import org.apache.jackrabbit.commons.cnd.CndImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Media Wire's install and its update from 1.0.0, through the host's module manager on a real repository. */
class MediaWireInstallTest {
    @TempDir
    Path dir;

    static List<ModuleDescriptor> mediaWire() {
        return new ModuleDiscovery(MediaWireInstallTest.class.getClassLoader()).discover().stream()
                .filter(d -> d.name().equals("media-wire")).toList();
    }

    @Test
    void aFreshInstallBootstrapsTheSectionAndArticlePages() throws Exception {
        try (EmbeddedRepository repository = EmbeddedRepository.open(dir.resolve("home"))) {
            ModuleManager manager = new ModuleManager(repository, settings(false), getClass().getClassLoader());
            List<String> ran = manager.installOrUpdate(mediaWire());
            assertTrue(ran.contains("media-wire: Bootstrap the module's content"), ran.toString());
            assertPages(repository);
        }
    }

    @Test
    void aRepositoryOfVersion100GetsThePagesOnUpdateAndKeepsItsStories() throws Exception {
        try (EmbeddedRepository repository = EmbeddedRepository.open(dir.resolve("home"))) {
            String id = installAsVersion100(repository);
            Session website = repository.login(EmbeddedRepository.WEBSITE);
            assertFalse(website.nodeExists("/media-wire"), "1.0.0 had no pages");
            website.logout();

            ModuleManager manager = new ModuleManager(repository, settings(true), getClass().getClassLoader());
            List<String> ran = manager.installOrUpdate(mediaWire());
            assertEquals(List.of("media-wire: Set up workspaces and node types", "media-wire: Bootstrap website.media-wire.xml"),
                    ran, "the 1.1.0 delta (the sources' workspace and node types, then the pages), nothing of the install");
            assertPages(repository);
            assertEquals(mediaWire().get(0).version(), manager.installedVersion("media-wire"));
            StoryStore store = new StoryStore(repository, ZoneId.of("UTC"), Clock.systemUTC());
            assertEquals("Kept through the update", store.byId(id).orElseThrow().headline());
            assertEquals(1, store.count(), "no samples on an update");

            assertEquals(List.of(), manager.installOrUpdate(mediaWire()), "the next start runs nothing");
        }
    }

    /** What a 1.0.0 install left: the workspace, its node types, the index roots, stories, the version. */
    private static String installAsVersion100(EmbeddedRepository repository) throws Exception {
        repository.ensureWorkspace(StoryStore.WORKSPACE);
        Session system = repository.login(null);
        try (Reader cnd = new InputStreamReader(MediaWireInstallTest.class.getResourceAsStream(
                "/mgnl-nodetypes/media-wire-nodetypes.cnd"), StandardCharsets.UTF_8)) {
            CndImporter.registerNodeTypes(cnd, "media-wire", system.getWorkspace().getNodeTypeManager(),
                    system.getWorkspace().getNamespaceRegistry(), system.getValueFactory(), true);
            system.getRootNode().addNode("modules", "mgnl:content").addNode("media-wire", "mgnl:content")
                    .setProperty("version", "1.0.0");
            system.save();
        } finally {
            system.logout();
        }
        Session stories = repository.login(StoryStore.WORKSPACE);
        try {
            StoryStore.prepareWorkspace(stories);
        } finally {
            stories.logout();
        }
        StoryStore store = new StoryStore(repository, ZoneId.of("UTC"), Clock.systemUTC());
        return store.create(NewStory.of("Kept through the update", "<p>Body</p>", "Wire", "https://wire.example/kept"),
                "editor").story().id();
    }

    private static void assertPages(EmbeddedRepository repository) throws Exception {
        Session website = repository.login(EmbeddedRepository.WEBSITE);
        try {
            Node section = website.getNode("/media-wire");
            assertTrue(section.isNodeType("mgnl:page"));
            assertEquals("media-wire:pages/section", section.getProperty("mgnl:template").getString());
            assertEquals("Media Wire", section.getProperty("title").getString());
            Node article = website.getNode("/media-wire/article");
            assertEquals("media-wire:pages/article", article.getProperty("mgnl:template").getString());
            Node component = website.getNode("/media-wire/article/aside/recentPosts");
            assertTrue(component.getParent().isNodeType("mgnl:area"));
            assertTrue(component.isNodeType("mgnl:component"));
            assertEquals("media-wire:components/recentPosts", component.getProperty("mgnl:template").getString());
            assertEquals(6, component.getProperty("count").getLong());
        } finally {
            website.logout();
        }
    }

    @Test
    void aBootstrapFileReplacesTheNodeItNamesAndMustBeNamedAfterIt() throws Exception {
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("META-INF/magnolia"));
        Files.createDirectories(classes.resolve("mgnl-bootstrap/pages"));
        Files.writeString(classes.resolve("META-INF/magnolia/pages.xml"),
                "<module><name>pages</name><version>1.0</version></module>");
        Files.writeString(classes.resolve("mgnl-bootstrap/pages/website.home.xml"), page("home", "First"));
        URLClassLoader loader = new URLClassLoader(new URL[]{classes.toUri().toURL()}, getClass().getClassLoader());
        List<ModuleDescriptor> module = new ModuleDiscovery(loader).discover().stream()
                .filter(d -> d.name().equals("pages")).toList();
        try (EmbeddedRepository repository = EmbeddedRepository.open(dir.resolve("home"))) {
            Session website = repository.login(EmbeddedRepository.WEBSITE);
            Node old = website.getRootNode().addNode("home", "mgnl:page");
            old.setProperty("title", "Old");
            old.setProperty("unrelated", "left from before");
            website.save();
            website.logout();

            new ModuleManager(repository, settings(false), loader).installOrUpdate(module);
            website = repository.login(EmbeddedRepository.WEBSITE);
            assertEquals("First", website.getNode("/home").getProperty("title").getString(), "the file's node replaced the old one");
            assertFalse(website.getNode("/home").hasProperty("unrelated"));
            website.logout();

            Files.writeString(classes.resolve("mgnl-bootstrap/pages/website.home.xml"), page("elsewhere", "Second"));
            Files.writeString(classes.resolve("META-INF/magnolia/pages.xml"),
                    "<module><name>pages</name><version>2.0</version></module>");
            ModuleDescriptor v2 = new ModuleDiscovery(loader).discover().stream().filter(d -> d.name().equals("pages"))
                    .findFirst().orElseThrow();
            ModuleManager manager = new ModuleManager(repository, settings(false), loader);
            // A 2.0 without deltas runs nothing; import the misnamed file the way an update task would.
            Session config = repository.login(null);
            config.getNode("/modules/pages").remove();
            config.save();
            config.logout();
            ModuleInstallException misnamed = assertThrows(ModuleInstallException.class, () -> manager.installOrUpdate(List.of(v2)));
            assertTrue(misnamed.getMessage().contains("top node is not named home"), misnamed.getMessage());
            assertEquals(null, manager.installedVersion("pages"), "a failed install is retried on the next start");
        }
    }

    private static String page(String name, String title) {
        return """
                <sv:node sv:name="%s" xmlns:sv="http://www.jcp.org/jcr/sv/1.0" xmlns:mgnl="http://www.magnolia.info/jcr/mgnl">
                  <sv:property sv:name="jcr:primaryType" sv:type="Name"><sv:value>mgnl:page</sv:value></sv:property>
                  <sv:property sv:name="title" sv:type="String"><sv:value>%s</sv:value></sv:property>
                </sv:node>
                """.formatted(name, title);
    }

    private static ModuleSettings settings(boolean samples) {
        return new ModuleSettings(ZoneId.of("UTC"), Clock.systemUTC(), samples);
    }

    @Test
    void theJarShipsNoFileUnderMagnoliasOwnNames() {
        ClassLoader loader = getClass().getClassLoader();
        assertEquals(null, loader.getResource("mgnl-nodetypes/magnolia-nodetypes.cnd"));
        assertEquals(null, loader.getResource("mgnl-nodetypes/magnolia-nodetypes.xml"));
        assertEquals(null, loader.getResource("mgnl-bootstrap-samples/media-wire/sample-stories.yaml"));
        assertTrue(Version.parse("1.1.0").compareTo(mediaWire().get(0).version()) <= 0);
    }
}
