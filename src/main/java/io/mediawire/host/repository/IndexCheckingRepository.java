package io.mediawire.host.repository;

import java.io.IOException;
import java.util.List;
import javax.jcr.RepositoryException;
import org.apache.jackrabbit.core.RepositoryImpl;
import org.apache.jackrabbit.core.SearchManager;
import org.apache.jackrabbit.core.cluster.ClusterNode;
import org.apache.jackrabbit.core.config.RepositoryConfig;
import org.apache.jackrabbit.core.config.WorkspaceConfig;
import org.apache.jackrabbit.core.query.lucene.ConsistencyCheck;
import org.apache.jackrabbit.core.query.lucene.ConsistencyCheckError;
import org.apache.jackrabbit.core.query.lucene.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jackrabbit's repository, plus a check and repair of every workspace's search index on demand.
 *
 * <p>A save reaches the database first and the Lucene index just after; a process killed in
 * between leaves a node that listings show and every query misses, for good. Jackrabbit's own
 * start-up check ({@code enableConsistencyCheck}) runs only when it replayed its redo log, which
 * this case does not leave, and {@code forceConsistencyCheck} would run on every start and sits
 * in each workspace's {@code workspace.xml}, written once when the workspace was created. So the
 * check is asked for here, by {@link EmbeddedRepository}, after an unclean shutdown only, on any
 * home whatever its configuration files say.
 */
final class IndexCheckingRepository extends RepositoryImpl {
    private static final Logger LOG = LoggerFactory.getLogger(IndexCheckingRepository.class);

    private volatile ClusterNode clusterNode;

    IndexCheckingRepository(RepositoryConfig config) throws RepositoryException {
        super(config);
    }

    @Override
    protected ClusterNode createClusterNode() throws RepositoryException {
        ClusterNode node = super.createClusterNode();
        clusterNode = node;
        return node;
    }

    /** Reads the journal now (a cluster node), or does nothing (embedded). */
    void syncCluster() throws RepositoryException {
        ClusterNode node = clusterNode;
        if (node != null) {
            try {
                node.sync();
            } catch (org.apache.jackrabbit.core.cluster.ClusterException e) {
                throw new RepositoryException("Could not read the cluster journal: " + e.getMessage(), e);
            }
        }
    }

    @Override
    protected WorkspaceInfo createWorkspaceInfo(WorkspaceConfig config) {
        return new CheckableWorkspace(config);
    }

    /**
     * Checks each workspace's index against its stored nodes and repairs what it finds: adds the
     * nodes the index misses, drops entries of nodes that are gone, re-indexes duplicates.
     *
     * @return the number of problems found (and repaired)
     */
    int repairSearchIndexes() throws RepositoryException {
        int problems = 0;
        for (String workspace : getWorkspaceNames()) {
            problems += ((CheckableWorkspace) getWorkspaceInfo(workspace)).repairSearchIndex();
        }
        return problems;
    }

    private final class CheckableWorkspace extends WorkspaceInfo {
        CheckableWorkspace(WorkspaceConfig config) {
            super(config);
        }

        int repairSearchIndex() throws RepositoryException {
            SearchManager search = getSearchManager();
            if (search == null || !(search.getQueryHandler() instanceof SearchIndex index)) {
                return 0;
            }
            try {
                ConsistencyCheck check = index.runConsistencyCheck();
                List<ConsistencyCheckError> errors = check.getErrors();
                errors.forEach(e -> LOG.warn("Search index of workspace {}: {}", getName(), e));
                check.repair(true); // a node it cannot repair is logged; the others still are
                return errors.size();
            } catch (IOException e) {
                // The content is safe in the database; a stale index must not keep the site down.
                LOG.error("Could not check the search index of workspace {}: {}", getName(), e.getMessage(), e);
                return 0;
            }
        }
    }
}
