package io.mediawire.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.lightmodule.YamlDefinitionReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conformance checker finds what it is for, and lets through what Magnolia reads freely. */
class KeyCheckerTest {
    private static final YamlDefinitionReader YAML = new YamlDefinitionReader(path -> {
        throw new IOException("no includes here");
    });

    private static List<String> check(String file, String yaml) {
        return KeyChecker.check(file, YAML.read(yaml, file).body());
    }

    @Test
    void anUnknownKeyOfAnActionIsReportedWithItsPathAndDocumentation() {
        List<String> problems = check("apps/news.yaml", """
                name: news
                subApps:
                  browser:
                    actions:
                      publish:
                        $type: jcrCommandAction
                        command: activate
                        colour: red
                """);
        assertEquals(List.of("apps/news.yaml: subApps.browser.actions.publish.colour: not a key of jcrCommandAction ("
                + MagnoliaDefinitions.JCR_COMMAND_ACTION.docs + ")"), problems);
    }

    @Test
    void unknownTypesMisplacedMappingsAndUncoveredFilesAreReported() {
        assertEquals(List.of("apps/news.yaml: subApps.browser.actions.archive.$type: 'archiveAction' is not a type listed here "
                        + "(confirmationAction, jcrCommandAction, markAsDeletedAction, mediaWireImportAction, "
                        + "mediaWireSubscriptionAction, openDetailSubappAction)"),
                check("apps/news.yaml", "subApps: {browser: {actions: {archive: {$type: archiveAction}}}}"));
        assertEquals(List.of("apps/news.yaml: label: holds a value here, not a mapping"),
                check("apps/news.yaml", "label: {en: News}"));
        assertEquals(List.of("dialogs/pages/news.yaml: no Magnolia definition type is known for this file"),
                check("dialogs/pages/news.yaml", "form: {}"));
        assertEquals(List.of("restEndpoints/news.yaml: needs a $type (jcrDeliveryEndpoint_v2)"),
                check("restEndpoints/news.yaml", "workspace: news"));
    }

    @Test
    void contentTypeModelsHaveNoFormKeys() {
        List<String> problems = check("contentTypes/news.yaml", """
                datasource: {workspace: news}
                model:
                  properties:
                    - name: title
                      label: Title
                      readOnly: true
                """);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("contentTypes/news.yaml: model.properties[title].label: not a key of content type model property"),
                problems.get(0));
    }

    @Test
    void freeFormPlacesTakeAnyKey() {
        assertEquals(List.of(), check("templates/pages/home.yaml", """
                renderType: freemarker
                templateScript: /m/home.ftl
                parameters: {anything: 1, nested: {goes: here}}
                areas:
                  main:
                    type: list
                    availableComponents: {teaser: {id: m:components/teaser}}
                    autoGeneration:
                      generatorClass: info.magnolia.rendering.generator.CopyGenerator
                      content:
                        teaser: {nodeType: mgnl:component, templateId: m:components/teaser, count: 3}
                    areas:
                      inner: {type: single, parameters: {x: y}}
                """));
        assertEquals(List.of("templates/pages/home.yaml: areas.main.areas.inner.colour: not a key of area ("
                        + MagnoliaDefinitions.AREA.docs + ")"),
                check("templates/pages/home.yaml", "areas: {main: {areas: {inner: {colour: red}}}}"), "nested areas are checked too");
    }

    @Test
    void theRealModuleFailsOnADeliberatelyAddedUnknownKey(@TempDir Path copy) throws IOException {
        Path module = copy.resolve("media-wire");
        try (Stream<Path> files = Files.walk(LightModuleConformanceTest.MODULE)) {
            for (Path file : files.toList()) {
                Path target = module.resolve(LightModuleConformanceTest.MODULE.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        assertEquals(List.of(), KeyChecker.checkModule(module), "the copy conforms, as the module does");
        Files.writeString(module.resolve("restEndpoints/delivery/mediawire.yaml"), "cacheMaxAge: 60\n", StandardOpenOption.APPEND);
        assertEquals(List.of("restEndpoints/delivery/mediawire.yaml: cacheMaxAge: not a key of jcrDeliveryEndpoint_v2 ("
                + MagnoliaDefinitions.DELIVERY_ENDPOINT.docs + ")"), KeyChecker.checkModule(module));
    }

    @Test
    void keysOfThisRepositorysOwnDefinitionClassesAreTheirBeanProperties() {
        assertTrue(MagnoliaDefinitions.MEDIA_WIRE_IMPORT_ACTION.names().contains("publish"),
                MagnoliaDefinitions.MEDIA_WIRE_IMPORT_ACTION.names().toString());
        assertEquals(List.of(), check("apps/news.yaml",
                "subApps: {browser: {actions: {importStory: {$type: mediaWireImportAction, label: Import, publish: true}}}}"));
        assertEquals(List.of(), check("config.yaml", "siteName: X\npageSize: 5\n"), "MediaWireModule's properties");
        assertEquals(List.of("config.yaml: theme: not a key of " + MagnoliaDefinitions.MODULE_CONFIG.name
                + " (" + MagnoliaDefinitions.MODULE_CONFIG.docs + ")"), check("config.yaml", "theme: dark\n"));
    }
}
