package io.mediawire.host.repository;

import io.mediawire.magnolia.SessionFactory;
import io.mediawire.sources.WorkspaceAccess;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.Properties;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;
import org.apache.jackrabbit.api.JackrabbitWorkspace;
import org.apache.jackrabbit.commons.cnd.CndImporter;
import org.apache.jackrabbit.core.config.RepositoryConfig;
import org.xml.sax.InputSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;

/**
 * Apache Jackrabbit, embedded, with bundle persistence on Derby under one home folder; or, given
 * {@link ClusterOptions}, one node of a Jackrabbit cluster whose content and journal are in PostgreSQL
 * while its search indexes and file system stay in the home folder.
 * Holds an exclusive lock on the home for its lifetime so that a second process fails at
 * once with a clear message instead of deep inside Derby. When the process before did not
 * shut down cleanly, the search indexes are checked and repaired before anyone queries them.
 */
public final class EmbeddedRepository implements SessionFactory, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRepository.class);
    private static final String CONFIG_TEMPLATE = "/io/mediawire/host/repository/repository.xml";
    private static final String CLUSTER_TEMPLATE = "/io/mediawire/host/repository/repository-cluster.xml";
    /** The repository.xml variable the database password is given as, so that it is never written to disk. */
    private static final String PASSWORD_VARIABLE = "mw.db.password";
    /** A host-only name: the module jar must not carry a file under Magnolia's own names. */
    private static final String BASE_NODE_TYPES = "/io/mediawire/host/repository/magnolia-base-nodetypes.cnd";
    /** Magnolia's core brings the {@code website} workspace for pages; so does the host, standing in for core. */
    public static final String WEBSITE = "website";
    /** Magnolia's DAM module brings the {@code dam} workspace for assets; the host stands in for it. */
    public static final String DAM = "dam";
    /** Magnolia's imaging module keeps the renditions it made in the {@code imaging} workspace. */
    public static final String IMAGING = "imaging";

    private static final String UNINDEXED_TEMPLATE = "/io/mediawire/host/repository/unindexed-workspace.xml";
    /**
     * Workspaces kept out of Lucene. Nothing queries {@code mediawire-sources} (sources and subscriptions are
     * walked, a few hundred nodes), while every poll of every feed saves its state and a run log entry there:
     * indexing those saves cost more than the rest of a run that brought nothing (docs/benchmarks.md). In a
     * Magnolia installation this is the repository configuration's choice (the workspace's
     * {@code workspace.xml}), as it is here.
     */
    static final Set<String> WITHOUT_SEARCH_INDEX = Set.of(WorkspaceAccess.WORKSPACE);

    private final Path home;
    private final HomeLock lock;
    private final IndexCheckingRepository repository;
    private final ClusterDatabase cluster;

    private EmbeddedRepository(Path home, HomeLock lock, IndexCheckingRepository repository, ClusterDatabase cluster) {
        this.home = home;
        this.lock = lock;
        this.repository = repository;
        this.cluster = cluster;
    }

    public static EmbeddedRepository open(Path home) throws RepositoryException {
        return open(home, null);
    }

    /** @param clusterOptions null for the embedded Derby repository; else this node's place in the cluster */
    public static EmbeddedRepository open(Path home, ClusterOptions clusterOptions) throws RepositoryException {
        Path absolute = home.toAbsolutePath().normalize();
        HomeLock lock = null;
        ClusterDatabase cluster = null;
        try {
            Files.createDirectories(absolute);
            lock = HomeLock.acquire(absolute);
            if (System.getProperty("derby.stream.error.file") == null) {
                // Derby writes its log to the working directory unless told otherwise.
                System.setProperty("derby.stream.error.file", absolute.resolve("derby.log").toString());
            }
            Path config = absolute.resolve("repository.xml");
            Properties variables = new Properties();
            variables.putAll(System.getProperties());
            variables.setProperty(org.apache.jackrabbit.core.config.RepositoryConfigurationParser.REPOSITORY_HOME_VARIABLE, absolute.toString());
            if (clusterOptions != null) {
                // Checked before Jackrabbit starts: a wrong password or a node id in use fails at once, clearly.
                cluster = ClusterDatabase.join(clusterOptions);
                Files.writeString(config, clusterConfig(clusterOptions), StandardCharsets.UTF_8);
                variables.setProperty(PASSWORD_VARIABLE, clusterOptions.password());
            } else if (Files.notExists(config)) {
                try (InputStream in = EmbeddedRepository.class.getResourceAsStream(CONFIG_TEMPLATE)) {
                    Files.copy(in, config);
                }
            }
            dropSearchIndexes(absolute);
            long started = System.nanoTime();
            IndexCheckingRepository repository;
            try (InputStream xml = Files.newInputStream(config)) {
                repository = new IndexCheckingRepository(RepositoryConfig.create(new InputSource(xml), variables));
            }
            EmbeddedRepository embedded = new EmbeddedRepository(absolute, lock, repository, cluster);
            try {
                if (lock.previousRunUnclean()) {
                    embedded.repairSearchIndexes();
                }
                embedded.registerBaseNodeTypes();
                embedded.ensureWorkspace(WEBSITE);
                embedded.ensureWorkspace(DAM);
                embedded.ensureWorkspace(IMAGING);
            } catch (RepositoryException | RuntimeException e) {
                repository.shutdown();
                throw e;
            }
            LOG.info("Repository up in {} ms at {}", (System.nanoTime() - started) / 1_000_000, absolute);
            return embedded;
        } catch (IOException e) {
            closeQuietly(cluster);
            closeQuietly(lock);
            throw new UncheckedIOException("Cannot prepare the repository home " + absolute + ": " + e.getMessage(), e);
        } catch (RepositoryException | RuntimeException e) {
            closeQuietly(cluster);
            closeQuietly(lock);
            throw e;
        }
    }

    /**
     * A repository made before a workspace was kept out of Lucene: its {@code workspace.xml} loses the
     * {@code SearchIndex} and the index folder goes, before Jackrabbit reads them.
     */
    private static void dropSearchIndexes(Path home) throws IOException {
        for (String workspace : WITHOUT_SEARCH_INDEX) {
            Path folder = home.resolve("workspaces").resolve(workspace);
            Path config = folder.resolve("workspace.xml");
            if (Files.exists(config)) {
                String xml = Files.readString(config, StandardCharsets.UTF_8);
                String without = xml.replaceAll("(?s)\\s*<SearchIndex\\b.*?</SearchIndex>", "");
                if (!without.equals(xml)) {
                    Files.writeString(config, without, StandardCharsets.UTF_8);
                    deleteTree(folder.resolve("index"));
                    LOG.info("Workspace {} no longer has a search index", workspace);
                }
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.notExists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** This node's repository.xml: the cluster template with the URL, user and node id filled in (no password). */
    static String clusterConfig(ClusterOptions options) throws IOException {
        String template;
        try (InputStream in = EmbeddedRepository.class.getResourceAsStream(CLUSTER_TEMPLATE)) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return template.replace("@URL@", xmlAttribute(options.url()))
                .replace("@USER@", xmlAttribute(options.user()))
                .replace("@NODE_ID@", xmlAttribute(options.nodeId()))
                .replace("@SYNC_DELAY@", String.valueOf(options.syncDelay().toMillis()));
    }

    private static String xmlAttribute(String value) {
        // Jackrabbit would also read ${...} in a value as a variable: the URL and user never need one.
        return value.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace("$", "&#36;");
    }

    /** True when this repository is a node of a cluster. */
    public boolean clustered() {
        return cluster != null;
    }

    /**
     * Reads the other nodes' changes from the journal now, instead of at the next sync; nothing in
     * embedded mode. Saves and locks do this on their own.
     */
    public void syncCluster() throws RepositoryException {
        repository.syncCluster();
    }

    /** Registers node types from a CND on the class path, leaving the types the repository has alone. */
    public void registerNodeTypes(ClassLoader loader, String resource) throws RepositoryException {
        Session session = login(null);
        try (Reader reader = new InputStreamReader(loader.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            CndImporter.registerNodeTypes(reader, resource, session.getWorkspace().getNodeTypeManager(),
                    session.getWorkspace().getNamespaceRegistry(), session.getValueFactory(), false);
        } catch (Exception e) {
            throw new RepositoryException("Cannot register the node types of " + resource + ": " + e.getMessage(), e);
        } finally {
            session.logout();
        }
    }

    /** After a kill or a crash: saves that reached the database but not the search index are indexed now. */
    private void repairSearchIndexes() throws RepositoryException {
        LOG.warn("The last process on {} did not shut down cleanly: checking the search indexes", home);
        long started = System.nanoTime();
        int problems = repository.repairSearchIndexes();
        LOG.warn("Search indexes checked in {} ms: {}", (System.nanoTime() - started) / 1_000_000,
                problems == 0 ? "no problems" : problems + " problem(s) repaired");
    }

    /** Types the repository has are left alone; types a newer host adds (mgnl:page...) get registered. */
    private void registerBaseNodeTypes() throws RepositoryException {
        registerNodeTypes(EmbeddedRepository.class.getClassLoader(), BASE_NODE_TYPES.substring(1));
    }

    public Path home() {
        return home;
    }

    @Override
    public Session login(String workspace) throws RepositoryException {
        return repository.login(new SimpleCredentials("admin", "admin".toCharArray()), workspace);
    }

    @Override
    public synchronized void ensureWorkspace(String workspace) throws RepositoryException {
        Session session = login(null);
        try {
            if (!Arrays.asList(session.getWorkspace().getAccessibleWorkspaceNames()).contains(workspace)) {
                // A cluster node's workspaces come from the cluster template (their content in PostgreSQL).
                if (WITHOUT_SEARCH_INDEX.contains(workspace) && !clustered()) {
                    try (InputStream template = EmbeddedRepository.class.getResourceAsStream(UNINDEXED_TEMPLATE)) {
                        ((JackrabbitWorkspace) session.getWorkspace()).createWorkspace(workspace, new InputSource(template));
                    } catch (IOException e) {
                        throw new RepositoryException("Cannot read " + UNINDEXED_TEMPLATE + ": " + e.getMessage(), e);
                    }
                } else {
                    session.getWorkspace().createWorkspace(workspace);
                }
                LOG.info("Created workspace {}", workspace);
            }
        } finally {
            session.logout();
        }
        // Jackrabbit stores a workspace's root node at its first login: done here, at start, so that two
        // cluster nodes never both store it when they first use the workspace at the same moment.
        login(workspace).logout();
    }

    /** True while the repository answers a login: the health check. */
    public boolean isUp() {
        try {
            Session session = login(null);
            session.logout();
            return true;
        } catch (RepositoryException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            repository.shutdown();
            lock.markStopped();
        } catch (IOException e) {
            LOG.warn("Could not record the clean shutdown of {}: the next start checks the search indexes", home, e);
        } finally {
            closeQuietly(cluster);
            closeQuietly(lock);
        }
    }

    private static void closeQuietly(ClusterDatabase cluster) {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static void closeQuietly(HomeLock lock) {
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException e) {
                LOG.warn("Could not release the lock on a repository home", e);
            }
        }
    }
}
