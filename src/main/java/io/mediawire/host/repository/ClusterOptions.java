package io.mediawire.host.repository;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * How one node joins a Jackrabbit cluster on PostgreSQL.
 *
 * @param url       {@code jdbc:postgresql://HOST:PORT/DB}, maybe with {@code ?user=NAME}
 * @param user      the database role; taken from the URL's {@code user} parameter when not given
 * @param password  from {@code MEDIA_WIRE_DB_PASSWORD}; never written to a file or a message
 * @param nodeId    this node's cluster id, unique among the nodes alive at once
 * @param syncDelay how often the node reads the other nodes' changes from the journal
 */
public record ClusterOptions(String url, String user, String password, String nodeId, Duration syncDelay) {
    public static final String PASSWORD_VARIABLE = "MEDIA_WIRE_DB_PASSWORD";
    public static final Duration DEFAULT_SYNC_DELAY = Duration.ofSeconds(2);
    private static final Pattern NODE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public ClusterOptions {
        if (url == null || !url.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("--cluster takes a PostgreSQL JDBC URL, jdbc:postgresql://HOST:PORT/DB, not "
                    + (url == null ? "nothing" : redact(url)));
        }
        if (url.toLowerCase(java.util.Locale.ROOT).matches(".*[?&]password=.*")) {
            // it would end up in this node's repository.xml and in process listings
            throw new IllegalArgumentException("put the database password in " + PASSWORD_VARIABLE + ", not in the URL "
                    + redact(url));
        }
        if (nodeId == null || !NODE_ID.matcher(nodeId).matches()) {
            throw new IllegalArgumentException("--cluster-node-id must be 1 to 64 letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit; got " + (nodeId == null ? "nothing" : "'" + nodeId + "'"));
        }
        if (user == null || user.isBlank()) {
            user = userInUrl(url);
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("no database user: give --cluster-user or ?user=NAME in " + redact(url));
        }
        if (password == null) {
            password = "";
        }
        if (syncDelay == null || syncDelay.isNegative() || syncDelay.isZero()) {
            syncDelay = DEFAULT_SYNC_DELAY;
        }
    }

    public static ClusterOptions of(String url, String user, String nodeId) {
        return new ClusterOptions(url, user, System.getenv(PASSWORD_VARIABLE), nodeId, DEFAULT_SYNC_DELAY);
    }

    public ClusterOptions withSyncDelay(Duration delay) {
        return new ClusterOptions(url, user, password, nodeId, delay);
    }

    public ClusterOptions withNodeId(String id) {
        return new ClusterOptions(url, user, password, id, syncDelay);
    }

    /** The URL as messages show it: a password someone put in it is replaced by stars. */
    public String safeUrl() {
        return redact(url);
    }

    @Override
    public String toString() {
        return "ClusterOptions[url=" + safeUrl() + ", user=" + user + ", nodeId=" + nodeId + ", syncDelay=" + syncDelay + "]";
    }

    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static String userInUrl(String url) {
        URI uri = URI.create(url.substring("jdbc:".length()));
        String query = uri.getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals("user")) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
