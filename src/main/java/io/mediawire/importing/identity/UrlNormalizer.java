package io.mediawire.importing.identity;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a story URL into the canonical form used as its dedupe key, so the same page reached through different links
 * (campaign tags, upper-case host, default port, fragment, {@code %7e} vs {@code ~}) gives one key.
 * <p>
 * Rules, in order: surrounding whitespace trimmed and tabs/newlines inside dropped; backslashes before the query read
 * as slashes (as browsers do); scheme lower-cased and limited to
 * http and https (kept as given: {@code http://x/a} and {@code https://x/a} are different resources in principle, and
 * merging them is the fetcher's business once it has followed the redirect); user info dropped (credentials never
 * belong in a stored key); host lower-cased, IDN to punycode, one trailing dot removed; default port removed; fragment
 * removed; empty path becomes {@code /}; percent-encoding normalized (hex upper-cased, unreserved characters decoded,
 * characters that may not appear raw encoded as UTF-8, a stray {@code %} becomes {@code %25}); dot segments resolved;
 * tracking parameters ({@link TrackingParameters}) and empty parameters removed, the rest kept in their order; a
 * query left empty is removed with its {@code ?}.
 */
public final class UrlNormalizer {
    private static final String UNRESERVED_PUNCTUATION = "-._~";
    private static final String SUB_DELIMS = "!$&'()*+,;=";
    private static final String PATH_EXTRA = SUB_DELIMS + ":@/";
    private static final String QUERY_EXTRA = PATH_EXTRA + "?";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlNormalizer() {
    }

    /**
     * @return the canonical form of an absolute http or https URL
     * @throws IllegalArgumentException naming the problem, when the URL is missing, relative, not http(s), or has a bad host or port
     */
    public static String normalize(String url) {
        return serialize(url, true);
    }

    /**
     * An absolute http or https URL parsed and written out again the same way as {@link #normalize}, but with its
     * query kept whole (no parameter is dropped): for addresses stored to be used, such as an image's, rather than
     * compared. What a URL may not contain raw (quotes, spaces, angle brackets) comes out percent-encoded, so the
     * result can never break out of an HTML attribute or a JSON string.
     *
     * @throws IllegalArgumentException naming the problem, when the URL is missing, relative, not http(s), or has a bad host or port
     */
    public static String reserialize(String url) {
        return serialize(url, false);
    }

    private static String serialize(String url, boolean dropTrackingParameters) {
        if (url == null) throw new IllegalArgumentException("URL is null");
        String s = clean(url);
        if (s.isEmpty()) throw new IllegalArgumentException("URL is empty");

        int colon = s.indexOf(':');
        if (colon <= 0 || !isScheme(s.substring(0, colon))) {
            throw new IllegalArgumentException("URL has no scheme: '" + url + "'");
        }
        String scheme = s.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("unsupported scheme '" + scheme + "' (only http and https): '" + url + "'");
        }
        String rest = backslashesToSlashes(s.substring(colon + 1));
        if (!rest.startsWith("//")) throw new IllegalArgumentException("URL has no host: '" + url + "'");

        int authorityEnd = indexOfAny(rest, "/?#", 2);
        String authority = rest.substring(2, authorityEnd);
        String afterAuthority = rest.substring(authorityEnd);

        int hash = afterAuthority.indexOf('#');
        if (hash >= 0) afterAuthority = afterAuthority.substring(0, hash);
        int question = afterAuthority.indexOf('?');
        String path = question >= 0 ? afterAuthority.substring(0, question) : afterAuthority;
        String query = question >= 0 ? afterAuthority.substring(question + 1) : null;

        StringBuilder out = new StringBuilder(s.length());
        out.append(scheme).append("://").append(hostAndPort(authority, scheme, url));
        out.append(normalizePath(path));
        String normalizedQuery = dropTrackingParameters ? normalizeQuery(query)
                : query == null ? "" : normalizePercentEncoding(query, QUERY_EXTRA);
        if (!normalizedQuery.isEmpty()) out.append('?').append(normalizedQuery);
        return out.toString();
    }

    /** Trims like a browser's address bar: leading/trailing controls and spaces go, tabs and newlines inside are dropped. */
    private static String clean(String url) {
        StringBuilder b = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') b.append(c);
        }
        int start = 0;
        int end = b.length();
        while (start < end && b.charAt(start) <= ' ') start++;
        while (end > start && b.charAt(end - 1) <= ' ') end--;
        return b.substring(start, end);
    }

    /**
     * Browsers read a backslash as "/" before the query in http(s) URLs ({@code http://a.com\@b.com/} goes to a.com), so the
     * key must too, or it would name a different host than the one fetched.
     */
    private static String backslashesToSlashes(String afterScheme) {
        int end = indexOfAny(afterScheme, "?#", 0);
        return afterScheme.substring(0, end).replace('\\', '/') + afterScheme.substring(end);
    }

    private static boolean isScheme(String s) {
        if (s.isEmpty() || !isAsciiLetter(s.charAt(0))) return false;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != '+' && c != '-' && c != '.') return false;
        }
        return true;
    }

    private static String hostAndPort(String authority, String scheme, String url) {
        int at = authority.lastIndexOf('@');
        String hostPort = at >= 0 ? authority.substring(at + 1) : authority;
        String host;
        String port = null;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) throw new IllegalArgumentException("invalid host '" + hostPort + "' in URL '" + url + "'");
            host = ipv6(hostPort.substring(0, close + 1), url);
            String after = hostPort.substring(close + 1);
            if (!after.isEmpty()) {
                if (after.charAt(0) != ':') throw new IllegalArgumentException("invalid host '" + hostPort + "' in URL '" + url + "'");
                port = after.substring(1);
            }
        } else {
            int portColon = hostPort.lastIndexOf(':');
            if (portColon >= 0) {
                port = hostPort.substring(portColon + 1);
                hostPort = hostPort.substring(0, portColon);
            }
            host = registeredName(hostPort, url);
        }
        return host + normalizePort(port, scheme, url);
    }

    private static String ipv6(String bracketed, String url) {
        String inner = bracketed.substring(1, bracketed.length() - 1).toLowerCase(Locale.ROOT);
        if (inner.isEmpty()) throw new IllegalArgumentException("invalid host '" + bracketed + "' in URL '" + url + "'");
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (!isAsciiDigit(c) && !(c >= 'a' && c <= 'f') && c != ':' && c != '.') {
                throw new IllegalArgumentException("invalid host '" + bracketed + "' in URL '" + url + "'");
            }
        }
        return "[" + inner + "]";
    }

    private static String registeredName(String raw, String url) {
        String host = percentDecodeUtf8(raw).toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
        if (host.isEmpty()) throw new IllegalArgumentException("URL has no host: '" + url + "'");
        String ascii;
        try {
            ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid host '" + raw + "' in URL '" + url + "': " + e.getMessage(), e);
        }
        boolean labelStart = true;
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            boolean ok = isAsciiLetter(c) || isAsciiDigit(c) || c == '-' || c == '_' || (c == '.' && !labelStart);
            if (!ok) throw new IllegalArgumentException("invalid host '" + raw + "' in URL '" + url + "'");
            labelStart = c == '.';
        }
        if (labelStart) throw new IllegalArgumentException("invalid host '" + raw + "' in URL '" + url + "'");
        return ascii;
    }

    private static String normalizePort(String port, String scheme, String url) {
        if (port == null || port.isEmpty()) return "";
        if (port.length() > 5 || !port.chars().allMatch(UrlNormalizer::isAsciiDigit)) {
            throw new IllegalArgumentException("invalid port '" + port + "' in URL '" + url + "'");
        }
        int number = Integer.parseInt(port);
        if (number > 65535) throw new IllegalArgumentException("invalid port '" + port + "' in URL '" + url + "'");
        boolean isDefault = (number == 80 && scheme.equals("http")) || (number == 443 && scheme.equals("https"));
        return isDefault ? "" : ":" + number;
    }

    private static String normalizePath(String path) {
        if (path.isEmpty()) return "/";
        return removeDotSegments(normalizePercentEncoding(path, PATH_EXTRA));
    }

    /** RFC 3986 section 5.2.4, for a path that starts with "/" (it always does after an authority). */
    static String removeDotSegments(String path) {
        String[] segments = path.substring(1).split("/", -1);
        List<String> kept = new ArrayList<>(segments.length);
        boolean trailingSlash = false;
        for (String segment : segments) {
            trailingSlash = false;
            if (segment.equals(".")) {
                trailingSlash = true;
            } else if (segment.equals("..")) {
                if (!kept.isEmpty()) kept.remove(kept.size() - 1);
                trailingSlash = true;
            } else {
                kept.add(segment);
            }
        }
        String joined = "/" + String.join("/", kept);
        return trailingSlash && !joined.endsWith("/") ? joined + "/" : joined;
    }

    private static String normalizeQuery(String query) {
        if (query == null || query.isEmpty()) return "";
        StringBuilder out = new StringBuilder(query.length());
        for (String parameter : query.split("&", -1)) {
            if (parameter.isEmpty()) continue;
            int equals = parameter.indexOf('=');
            String name = equals >= 0 ? parameter.substring(0, equals) : parameter;
            if (TrackingParameters.isTracking(percentDecodeUtf8(name))) continue;
            if (out.length() > 0) out.append('&');
            out.append(normalizePercentEncoding(parameter, QUERY_EXTRA));
        }
        return out.toString();
    }

    /**
     * RFC 3986 section 6.2.2.2 plus what browsers do with raw characters: escapes of unreserved characters are decoded,
     * other escapes get upper-case hex, characters outside {@code allowedExtra} and the unreserved set are UTF-8 encoded.
     */
    private static String normalizePercentEncoding(String s, String allowedExtra) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 < s.length() && isHexDigit(s.charAt(i + 1)) && isHexDigit(s.charAt(i + 2))) {
                    int high = Character.digit(s.charAt(i + 1), 16);
                    int low = Character.digit(s.charAt(i + 2), 16);
                    char decoded = (char) (high * 16 + low);
                    if (isUnreserved(decoded)) out.append(decoded);
                    else out.append('%').append(HEX[high]).append(HEX[low]);
                    i += 3;
                    continue;
                }
                out.append("%25");
                i++;
            } else if (isUnreserved(c) || (c < 0x80 && allowedExtra.indexOf(c) >= 0)) {
                out.append(c);
                i++;
            } else {
                int codePoint = s.codePointAt(i);
                for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
                i += Character.charCount(codePoint);
            }
        }
        return out.toString();
    }

    /** Decodes every valid %XX as UTF-8 bytes; invalid escapes stay as they are. Used for host names and for matching parameter names. */
    private static String percentDecodeUtf8(String s) {
        if (s.indexOf('%') < 0) return s;
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHexDigit(s.charAt(i + 1)) && isHexDigit(s.charAt(i + 2))) {
                bytes.write(Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
                i += 3;
            } else {
                int codePoint = s.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int indexOfAny(String s, String chars, int from) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) return i;
        }
        return s.length();
    }

    private static boolean isUnreserved(char c) {
        return isAsciiLetter(c) || isAsciiDigit(c) || UNRESERVED_PUNCTUATION.indexOf(c) >= 0;
    }

    private static boolean isHexDigit(char c) {
        return isAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
