package io.mediawire.importing.fetch;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.transport.HttpClientTransportOverHTTP;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Fetches a page or feed an editor pointed at, safely whatever the address: no private or metadata addresses
 * (checked on every hop and at connect time), bounded in time and size, robots.txt and Retry-After honoured.
 * Thread-safe; one instance is meant to be shared.
 */
public final class SafeFetcher implements PageFetcher, AutoCloseable {

    /** RFC 9309 asks crawlers to parse at least 500 KiB; more than that is no robots.txt we need to read. */
    static final long ROBOTS_MAX_BYTES = 500 * 1024;
    static final Duration ROBOTS_TTL = Duration.ofMinutes(10);
    static final Duration ROBOTS_UNREACHABLE_TTL = Duration.ofMinutes(1);

    private final FetchPolicy policy;
    private final HttpClient client;
    private final HopClient hops;
    private final RedirectFollower pageFollower;
    private final RedirectFollower robotsFollower;
    private final RobotsCache robots;
    private final String accept;
    private volatile boolean started;

    public SafeFetcher(FetchPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        AddressGuard guard = new AddressGuard(policy.allowedPrivate());
        this.client = newClient(policy, guard);
        this.hops = new HopClient(client, policy);
        this.robots = new RobotsCache(this::loadRobots);
        this.pageFollower = new RedirectFollower(hops, guard, policy.maxRedirects(), this::checkRobots);
        this.robotsFollower = new RedirectFollower(hops, guard, 5, (url, deadline) -> { });
        this.accept = policy.acceptedContentTypes().stream().sorted().collect(Collectors.joining(","))
                + ",*/*;q=0.1";
    }

    /**
     * Fetches {@code url}, following redirects.
     *
     * @throws FetchException with a {@link FetchException.Reason} and a message an editor can act on
     */
    @Override
    public FetchedDocument fetch(URI url) throws FetchException {
        return exchange(url, accept, Validators.NONE, policy.deadline(), (hop, deadline) -> read(url, hop, deadline))
                .document();
    }

    /**
     * A conditional GET, as a feed poller sends it: with the validators of the last answer, a 304 comes back as
     * {@link Conditional#notModified()} without a body to read. {@code budget} bounds the whole fetch when it is
     * shorter than the policy's deadline.
     *
     * @throws FetchException as {@link #fetch(URI)}; a {@code Retry-After} not waited out is in
     *                        {@link FetchException#retryAfter()}
     */
    public Conditional fetchIfChanged(URI url, Validators validators, Duration budget) throws FetchException {
        Objects.requireNonNull(validators, "validators");
        Duration limit = budget.compareTo(policy.deadline()) < 0 ? budget : policy.deadline();
        if (limit.isZero() || limit.isNegative()) {
            throw new FetchException(FetchException.Reason.TIMEOUT, "no time left to fetch " + url);
        }
        return exchange(url, accept, validators, limit, (hop, deadline) -> read(url, hop, deadline));
    }

    /**
     * Fetches {@code url} as {@link #fetch} does (same address rules, redirects, robots.txt, timeouts), but takes
     * any content type and caps the body at {@code maxBytes}: for images, whose type is judged by their bytes
     * later, never by what the server declares. The document's content type is the declared one, or
     * {@code application/octet-stream}.
     */
    public FetchedDocument fetchBytes(URI url, String acceptHeader, long maxBytes) throws FetchException {
        return exchange(url, acceptHeader, Validators.NONE, policy.deadline(),
                (hop, deadline) -> readBytes(url, hop, deadline, maxBytes)).document();
    }

    /** What is done with the answering hop, once it answered 2xx. */
    private interface BodyReader {
        FetchedDocument read(Hop hop, Deadline deadline) throws FetchException;
    }

