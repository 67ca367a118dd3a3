package io.mediawire.host.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.module.MediaWireModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** config.yaml keys become bean properties of the module class, as Magnolia's module configuration binds them. */
class ModuleConfigurationTest {

    static List<String> bind(Object module, String yaml) {
        return ModuleConfiguration.bind(module, yaml.getBytes(StandardCharsets.UTF_8), "media-wire/config.yaml");
    }

    @Test
    void theShippedConfigFillsTheModule() throws Exception {
        MediaWireModule module = new MediaWireModule();
        List<String> problems = ModuleConfiguration.bind(module,
                Files.readAllBytes(Path.of("light-modules/media-wire/config.yaml")), "media-wire/config.yaml");
        assertEquals(List.of(), problems, "every key of the shipped file is a property of the module class");
        assertEquals("The Daily Courier", module.getSiteName());
        assertEquals("Media Wire", module.getSectionTitle());
        assertEquals(10, module.getPageSize());
        assertEquals("", module.getSiteUrl());
        assertTrue(module.isChromeFollowsStory());
    }

    @Test
    void valuesAreConvertedToTheSettersTypes() {
        MediaWireModule module = new MediaWireModule();
        assertEquals(List.of(), bind(module, """
                siteName: Iran Front Page
                pageSize: "25"
                chromeFollowsStory: "false"
                siteUrl: https://news.example/
                """));
        assertEquals("Iran Front Page", module.getSite().name());
        assertEquals(25, module.getSite().pageSize());
        assertFalse(module.getSite().chromeFollowsStory());
        assertEquals("https://news.example", module.getSite().url(), "no trailing slash");
    }

    @Test
    void aBadKeyIsReportedAndLeavesThePropertyWhileTheOthersApply() {
        MediaWireModule module = new MediaWireModule();
        List<String> problems = bind(module, """
                pageSize: 0
                chromeFollowsStory: maybe
                sitename: wrong case
                language: fa
                siteName: ""
                """);
        assertEquals(List.of(
                "media-wire/config.yaml: pageSize: pageSize must be 1..100, got 0",
                "media-wire/config.yaml: chromeFollowsStory: must be true or false, got maybe",
                "media-wire/config.yaml: sitename: no such property on MediaWireModule",
                "media-wire/config.yaml: siteName: siteName must not be empty"), problems);
        assertEquals(10, module.getPageSize());
        assertTrue(module.isChromeFollowsStory());
        assertEquals("fa", module.getLanguage());
        assertEquals("Media Wire", module.getSiteName());
        assertEquals(List.of("media-wire/config.yaml: must be a mapping of property names to values"), bind(module, "- a\n- b\n"));
        assertTrue(bind(module, "a: [").get(0).startsWith("media-wire/config.yaml: not readable YAML"));
        assertEquals(List.of(), bind(module, ""), "an empty file changes nothing");
    }
}
