package io.mediawire.host.lightmodule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.admincentral.AppDefinition;
import io.mediawire.host.admincentral.AppDefinitionReader;
import io.mediawire.host.contenttype.ContentType;
import io.mediawire.host.contenttype.ContentTypeReader;
import io.mediawire.story.StoryNodes;
import io.mediawire.story.StoryProperty;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefinitionRegistryTest {
    @TempDir
    Path lightModules;

    private Path write(String path, String text) throws Exception {
        Path file = lightModules.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private DefinitionRegistry registry(boolean dev) {
        return new DefinitionRegistry(LightModules.find(lightModules, List.of(), getClass().getClassLoader()), dev);
    }

    @Test
    void aMalformedFileIsReportedWithItsPlaceAndTheRestLoads() throws Exception {
        write("news/contentTypes/good.yaml", "datasource:\n  workspace: news\nmodel:\n  nodeType: ni:item\n");
        write("news/contentTypes/broken.yaml", "datasource:\n  workspace: news\n   rootPath: /\nmodel: {}\n");
        DefinitionRegistry registry = registry(false);
        assertEquals(1, registry.problems().size());
        DefinitionProblem problem = registry.problems().get(0);
        assertEquals("news/contentTypes/broken.yaml", problem.file());
        assertEquals(3, problem.line());
        assertTrue(problem.reason().contains("mapping values are not allowed here"), problem.reason());
        assertTrue(registry.get("contentTypes", "news:good").isPresent());
        assertTrue(registry.get("contentTypes", "news:broken").isEmpty());
    }

    @Test
    void duplicateKeysAreAProblemToo() throws Exception {
        write("news/apps/dup.yaml", "name: a\nname: b\n");
        DefinitionProblem problem = registry(false).problems().get(0);
        assertEquals("news/apps/dup.yaml", problem.file());
        assertEquals(2, problem.line());
        assertTrue(problem.reason().contains("duplicate key name"), problem.reason());
    }

    @Test
    void keysDefinitionsLikeMagnolia() throws Exception {
        write("news/templates/pages/article.yaml", "title: Article\ntemplateScript: /news/templates/pages/article.ftl\n");
        write("news/templates/components/teaser.yaml", "title: Teaser\n");
        write("news/templates/pages/article.ftl", "<p>not a definition</p>");
        DefinitionRegistry registry = registry(false);
        assertEquals("Article", registry.get("templates", "news:pages/article").orElseThrow().body().get("title"));
        assertEquals("pages/article", registry.get("templates", "news:pages/article").orElseThrow().name());
        assertEquals(2, registry.all("templates").size());
        assertEquals("<p>not a definition</p>",
                new String(registry.resource("news", "templates/pages/article.ftl").orElseThrow()));
        assertTrue(registry.resource("news", "../../etc/passwd").isEmpty());
    }

    @Test
    void readsContentTypeTagsAndIncludes() throws Exception {
        write("news/includes/columns.yaml", "columns:\n  - name: title\n  - name: published\nlabel: Included\n");
        write("news/apps/news.yaml", "!content-type:newsItem\nname: news\nbrowser: !include:/news/includes/columns.yaml\n");
        write("news/apps/override.yaml", "name: o\nbrowser: !include:/news/includes/columns.yaml\n  label: Mine\n");
        DefinitionRegistry registry = registry(false);
        Definition app = registry.get("apps", "news:news").orElseThrow();
        assertEquals("!content-type:newsItem", app.tag());
        @SuppressWarnings("unchecked")
        Map<String, Object> browser = (Map<String, Object>) app.body().get("browser");
        assertEquals(2, ((List<?>) browser.get("columns")).size());
        @SuppressWarnings("unchecked")
        Map<String, Object> overridden = (Map<String, Object>) registry.get("apps", "news:override").orElseThrow()
                .body().get("browser");
        assertEquals("Mine", overridden.get("label"));
        assertTrue(registry.problems().isEmpty(), registry.problems().toString());
    }

    @Test
    void developmentModeReloadsAChangedFileWithoutARestart() throws Exception {
        Path file = write("news/templates/pages/page.yaml", "title: Before\n");
        DefinitionRegistry registry = registry(true);
        int[] reloads = {0};
        registry.onReload(() -> reloads[0]++);
        assertEquals("Before", registry.get("templates", "news:pages/page").orElseThrow().body().get("title"));
        Files.writeString(file, "title: After\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        Thread.sleep(300); // the registry looks at the disk at most every 250 ms
        assertEquals("After", registry.get("templates", "news:pages/page").orElseThrow().body().get("title"));
        assertEquals(1, reloads[0]);
    }

    @Test
    void productionModeKeepsWhatItLoaded() throws Exception {
        Path file = write("news/templates/pages/page.yaml", "title: Before\n");
        DefinitionRegistry registry = registry(false);
        Files.writeString(file, "title: After\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        Thread.sleep(300);
        assertEquals("Before", registry.get("templates", "news:pages/page").orElseThrow().body().get("title"));
    }

    @Test
    void theMediaWireContentTypeDescribesTheStory() {
        DefinitionRegistry registry = new DefinitionRegistry(
                LightModules.find(Path.of("light-modules"), List.of("media-wire"), getClass().getClassLoader()), false);
        assertTrue(registry.problems().isEmpty(), registry.problems().toString());
        ContentType type = ContentTypeReader.read(registry.contentType("mediaWire").orElseThrow());
        assertEquals("mediawire", type.workspace());
        assertEquals("mw:story", type.nodeType());
        assertEquals("https://media-wire.io/jcr/1.0", type.namespaces().get("mw"));
        assertEquals("richText", type.property("body").orElseThrow().type());
        assertTrue(type.property("headline").orElseThrow().required());
        assertTrue(type.property("tags").orElseThrow().multiple());
    }

    @Test
    void everyPropertyOfTheMediaWireContentTypeIsInTheStoryTable() {
        DefinitionRegistry registry = new DefinitionRegistry(
                LightModules.find(Path.of("light-modules"), List.of("media-wire"), getClass().getClassLoader()), false);
        ContentType type = ContentTypeReader.read(registry.contentType("mediaWire").orElseThrow());
        // Whether a field can be edited is the app form's word (readOnly, hiddenField), as in Magnolia.
        AppDefinition app = new AppDefinitionReader(registry).read("media-wire:mediaWire");
        for (ContentType.Property property : type.properties()) {
            StoryProperty story = StoryNodes.property(property.name())
                    .orElseThrow(() -> new AssertionError(property.name() + " is not in StoryNodes.PROPERTIES"));
            boolean editable = app.field(property.name()).map(AppDefinition.Field::isEditable).orElse(true);
            assertEquals(editable, story.owner() == StoryProperty.Owner.DESK,
                    property.name() + ": editable in the app's form only when the desk owns it");
        }
    }

    @Test
    void theClassPathCopyIsUsedWhenNoFolderHasTheModule() {
        DefinitionRegistry registry = new DefinitionRegistry(
                LightModules.find(lightModules, List.of("media-wire"), getClass().getClassLoader()), false);
        assertEquals("classpath", registry.trees().get(0).origin());
        assertTrue(registry.contentType("mediaWire").isPresent());
    }
    @Test
    void aSymbolicLinkLeadingOutOfTheModuleIsNotPartOfIt(@TempDir Path elsewhere) throws Exception {
        Files.writeString(elsewhere.resolve("secret.css"), "body { content: 'secret' }");
        Files.writeString(elsewhere.resolve("evil.yaml"), "title: From elsewhere\n");
        Files.writeString(elsewhere.resolve("evil.ftl"), "<p>from elsewhere</p>");
        write("news/webresources/css/own.css", "body {}");
        write("news/templates/pages/article.yaml", "title: Article\n");
        Path css = lightModules.resolve("news/webresources/css");
        Files.createSymbolicLink(css.resolve("linked.css"), elsewhere.resolve("secret.css"));
        Files.createSymbolicLink(css.resolve("alias.css"), css.resolve("own.css"));
        Files.createSymbolicLink(lightModules.resolve("news/webresources/outside"), elsewhere);
        Files.createSymbolicLink(lightModules.resolve("news/templates/pages/evil.yaml"), elsewhere.resolve("evil.yaml"));
        Files.createSymbolicLink(lightModules.resolve("news/templates/pages/evil.ftl"), elsewhere.resolve("evil.ftl"));
        DefinitionRegistry registry = registry(false);

        assertTrue(registry.resource("news", "webresources/css/linked.css").isEmpty(), "a linked file outside");
        assertTrue(registry.resource("news", "webresources/outside/secret.css").isEmpty(), "a file in a linked folder");
        assertTrue(registry.resource("news", "templates/pages/evil.ftl").isEmpty(), "a template script linked in");
        assertEquals(-1, registry.lastModified("news", "templates/pages/evil.ftl"));
        assertTrue(registry.get("templates", "news:pages/evil").isEmpty(), "a definition linked in");
        assertTrue(registry.get("templates", "news:pages/article").isPresent());
        assertEquals("body {}", new String(registry.resource("news", "webresources/css/alias.css").orElseThrow()),
                "a link that stays inside the module works");
        ResourceTree tree = registry.trees().get(0);
        assertFalse(tree.list().contains("webresources/css/linked.css"));
        assertTrue(tree.list().contains("webresources/css/alias.css"));
    }

    @Test
    void aModuleFolderThatIsALinkIsReadWhole(@TempDir Path elsewhere) throws Exception {
        Path real = elsewhere.resolve("news");
        Files.createDirectories(real.resolve("templates/pages"));
        Files.writeString(real.resolve("templates/pages/article.yaml"), "title: Article\n");
        Files.createSymbolicLink(lightModules.resolve("news"), real);
        DefinitionRegistry registry = registry(false);
        assertTrue(registry.get("templates", "news:pages/article").isPresent());
        assertEquals("title: Article\n", new String(registry.resource("news", "templates/pages/article.yaml").orElseThrow()));
    }
}
