package io.mediawire.importing.fetch;

import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How far a {@link SafeFetcher} may go. Everything private is refused unless listed in {@code allowedPrivate}.
 *
 * @param allowedPrivate       private/loopback/... host[:port] pairs the operator explicitly allows
 * @param connectTimeout       time to open a connection
 * @param readTimeout          longest silence while waiting for response bytes
 * @param deadline             overall limit for one {@code fetch} call: robots.txt, redirects, retry wait and body
 * @param maxBytes             cap on the body, after decompression
 * @param maxRedirects         redirects followed before giving up
 * @param honourRobots         whether robots.txt is consulted
 * @param userAgent            sent on every request; its first product token is our robots.txt name
 * @param maxRetryAfterWait    longest {@code Retry-After} we are willing to sleep through (once)
 * @param acceptedContentTypes media types (lower case, no parameters) we accept
 */
public record FetchPolicy(Set<HostPort> allowedPrivate, Duration connectTimeout, Duration readTimeout,
        Duration deadline, long maxBytes, int maxRedirects, boolean honourRobots, String userAgent,
        Duration maxRetryAfterWait, Set<String> acceptedContentTypes) {

    public static final String DEFAULT_USER_AGENT = "MediaWire/1.0 (+https://github.com/media-wire; newsroom importer)";

    public FetchPolicy {
        allowedPrivate = Set.copyOf(Objects.requireNonNull(allowedPrivate, "allowedPrivate"));
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        requirePositive(deadline, "deadline");
        Objects.requireNonNull(maxRetryAfterWait, "maxRetryAfterWait");
        if (maxRetryAfterWait.isNegative()) {
            throw new IllegalArgumentException("maxRetryAfterWait is negative");
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects is negative");
        }
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("userAgent must be a non-blank single line");
        }
        acceptedContentTypes = Objects.requireNonNull(acceptedContentTypes, "acceptedContentTypes").stream()
                .map(t -> t.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    public static FetchPolicy defaults() {
        return new FetchPolicy(Set.of(), Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(30),
                5L * 1024 * 1024, 5, true, DEFAULT_USER_AGENT, Duration.ofSeconds(10),
                Set.of("text/html", "application/xhtml+xml", "application/rss+xml", "application/atom+xml",
                        "application/xml", "text/xml", "application/json", "application/feed+json",
                        // wire items: ninjs, and NewsML-G2's news items, packages and messages
                        "application/ninjs+json", "application/vnd.iptc.g2.newsitem+xml",
                        "application/vnd.iptc.g2.packageitem+xml", "application/vnd.iptc.g2.newsmessage+xml"));
    }

    public FetchPolicy allowingPrivate(HostPort hostPort) {
        Set<HostPort> more = new HashSet<>(allowedPrivate);
        more.add(Objects.requireNonNull(hostPort, "hostPort"));
        return withAllowedPrivate(more);
    }

    public FetchPolicy withAllowedPrivate(Set<HostPort> hostPorts) {
        return new FetchPolicy(hostPorts, connectTimeout, readTimeout, deadline, maxBytes, maxRedirects, honourRobots,
                userAgent, maxRetryAfterWait, acceptedContentTypes);
    }

    public FetchPolicy withTimeouts(Duration connect, Duration read, Duration overall) {
        return new FetchPolicy(allowedPrivate, connect, read, overall, maxBytes, maxRedirects, honourRobots,
                userAgent, maxRetryAfterWait, acceptedContentTypes);
    }

    public FetchPolicy withMaxBytes(long bytes) {
        return new FetchPolicy(allowedPrivate, connectTimeout, readTimeout, deadline, bytes, maxRedirects,
                honourRobots, userAgent, maxRetryAfterWait, acceptedContentTypes);
    }

    public FetchPolicy withMaxRedirects(int redirects) {
        return new FetchPolicy(allowedPrivate, connectTimeout, readTimeout, deadline, maxBytes, redirects,
                honourRobots, userAgent, maxRetryAfterWait, acceptedContentTypes);
    }

    public FetchPolicy withRobots(boolean honour) {
        return new FetchPolicy(allowedPrivate, connectTimeout, readTimeout, deadline, maxBytes, maxRedirects, honour,
                userAgent, maxRetryAfterWait, acceptedContentTypes);
    }

    public FetchPolicy withUserAgent(String agent) {
        return new FetchPolicy(allowedPrivate, connectTimeout, readTimeout, deadline, maxBytes, maxRedirects,
                honourRobots, agent, maxRetryAfterWait, acceptedContentTypes);
    }

    public FetchPolicy withMaxRetryAfterWait(Duration wait) {
        return new FetchPolicy(allowedPrivate, connectTimeout, readTimeout, deadline, maxBytes, maxRedirects,
                honourRobots, userAgent, wait, acceptedContentTypes);
    }

    public FetchPolicy withAcceptedContentTypes(Set<String> types) {
        return new FetchPolicy(allowedPrivate, connectTimeout, readTimeout, deadline, maxBytes, maxRedirects,
                honourRobots, userAgent, maxRetryAfterWait, types);
    }

    /** Our name in robots.txt: the User-Agent's first product token, e.g. "MediaWire". */
    String robotsToken() {
        String ua = userAgent.trim();
        int end = 0;
        while (end < ua.length() && ua.charAt(end) != '/' && !Character.isWhitespace(ua.charAt(end))) {
            end++;
        }
        return ua.substring(0, end);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
