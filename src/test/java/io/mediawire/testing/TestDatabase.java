package io.mediawire.testing;

import io.mediawire.host.repository.ClusterOptions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh PostgreSQL database for one test class, dropped by {@link #close()}, so runs and classes never
 * share state. The server comes from {@code MEDIA_WIRE_TEST_DB} (a JDBC URL whose role may create
 * databases; CI's {@code .ci/run} makes one) and {@code MEDIA_WIRE_DB_PASSWORD}. Where no server answers,
 * the tests are skipped, except in CI ({@code CI=true}), where that fails them: a build that passes
 * there has run its cluster tests.
 */
public final class TestDatabase implements AutoCloseable {
    public static final String SERVER_VARIABLE = "MEDIA_WIRE_TEST_DB";
    private static final String DEFAULT_SERVER = "jdbc:postgresql://localhost:5432/mediawire?user=mediawire";

    private final String server;
    private final String name;
    private final String user;
    private final String password;

    private TestDatabase(String server, String name, String user, String password) {
        this.server = server;
        this.name = name;
        this.user = user;
        this.password = password;
    }

    /** Creates the database, or skips (outside CI) or fails (in CI) the test when no server answers. */
    public static TestDatabase create() {
        String server = env(SERVER_VARIABLE, DEFAULT_SERVER);
        // the password .ci/run gives its role when none is set
        String password = env(ClusterOptions.PASSWORD_VARIABLE, "mediawire-ci");
        ClusterOptions probe = new ClusterOptions(server, null, password, "probe", null);
        String name = "mw_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection connection = connect(server, probe.user(), password); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            String what = "PostgreSQL at " + server + " is not usable (" + e.getMessage() + "); set " + SERVER_VARIABLE
                    + " and " + ClusterOptions.PASSWORD_VARIABLE + ", or run .ci/run";
            if ("true".equalsIgnoreCase(System.getenv("CI") == null ? "" : System.getenv("CI").strip())) {
                throw new AssertionError("CI=true but " + what + ": cluster tests must run in CI", e);
            }
            Assumptions.abort("cluster test skipped: " + what);
        }
        return new TestDatabase(server, name, probe.user(), password);
    }

    /** The JDBC URL of this test's database. */
    public String url() {
        int slash = server.indexOf('/', "jdbc:postgresql://".length());
        int query = server.indexOf('?');
        return server.substring(0, slash + 1) + name + (query < 0 ? "" : server.substring(query));
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Cluster options for a node of this database, with a short sync delay for tests. */
    public ClusterOptions node(String nodeId) {
        return new ClusterOptions(url(), user, password, nodeId, java.time.Duration.ofMillis(200));
    }

    /** A connection to this test's database. */
    public Connection connection() throws SQLException {
        return connect(url(), user, password);
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = connect(server, user, password); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(url, properties);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
