package io.mediawire.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key of every YAML file of the Media Wire light module is one Magnolia knows for the
 * definition it belongs to ({@link MagnoliaDefinitions}), so a key Magnolia would ignore cannot
 * creep back unnoticed. A failure names the file, the key and the documentation to check.
 */
class LightModuleConformanceTest {
    static final Path MODULE = Path.of("light-modules/media-wire");

    @Test
    void everyKeyOfTheLightModuleIsOneMagnoliaKnows() {
        List<String> problems = KeyChecker.checkModule(MODULE);
        assertEquals(List.of(), problems, "keys Magnolia does not know:\n" + String.join("\n", problems));
    }

    @Test
    void everyKindOfDefinitionTheModuleHasIsChecked() throws IOException {
        try (Stream<Path> files = Files.walk(MODULE)) {
            List<String> yaml = files.map(f -> MODULE.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.endsWith(".yaml")).sorted().toList();
            assertTrue(yaml.size() >= 10, "the module's definitions: " + yaml);
            // No module.yaml: the folder is the resources of the Maven module media-wire (whose descriptor is
            // META-INF/magnolia/media-wire.xml); a module.yaml would declare a second module of the same name.
            assertFalse(yaml.contains("module.yaml"), "module.yaml would make a light module clash with the Maven module");
            for (String file : List.of("config.yaml", "apps/mediaWire.yaml", "contentTypes/mediaWire.yaml",
                    "templates/pages/article.yaml", "templates/components/recentPosts.yaml",
                    "restEndpoints/delivery/mediawire.yaml", "virtualUriMappings/articles.yaml", "decorations/site/config.yaml",
                    "themes/media-wire.yaml")) {
                assertTrue(yaml.contains(file), file + " is among " + yaml);
            }
            for (String file : yaml) {
                assertTrue(MagnoliaDefinitions.forFile(file).isPresent(), file + " has a definition type");
            }
        }
    }
}
