package io.mediawire.host.repository;

/** The cluster's database cannot be reached or refused this node: the message names the URL, never the password. */
public class ClusterDatabaseException extends RuntimeException {
    public ClusterDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
