package io.mediawire.importing.fetch;

import java.net.InetAddress;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A host (name or IP literal) and optionally a port, used to let an operator reach one private address on purpose,
 * for example an agency mirror inside the newsroom network or a test server on 127.0.0.1.
 */
public record HostPort(String host, int port) {

    /** The port value meaning "any port". */
    public static final int ANY_PORT = -1;

    public HostPort {
        host = normalizeHost(Objects.requireNonNull(host, "host"));
        if (host.isEmpty()) {
            throw new IllegalArgumentException("host is empty");
        }
        if (port != ANY_PORT && (port < 1 || port > 65535)) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** Parses {@code host}, {@code host:port}, {@code [v6]}, {@code [v6]:port} or a bare IPv6 literal (any port). */
    public static HostPort parse(String text) {
        String s = Objects.requireNonNull(text, "text").trim();
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("unclosed [ in " + text);
            }
            String rest = s.substring(close + 1);
            if (rest.isEmpty()) {
                return new HostPort(s.substring(1, close), ANY_PORT);
            }
            if (!rest.startsWith(":")) {
                throw new IllegalArgumentException("expected :port after ] in " + text);
            }
            return new HostPort(s.substring(1, close), parsePort(rest.substring(1), text));
        }
        int colon = s.indexOf(':');
        if (colon < 0 || s.indexOf(':', colon + 1) >= 0) {
            return new HostPort(s, ANY_PORT); // no port, or a bare IPv6 literal
        }
        return new HostPort(s.substring(0, colon), parsePort(s.substring(colon + 1), text));
    }

    public boolean anyPort() {
        return port == ANY_PORT;
    }

    /** Whether a connection to {@code address}:{@code port}, reached via the name {@code requestedHost}, is covered. */
    boolean covers(String requestedHost, InetAddress address, int targetPort) {
        if (!anyPort() && port != targetPort) {
            return false;
        }
        if (requestedHost != null && host.equals(normalizeHost(requestedHost))) {
            return true;
        }
        Optional<InetAddress> literal = AddressClassifier.parseLiteral(host);
        return literal.isPresent() && address != null && literal.get().equals(address);
    }

    @Override
    public String toString() {
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return anyPort() ? h : h + ":" + port;
    }

    static String normalizeHost(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h;
    }

    private static int parsePort(String p, String text) {
        try {
            return Integer.parseInt(p);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad port in " + text);
        }
    }
}