    private Conditional exchange(URI url, String acceptHeader, Validators validators, Duration budget,
                                 BodyReader reader) throws FetchException {
        Objects.requireNonNull(url, "url");
        startClient();
        WebAddress start = WebAddress.of(url);
        Deadline deadline = Deadline.after(budget);
        boolean retried = false;
        while (true) {
            Duration wait;
            try (Hop hop = pageFollower.follow(start, acceptHeader, validators, deadline)) {
                int status = hop.status();
                if (status == 304 && validators.any()) {
                    return Conditional.notModified(validators.updatedBy(hop.header("ETag"), hop.header("Last-Modified")));
                }
                Optional<Duration> retryAfter = RetryAfter.parse(hop.header("Retry-After"), Instant.now());
                boolean limited = status == 429 || (status == 503 && retryAfter.isPresent());
                if (!limited) {
                    if (status < 200 || status > 299) {
                        throw new FetchException(FetchException.Reason.HTTP_STATUS,
                                StatusText.describe(status) + " from " + hop.url());
                    }
                    FetchedDocument document = reader.read(hop, deadline);
                    return Conditional.changed(document, new Validators(hop.header("ETag"), hop.header("Last-Modified")));
                }
                if (retried || retryAfter.isEmpty() || !fitsRetry(retryAfter.get(), deadline)) {
                    throw rateLimited(status, retryAfter, retried, hop.url());
                }
                wait = retryAfter.get();
            } // the connection is released before we sleep
            pause(wait, start);
            retried = true;
        }
    }

    /**
     * Starts the HTTP client on the first fetch, not when the module starts: its TLS set-up (the
     * trust store, the SSL context) is a noticeable part of a start, and a host may serve for a
     * long time before anyone imports.
     */
    private void startClient() {
        if (!started) {
            synchronized (client) {
                if (!started) {
                    try {
                        client.start();
                    } catch (Exception e) {
                        throw new IllegalStateException("could not start the HTTP client", e);
                    }
                    // Decompression is ours (BoundedBody) so the size cap also holds after inflating; Jetty must not decode.
                    client.getContentDecoderFactories().clear();
                    started = true;
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            client.stop();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the HTTP client", e);
        }
    }

    private FetchedDocument read(URI requested, Hop hop, Deadline deadline) throws FetchException {
        WebAddress url = hop.url();
        Optional<MediaType> declared = MediaType.parse(hop.header("Content-Type"));
        if (declared.isPresent() && !policy.acceptedContentTypes().contains(declared.get().mime())) {
            throw unsupported("content type " + Describe.token(declared.get().mime()), url);
        }
        if (hop.contentLength() > policy.maxBytes()) {
            throw BoundedBody.tooLarge(policy.maxBytes(), url);
        }
        byte[] body;
        try {
            body = BoundedBody.read(hop.body(), hop.header("Content-Encoding"), policy.maxBytes(), url);
        } catch (FetchException e) {
            throw e;
        } catch (IOException e) {
            throw hops.failure(e, url, deadline);
        }
        String mime = declared.map(MediaType::mime).or(() -> MediaType.sniff(body))
                .orElseThrow(() -> unsupported("no content type, and the content is not HTML, XML or JSON", url));
        if (!policy.acceptedContentTypes().contains(mime)) {
            throw unsupported("no content type, and the content looks like " + mime, url);
        }
        String headerCharset = declared.map(MediaType::charset).orElse(null);
        return new FetchedDocument(requested, url.uri(), hop.status(), mime,
                CharsetSniffer.detect(headerCharset, body), body);
    }

    private FetchedDocument readBytes(URI requested, Hop hop, Deadline deadline, long maxBytes) throws FetchException {
        WebAddress url = hop.url();
        if (hop.contentLength() > maxBytes) {
            throw BoundedBody.tooLarge(maxBytes, url);
        }
        byte[] body;
        try {
            body = BoundedBody.read(hop.body(), hop.header("Content-Encoding"), maxBytes, url);
        } catch (FetchException e) {
            throw e;
        } catch (IOException e) {
            throw hops.failure(e, url, deadline);
        }
        String mime = MediaType.parse(hop.header("Content-Type")).map(MediaType::mime).orElse("application/octet-stream");
        return new FetchedDocument(requested, url.uri(), hop.status(), mime, StandardCharsets.ISO_8859_1, body);
    }

    private void checkRobots(WebAddress url, Deadline deadline) throws FetchException {
        if (!policy.honourRobots()) {
            return;
        }
        if (!robots.rulesFor(url, deadline).allows(url.pathAndQuery())) {
            throw new FetchException(FetchException.Reason.ROBOTS_DISALLOWED,
                    "robots.txt of " + url.authority() + " disallows " + Describe.token(url.pathAndQuery()));
        }
    }

    /**
     * Our reading of a robots.txt response. 2xx: its rules. 401/403: the site keeps robots out, so all disallowed.
     * Other 4xx: there is no robots.txt, all allowed. 5xx, a network failure, an oversized file or a blocked
     * redirect: allowed too, but only remembered for a minute. RFC 9309 would treat 5xx as "disallow all" for a
     * crawler; we fetch single pages an editor chose, and failing closed would stop imports whenever an agency's
     * robots.txt endpoint hiccups.
     */
    private RobotsCache.Loaded loadRobots(WebAddress robotsUrl, Deadline pageDeadline) {
        // robots.txt must not eat the whole budget of the page fetch
        Duration budget = Duration.ofMillis(Math.min(pageDeadline.remainingMillis(), policy.readTimeout().toMillis()));
        if (budget.isZero()) {
            return new RobotsCache.Loaded(RobotsRules.allowAll(), ROBOTS_UNREACHABLE_TTL);
        }
        Deadline deadline = Deadline.after(budget);
        try (Hop hop = robotsFollower.follow(robotsUrl, "text/plain,*/*;q=0.1", deadline)) {
            int status = hop.status();
            if (status >= 200 && status <= 299) {
                byte[] body = BoundedBody.read(hop.body(), hop.header("Content-Encoding"), ROBOTS_MAX_BYTES,
                        hop.url());
                String text = new String(body, StandardCharsets.UTF_8);
                return new RobotsCache.Loaded(RobotsRules.parse(text, policy.robotsToken()), ROBOTS_TTL);
            }
            if (status == 401 || status == 403) {
                return new RobotsCache.Loaded(RobotsRules.disallowAll(), ROBOTS_TTL);
            }
            if (status >= 400 && status <= 499 && status != 429) {
                return new RobotsCache.Loaded(RobotsRules.allowAll(), ROBOTS_TTL);
            }
            return new RobotsCache.Loaded(RobotsRules.allowAll(), ROBOTS_UNREACHABLE_TTL);
        } catch (IOException e) {
            return new RobotsCache.Loaded(RobotsRules.allowAll(), ROBOTS_UNREACHABLE_TTL);
        }
    }

    private boolean fitsRetry(Duration wait, Deadline deadline) {
        return wait.compareTo(policy.maxRetryAfterWait()) <= 0 && wait.toMillis() < deadline.remainingMillis();
    }

    private static void pause(Duration wait, WebAddress url) throws FetchException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(FetchException.Reason.NETWORK, "interrupted while waiting to retry " + url);
        }
    }

