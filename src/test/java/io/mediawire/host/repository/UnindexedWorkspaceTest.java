package io.mediawire.host.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sources workspace is kept out of Lucene, in a new repository and in one made before. */
class UnindexedWorkspaceTest {
    static final String SOURCES = "mediawire-sources";
    @TempDir
    Path home;

    @Test
    void aNewSourcesWorkspaceHasNoSearchIndexAndStillStoresAndReads() throws Exception {
        try (EmbeddedRepository repository = EmbeddedRepository.open(home)) {
            repository.ensureWorkspace(SOURCES);
            repository.ensureWorkspace("indexed");
            Session session = repository.login(SOURCES);
            try {
                session.getRootNode().addNode("agency", "nt:unstructured").setProperty("name", "Agency");
                session.save();
                assertEquals("Agency", session.getNode("/agency").getProperty("name").getString());
                assertThrows(RepositoryException.class, () -> session.getWorkspace().getQueryManager()
                        .createQuery("SELECT * FROM [nt:base]", Query.JCR_SQL2).execute(), "nothing to query");
            } finally {
                session.logout();
            }
        }
        assertFalse(workspaceXml(SOURCES).contains("SearchIndex"));
        assertTrue(workspaceXml("indexed").contains("SearchIndex"), "other workspaces keep theirs");
        assertFalse(Files.exists(home.resolve("workspaces/" + SOURCES + "/index")));
    }

    @Test
    void aSourcesWorkspaceMadeWithAnIndexLosesItAtTheNextStartAndKeepsItsNodes() throws Exception {
        try (EmbeddedRepository repository = EmbeddedRepository.open(home)) {
            // As an older host made it: from the repository.xml template, with a search index.
            Session session = repository.login(null);
            session.getWorkspace().createWorkspace(SOURCES);
            session.logout();
            Session sources = repository.login(SOURCES);
            sources.getRootNode().addNode("agency", "nt:unstructured");
            sources.save();
            sources.logout();
        }
        assertTrue(workspaceXml(SOURCES).contains("SearchIndex"));
        try (EmbeddedRepository repository = EmbeddedRepository.open(home)) {
            Session sources = repository.login(SOURCES);
            assertTrue(sources.nodeExists("/agency"));
            sources.logout();
        }
        assertFalse(workspaceXml(SOURCES).contains("SearchIndex"));
        assertFalse(Files.exists(home.resolve("workspaces/" + SOURCES + "/index")));
    }

    private String workspaceXml(String workspace) throws Exception {
        return Files.readString(home.resolve("workspaces/" + workspace + "/workspace.xml"), StandardCharsets.UTF_8);
    }
}
