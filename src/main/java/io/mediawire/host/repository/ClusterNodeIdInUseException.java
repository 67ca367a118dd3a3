package io.mediawire.host.repository;

/** Another live node of the cluster already runs with this node id. */
public class ClusterNodeIdInUseException extends ClusterDatabaseException {
    public ClusterNodeIdInUseException(String nodeId, String url) {
        super("Cluster node id '" + nodeId + "' is in use by another running Media Wire node on " + url
                + ". Every node needs its own --cluster-node-id; stop the other node or pick another id.", null);
    }
}