    private static FetchException rateLimited(int status, Optional<Duration> retryAfter, boolean retried,
            WebAddress url) {
        String message = "rate limited (HTTP " + status + ")"
                + retryAfter.map(d -> ", retry after " + Describe.duration(d)).orElse("")
                + (retried ? ", again after one retry" : "")
                + ": " + url;
        return new FetchException(FetchException.Reason.RATE_LIMITED, message, retryAfter.orElse(null));
    }

    private static FetchException unsupported(String what, WebAddress url) {
        return new FetchException(FetchException.Reason.UNSUPPORTED_CONTENT_TYPE,
                "not a web page or feed: " + what + " at " + url);
    }

    private static HttpClient newClient(FetchPolicy policy, AddressGuard guard) {
        VettingConnector connector = new VettingConnector(guard);
        connector.setConnectTimeout(policy.connectTimeout());
        connector.setIdleTimeout(policy.readTimeout());
        HttpClient client = new HttpClient(new HttpClientTransportOverHTTP(connector));
        QueuedThreadPool threads = new QueuedThreadPool(64, 2);
        threads.setName("mediawire-fetch");
        threads.setDaemon(true);
        client.setExecutor(threads);
        client.setSocketAddressResolver(new VettingResolver(guard, client::getExecutor));
        client.setFollowRedirects(false);
        client.setConnectTimeout(policy.connectTimeout().toMillis());
        client.setIdleTimeout(policy.readTimeout().toMillis());
        client.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, policy.userAgent()));
        client.setHttpCookieStore(new HttpCookieStore.Empty()); // no state carried from one editor's fetch to another
        client.setMaxResponseHeadersSize(32 * 1024);
        return client; // started on the first fetch
    }
}
