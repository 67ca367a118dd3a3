package io.mediawire.importing.fetch;

import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * An http(s) URL that passed the basic checks, with its host normalized the way the connection will see it:
 * percent-escapes decoded, lower case, no trailing dot, IDN in ASCII (which also turns full-width digits and
 * ideographic full stops into ASCII, as browsers do), any IPv4 notation rewritten as a dotted quad.
 *
 * @param uri       the URL to request (no fragment, no user-info)
 * @param host      the normalized host, IPv6 without brackets
 * @param port      the effective port
 * @param literal   the address when the host is an IP literal
 * @param typedHost the host as the URL wrote it, for messages ("0x7f.1" where {@code host} is "127.0.0.1")
 */
record WebAddress(URI uri, String host, int port, Optional<InetAddress> literal, String typedHost) {

    static WebAddress of(URI url) throws FetchException {
        String scheme = url.getScheme() == null ? null : url.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new FetchException(FetchException.Reason.BAD_URL, "not a web address: " + Describe.url(url)
                    + " (only http and https addresses are fetched)");
        }
        if (url.isOpaque() || url.getRawAuthority() == null) {
            throw new FetchException(FetchException.Reason.BAD_URL, "not a web address: no host in "
                    + Describe.url(url));
        }
        String authority = url.getRawAuthority();
        if (authority.indexOf('@') >= 0) {
            // never echo the credentials back into logs or screens
            throw new FetchException(FetchException.Reason.BAD_URL,
                    "web addresses with a user name or password are not accepted (" + scheme + "://…@"
                            + authority.substring(authority.lastIndexOf('@') + 1) + ")");
        }
        String rawHost;
        int port;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw bad(url, "unclosed [ in the host");
            }
            rawHost = authority.substring(1, close);
            port = port(authority.substring(close + 1), url);
        } else {
            int colon = authority.lastIndexOf(':');
            rawHost = colon < 0 ? authority : authority.substring(0, colon);
            port = port(colon < 0 ? "" : authority.substring(colon), url);
        }
        if (port < 0) {
            port = scheme.equals("https") ? 443 : 80;
        }
        String host = HostPort.normalizeHost(percentDecoded(rawHost));
        if (host.isEmpty()) {
            throw bad(url, "no host");
        }
        if (!host.chars().allMatch(c -> c < 0x80)) {
            // "１２７.０.０.１" is 127.0.0.1 to a resolver too: map it before deciding what kind of host it is
            try {
                host = HostPort.normalizeHost(IDN.toASCII(host, IDN.ALLOW_UNASSIGNED));
            } catch (IllegalArgumentException e) {
                throw bad(url, "the host name is not valid");
            }
        }
        Optional<InetAddress> literal;
        try {
            literal = AddressClassifier.parseLiteral(host);
        } catch (IllegalArgumentException e) {
            throw bad(url, "the host is not a valid IP address");
        }
        if (literal.isPresent()) {
            host = Describe.ip(literal.get());
        } else {
            try {
                host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                throw bad(url, "the host name is not valid");
            }
            if (!host.matches("[a-z0-9._-]+")) {
                throw bad(url, "the host name is not valid");
            }
        }
        String uriHost = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        boolean defaultPort = port == (scheme.equals("https") ? 443 : 80);
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
        try {
            URI clean = new URI(scheme + "://" + uriHost + (defaultPort ? "" : ":" + port) + path + query);
            if (clean.getHost() == null) {
                throw bad(url, "the host name is not supported");
            }
            return new WebAddress(clean, host, port, literal, rawHost);
        } catch (URISyntaxException e) {
            throw bad(url, "it cannot be parsed");
        }
    }

    /** Whether the URL wrote its host in another notation than the one connected to (0x7f.1, 127.1, full-width digits). */
    boolean hostWrittenAnotherWay() {
        return !HostPort.normalizeHost(typedHost).equals(host);
    }

    /** Resolves a redirect's Location against this address, tolerating the spaces and non-ASCII servers send. */
    WebAddress redirect(String location) throws FetchException {
        try {
            return of(uri.resolve(new URI(Describe.escapeForUri(location.trim()))));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException(FetchException.Reason.BAD_URL,
                    "redirect from " + Describe.url(uri) + " to an address that cannot be parsed");
        } catch (FetchException e) {
            throw new FetchException(e.reason(), "redirect from " + Describe.url(uri) + " refused: " + e.getMessage());
        }
    }

    /** scheme://host:port, the key robots.txt rules belong to. */
    String origin() {
        return uri.getScheme() + "://" + authority();
    }

    /** host, or host:port when the port is not the scheme's default. */
    String authority() {
        return uri.getRawAuthority();
    }

    /** The path and query as robots.txt rules see them. */
    String pathAndQuery() {
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    @Override
    public String toString() {
        return Describe.url(uri);
    }

    private static int port(String suffix, URI url) throws FetchException {
        if (suffix.isEmpty() || suffix.equals(":")) {
            return -1;
        }
        if (!suffix.startsWith(":") || !suffix.substring(1).matches("[0-9]{1,5}")) {
            throw bad(url, "the port is not valid");
        }
        int p = Integer.parseInt(suffix.substring(1));
        if (p < 1 || p > 65535) {
            throw bad(url, "the port is out of range");
        }
        return p;
    }

    /** A host's percent-escapes decoded as UTF-8, as browsers do before looking at it; invalid escapes stay. */
    private static String percentDecoded(String host) {
        if (host.indexOf('%') < 0) {
            return host;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c == '%' && i + 2 < host.length() && Character.digit(host.charAt(i + 1), 16) >= 0
                    && Character.digit(host.charAt(i + 2), 16) >= 0) {
                bytes.write(Integer.parseInt(host.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static FetchException bad(URI url, String why) {
        return new FetchException(FetchException.Reason.BAD_URL, "bad web address " + Describe.url(url) + ": " + why);
    }
}
