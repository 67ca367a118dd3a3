package io.mediawire.host.repository;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

/**
 * This node's own connection to the cluster's database, held for the node's lifetime. Opening it checks
 * the URL and credentials before Jackrabbit starts (which would otherwise fail slowly, deep in a pool),
 * and takes a PostgreSQL advisory lock on the node id: a second node started with an id that is alive
 * is refused, and a node that died (even by {@code kill -9}) frees its id when the server drops its
 * connection. Two nodes sharing an id would each skip the journal records the other wrote.
 */
final class ClusterDatabase implements AutoCloseable {
    /** A fixed first key, so Media Wire's node locks never meet another application's advisory locks. */
    private static final int LOCK_SPACE = 0x4d57_4e44; // "MWND"
    private static final int CONNECT_TIMEOUT_SECONDS = 10;

    private final Connection connection;

    private ClusterDatabase(Connection connection) {
        this.connection = connection;
    }

    static ClusterDatabase join(ClusterOptions options) {
        Connection connection = connect(options);
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?, hashtext(?))")) {
            lock.setInt(1, LOCK_SPACE);
            lock.setString(2, options.nodeId());
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                if (!result.getBoolean(1)) {
                    throw new ClusterNodeIdInUseException(options.nodeId(), options.safeUrl());
                }
            }
            return new ClusterDatabase(connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new ClusterDatabaseException("The cluster database " + options.safeUrl() + " refused the node id check: "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** A connection with the node's credentials; failures name the URL and user, never the password. */
    static Connection connect(ClusterOptions options) {
        Properties properties = new Properties();
        properties.setProperty("user", options.user());
        properties.setProperty("password", options.password());
        properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("ApplicationName", "media-wire node " + options.nodeId());
        try {
            return DriverManager.getConnection(options.url(), properties);
        } catch (SQLException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (!options.password().isEmpty()) {
                reason = reason.replace(options.password(), "***");
            }
            String hint = "28P01".equals(e.getSQLState()) || "28000".equals(e.getSQLState())
                    ? " (check --cluster-user and " + ClusterOptions.PASSWORD_VARIABLE + ")"
                    : "";
            throw new ClusterDatabaseException("Cannot connect to the cluster database " + options.safeUrl() + " as "
                    + options.user() + ": " + reason + hint, e);
        }
    }

    /** Releases the node id (the server would also do so when the connection drops). */
    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // the session ends with the connection either way, and its advisory lock with it
        }
    }
}
