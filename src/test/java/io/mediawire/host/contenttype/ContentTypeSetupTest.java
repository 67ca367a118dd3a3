package io.mediawire.host.contenttype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.repository.EmbeddedRepository;
import io.mediawire.host.lightmodule.DefinitionRegistry;
import io.mediawire.host.lightmodule.LightModules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.jcr.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentTypeSetupTest {
    @TempDir
    Path dir;

    private ContentType contentType(String yaml) throws Exception {
        Path file = dir.resolve("modules/news/contentTypes/newsItem.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        DefinitionRegistry registry = new DefinitionRegistry(LightModules.find(dir.resolve("modules"), List.of(),
                getClass().getClassLoader()), false);
        return ContentTypeReader.read(registry.contentType("newsItem").orElseThrow());
    }

    @Test
    void autoCreateMakesTheWorkspaceNamespaceAndNodeType() throws Exception {
        ContentType type = contentType("""
                datasource:
                  workspace: news
                  autoCreate: true
                  namespaces:
                    ni: https://example.com/jcr/news/1.0
                model:
                  nodeType: ni:newsItem
                  properties:
                    title: {required: true}
                """);
        try (EmbeddedRepository repository = EmbeddedRepository.open(dir.resolve("home"))) {
            assertEquals(List.of(), new ContentTypeSetup(repository).apply(type));
            Session session = repository.login("news");
            try {
                assertTrue(session.getWorkspace().getNodeTypeManager().getNodeType("ni:newsItem").isNodeType("mgnl:content"));
                assertEquals("https://example.com/jcr/news/1.0", session.getNamespaceURI("ni"));
                assertEquals("title", type.properties().get(0).name());
            } finally {
                session.logout();
            }
        }
    }

    @Test
    void withoutAutoCreateWhatIsMissingIsReported() throws Exception {
        ContentType type = contentType("datasource:\n  workspace: elsewhere\nmodel:\n  nodeType: mgnl:unknownType\n");
        try (EmbeddedRepository repository = EmbeddedRepository.open(dir.resolve("home"))) {
            List<String> problems = new ContentTypeSetup(repository).apply(type);
            assertEquals(List.of("content type newsItem: workspace elsewhere does not exist",
                    "content type newsItem: node type mgnl:unknownType is not registered"), problems);
            Session session = repository.login(null);
            try {
                assertTrue(!Arrays.asList(session.getWorkspace().getAccessibleWorkspaceNames()).contains("elsewhere"));
            } finally {
                session.logout();
            }
        }
    }
}
