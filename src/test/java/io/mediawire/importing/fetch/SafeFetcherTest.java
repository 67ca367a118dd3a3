package io.mediawire.importing.fetch;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.mediawire.importing.fetch.FetchException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeFetcherTest {

    private FixtureServer server;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @BeforeEach
    void start() {
        server = new FixtureServer();
        toClose.add(server);
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    private FetchPolicy policy() {
        return FetchPolicy.defaults().allowingPrivate(server.hostPort());
    }

    private SafeFetcher fetcher(FetchPolicy policy) {
        SafeFetcher f = new SafeFetcher(policy);
        toClose.add(0, f);
        return f;
    }

    private FetchException failure(FetchPolicy policy, URI url) {
        return assertThrows(FetchException.class, () -> fetcher(policy).fetch(url));
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    @Nested
    class Basics {
        @Test
        void fetchesAPageWithItsTypeCharsetAndStatus() throws Exception {
            server.page("/news/ferry", 200, "text/html; charset=UTF-8", FixtureServer.resource("article.html"));
            FetchedDocument doc = fetcher(policy()).fetch(server.url("/news/ferry"));
            assertAll(
                    () -> assertEquals(200, doc.status()),
                    () -> assertEquals("text/html", doc.contentType()),
                    () -> assertEquals(StandardCharsets.UTF_8, doc.charset()),
                    () -> assertEquals(server.url("/news/ferry"), doc.requestedUrl()),
                    () -> assertEquals(server.url("/news/ferry"), doc.finalUrl()),
                    () -> assertTrue(doc.text().contains("<h1>Port authority approves new ferry terminal</h1>")));
        }

        @Test
        void sendsAnHonestUserAgentAndAsksForGzipOnEveryRequest() throws Exception {
            server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /admin/\n");
            server.redirect("/short", 302, "/news/ferry");
            server.page("/news/ferry", "text/html", "<p>hello</p>");
            fetcher(policy()).fetch(server.url("/short"));
            List<FixtureServer.Seen> seen = server.seen();
            assertEquals(List.of("/robots.txt", "/short", "/news/ferry"), seen.stream().map(FixtureServer.Seen::path).toList());
            for (FixtureServer.Seen s : seen) {
                assertEquals(FetchPolicy.DEFAULT_USER_AGENT, s.userAgent(), s.path());
                assertTrue(s.acceptEncoding().contains("gzip"), s.path());
            }
        }

        @Test
        void reportsOtherStatusCodesWithTheCodeAndUrlButNotTheBody() {
            server.page("/gone", 404, "text/html", "<h1>SECRET-BODY-TEXT</h1>".getBytes(StandardCharsets.UTF_8));
            FetchException e = failure(policy(), server.url("/gone"));
            assertEquals(Reason.HTTP_STATUS, e.reason());
            assertEquals("HTTP 404 Not Found from " + server.url("/gone"), e.getMessage());
            assertFalse(e.getMessage().contains("SECRET"));
        }

        @Test
        void servesManyConcurrentFetchesAndReadsRobotsTxtOnce() throws Exception {
            server.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
            for (int i = 0; i < 16; i++) {
                server.page("/story/" + i, "text/html", "<p>story " + i + "</p>");
            }
            SafeFetcher fetcher = fetcher(policy());
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<FetchedDocument>> results = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    URI url = server.url("/story/" + i);
                    results.add(pool.submit(() -> fetcher.fetch(url)));
                }
                for (int i = 0; i < 16; i++) {
                    assertEquals("<p>story " + i + "</p>", results.get(i).get().text());
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(1, server.hits("/robots.txt"));
        }
    }

    @Nested
    class UrlRules {
        @ParameterizedTest
        @ValueSource(strings = {"file:///etc/passwd", "ftp://example.com/a.html", "jar:file:/x.jar!/a",
                "gopher://example.com/", "mailto:desk@example.com", "data:text/html,hi", "//example.com/no-scheme"})
        void refusesAnythingButHttpAndHttps(String url) {
            FetchException e = failure(policy(), URI.create(url));
            assertEquals(Reason.BAD_URL, e.reason(), e.getMessage());
        }

        @Test
        void refusesUserInfoWithoutRepeatingTheCredentials() {
            server.page("/", "text/html", "<p>hi</p>");
            FetchException e = failure(policy(),
                    URI.create("http://editor:hunter2@127.0.0.1:" + server.port() + "/"));
            assertEquals(Reason.BAD_URL, e.reason());
            assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
            assertEquals(0, server.hits("/"));
        }
    }

    @Nested
    class SsrfGuard {
        @Test
        void blocksLoopbackUnlessAllowed() {
            server.page("/", "text/html", "<p>internal</p>");
            FetchException e = failure(FetchPolicy.defaults(), server.url("/"));
            assertEquals(Reason.BLOCKED_ADDRESS, e.reason());
            assertEquals("blocked address: 127.0.0.1 is a loopback address", e.getMessage());
            assertTrue(server.seen().isEmpty(), "nothing, not even robots.txt, was requested");
        }

        @Test
        void allowingOnePortDoesNotAllowAnotherOnTheSameHost() {
            FixtureServer internal = new FixtureServer();
            toClose.add(internal);
            internal.page("/", "text/html", "<p>internal admin</p>");
            server.redirect("/go", 302, "http://127.0.0.1:" + internal.port() + "/");
            FetchException e = failure(policy(), server.url("/go"));
            assertEquals(Reason.BLOCKED_ADDRESS, e.reason(), e.getMessage());
            assertTrue(e.getMessage().contains("127.0.0.1 is a loopback address"), e.getMessage());
            assertTrue(internal.seen().isEmpty(), "the internal server was never contacted");
        }

        @Test
        void blocksARedirectToCloudMetadata() {
            server.redirect("/go", 301, "http://169.254.169.254/latest/meta-data/");
            FetchException e = failure(policy(), server.url("/go"));
            assertEquals(Reason.BLOCKED_ADDRESS, e.reason());
            assertEquals("blocked address: 169.254.169.254 is a cloud metadata address (redirected from "
                    + server.url("/go") + ")", e.getMessage());
        }

        @Test
        void blocksARedirectToTheMetadataHostName() {
            server.redirect("/go", 302, "http://metadata.google.internal/computeMetadata/v1/");
            FetchException e = failure(policy(), server.url("/go"));
            assertEquals(Reason.BLOCKED_ADDRESS, e.reason());
            assertTrue(e.getMessage().contains("metadata.google.internal"), e.getMessage());
        }

        @ParameterizedTest
        @ValueSource(strings = {"2130706433", "0177.0.0.1", "0x7f.1", "127.1", "[::ffff:127.0.0.1]",
                "[::ffff:7f00:1]", "[::127.0.0.1]", "[64:ff9b::7f00:1]", "localhost"})
        void blocksOtherSpellingsOfLoopback(String host) {
            server.page("/", "text/html", "<p>internal</p>");
            FetchException e = failure(FetchPolicy.defaults(), URI.create("http://" + host + ":" + server.port() + "/"));
            assertEquals(Reason.BLOCKED_ADDRESS, e.reason(), e.getMessage());
            assertTrue(server.seen().isEmpty());
        }

        @ParameterizedTest
        @ValueSource(strings = {"2130706433", "0177.0.0.1", "0x7f.1", "127.1"})
        void oddNotationsReachExactlyTheAddressTheyStandFor(String host) throws Exception {
            server.page("/", "text/html", "<p>allowed</p>");
            FetchedDocument doc = fetcher(policy()).fetch(URI.create("http://" + host + ":" + server.port() + "/"));
            assertEquals("<p>allowed</p>", doc.text());
            assertEquals(server.url("/"), doc.finalUrl());
        }

        @Test
        void anAllowedHostNameIsResolvedAndConnectedThroughTheVettingResolver() throws Exception {
            server.page("/", "text/html", "<p>via name</p>");
            FetchPolicy policy = FetchPolicy.defaults().allowingPrivate(new HostPort("localhost", server.port()));
            FetchedDocument doc = fetcher(policy).fetch(URI.create("http://localhost:" + server.port() + "/"));
            assertEquals("<p>via name</p>", doc.text());
            // the same address under its IP is not what was allowed
            FetchException e = failure(policy, server.url("/"));
            assertEquals(Reason.BLOCKED_ADDRESS, e.reason());
        }
    }

    @Nested
    class Timeouts {
        @Test
        void aHostThatNeverAcceptsTheConnectionHitsTheConnectTimeout() throws Exception {
            // a listening socket whose accept queue is full drops further SYNs, so connecting just hangs
            try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
                List<SocketChannel> fillers = new ArrayList<>();
                try {
                    for (int i = 0; i < 8; i++) {
                        SocketChannel c = SocketChannel.open();
                        c.configureBlocking(false);
                        c.connect(full.getLocalSocketAddress());
                        fillers.add(c);
                    }
                    FetchPolicy policy = FetchPolicy.defaults().withRobots(false)
                            .allowingPrivate(new HostPort("127.0.0.1", full.getLocalPort()))
                            .withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(10), Duration.ofSeconds(20));
                    FetchException e = failure(policy, URI.create("http://127.0.0.1:" + full.getLocalPort() + "/"));
                    // Linux drops SYNs to a full accept queue (so connect hangs); some systems refuse instead
                    assumeFalse(e.reason() == Reason.NETWORK, "this system refuses rather than drops: " + e.getMessage());
                    assertEquals(Reason.TIMEOUT, e.reason(), e.getMessage());
                    assertEquals("timed out after 0.5 s connecting to 127.0.0.1:" + full.getLocalPort(),
                            e.getMessage());
                } finally {
                    for (SocketChannel c : fillers) {
                        c.close();
                    }
                }
            }
        }

        @Test
        void aServerThatNeverAnswersHitsTheReadTimeout() {
            server.route("/stall", ex -> server.stall());
            FetchPolicy policy = policy().withRobots(false)
                    .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofSeconds(20));
            FetchException e = failure(policy, server.url("/stall"));
            assertEquals(Reason.TIMEOUT, e.reason());
            assertEquals("timed out after 0.3 s waiting for " + server.url("/stall"), e.getMessage());
        }

        @Test
        void aServerThatDripsBytesHitsTheOverallDeadline() {
            server.route("/drip", ex -> {
                ex.getResponseHeaders().set("Content-Type", "text/html");
                ex.sendResponseHeaders(200, 0);
                OutputStream out = ex.getResponseBody();
                for (int i = 0; i < 600 && server.closing.getCount() > 0; i++) {
                    out.write(' ');
                    out.flush();
                    Thread.sleep(50); // well inside the read timeout, so only the deadline can stop it
                }
            });
            FetchPolicy policy = policy().withRobots(false)
                    .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofMillis(800));
            FetchException e = failure(policy, server.url("/drip"));
            assertEquals(Reason.TIMEOUT, e.reason());
            assertTrue(e.getMessage().startsWith("timed out after 0.8 s (the limit for one fetch)"), e.getMessage());
        }

        @Test
        void aSlowRobotsTxtCountsAsUnreachableAndIsNotWaitedForBeyondTheReadTimeout() throws Exception {
            server.route("/robots.txt", ex -> server.stall());
            server.page("/page", "text/html", "<p>ok</p>");
            FetchPolicy policy = policy()
                    .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofSeconds(20));
            assertEquals("<p>ok</p>", fetcher(policy).fetch(server.url("/page")).text());
        }
    }

    @Nested
    class SizeCap {
        @Test
        void aGzipBombIsStoppedAfterDecompression() throws Exception {
            byte[] bomb = gzip(new byte[50 * 1024 * 1024]);
            assertTrue(bomb.length < 100 * 1024, "the compressed bomb is small: " + bomb.length);
            server.route("/bomb", ex -> {
                ex.getResponseHeaders().set("Content-Encoding", "gzip");
                FixtureServer.send(ex, 200, "text/html", bomb);
            });
            FetchException e = failure(policy(), server.url("/bomb"));
            assertEquals(Reason.TOO_LARGE, e.reason());
            assertEquals("too large: more than 5 MiB from " + server.url("/bomb"), e.getMessage());
        }

        @Test
        void aHugeStreamedPageIsStoppedWhileStreaming() {
            server.route("/huge", ex -> {
                ex.getResponseHeaders().set("Content-Type", "text/html");
                ex.sendResponseHeaders(200, 0); // chunked: no length to check up front
                byte[] block = new byte[64 * 1024];
                java.util.Arrays.fill(block, (byte) 'a');
                try (OutputStream out = ex.getResponseBody()) {
                    for (int i = 0; i < 1024; i++) { // 64 MiB if nobody stops it
                        out.write(block);
                    }
                }
            });
            FetchException e = failure(policy().withMaxBytes(1024 * 1024), server.url("/huge"));
            assertEquals(Reason.TOO_LARGE, e.reason());
            assertEquals("too large: more than 1 MiB from " + server.url("/huge"), e.getMessage());
        }

        @Test
        void aContentLengthOverTheCapFailsWithoutReadingTheBody() {
            server.route("/announced", ex -> {
                ex.getResponseHeaders().set("Content-Type", "text/html");
                ex.sendResponseHeaders(200, 6L * 1024 * 1024);
                ex.getResponseBody().flush();
                server.stall(); // never sends the body: only an up-front check can answer before the timeout
            });
            FetchPolicy policy = policy().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10),
                    Duration.ofSeconds(20));
            FetchException e = failure(policy, server.url("/announced"));
            assertEquals(Reason.TOO_LARGE, e.reason(), e.getMessage());
        }

        @Test
        void gzipAndDeflateBodiesAreDecodedWithinTheCap() throws Exception {
            byte[] html = FixtureServer.resource("article.html");
            server.route("/gz", ex -> {
                ex.getResponseHeaders().set("Content-Encoding", "gzip");
                FixtureServer.send(ex, 200, "text/html", gzip(html));
            });
            ByteArrayOutputStream zlib = new ByteArrayOutputStream();
            try (DeflaterOutputStream d = new DeflaterOutputStream(zlib)) {
                d.write(html);
            }
            server.route("/deflate", ex -> {
                ex.getResponseHeaders().set("Content-Encoding", "deflate");
                FixtureServer.send(ex, 200, "text/html", zlib.toByteArray());
            });
            SafeFetcher fetcher = fetcher(policy());
            assertEquals(new String(html, StandardCharsets.UTF_8), fetcher.fetch(server.url("/gz")).text());
            assertEquals(new String(html, StandardCharsets.UTF_8), fetcher.fetch(server.url("/deflate")).text());
        }
    }

    @Nested
    class Redirects {
        @Test
        void aRedirectLoopStopsAtTheCap() {
            server.redirect("/loop", 302, "/loop");
            FetchException e = failure(policy(), server.url("/loop"));
            assertEquals(Reason.TOO_MANY_REDIRECTS, e.reason());
            assertEquals("too many redirects (more than 5) starting at " + server.url("/loop"), e.getMessage());
            assertEquals(6, server.hits("/loop"), "the first request and five redirects");
        }

        @Test
        void relativeLocationsAreResolvedAndTheFinalUrlReported() throws Exception {
            server.redirect("/a/old", 301, "../b/new?id=7");
            server.redirect("/b/new", 307, "/c/final");
            server.page("/c/final", "text/html", "<p>moved</p>");
            FetchedDocument doc = fetcher(policy()).fetch(server.url("/a/old"));
            assertEquals(server.url("/a/old"), doc.requestedUrl());
            assertEquals(server.url("/c/final"), doc.finalUrl());
            assertEquals(1, server.hits("/b/new?id=7"));
        }

        @Test
        void exactlyMaxRedirectsIsFine() throws Exception {
            for (int i = 0; i < 3; i++) {
                server.redirect("/r" + i, 302, "/r" + (i + 1));
            }
            server.page("/r3", "text/html", "<p>end</p>");
            assertEquals("<p>end</p>", fetcher(policy().withMaxRedirects(3)).fetch(server.url("/r0")).text());
            FetchException e = failure(policy().withMaxRedirects(2), server.url("/r0"));
            assertEquals(Reason.TOO_MANY_REDIRECTS, e.reason());
        }

        @Test
        void aRedirectToAnotherSchemeIsRefused() {
            server.redirect("/go", 302, "file:///etc/passwd");
            FetchException e = failure(policy(), server.url("/go"));
            assertEquals(Reason.BAD_URL, e.reason());
        }
    }

    @Nested
    class ContentTypes {
        @Test
        void anImageIsNotAPageOrFeed() {
            server.page("/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            FetchException e = failure(policy(), server.url("/logo.png"));
            assertEquals(Reason.UNSUPPORTED_CONTENT_TYPE, e.reason());
            assertEquals("not a web page or feed: content type image/png at " + server.url("/logo.png"),
                    e.getMessage());
        }

        @Test
        void aMissingContentTypeIsSniffed() throws Exception {
            server.page("/page", 200, null, FixtureServer.resource("article.html"));
            server.page("/feed", 200, null, FixtureServer.resource("feed-windows-1252.xml"));
            server.page("/api", 200, null, "{\"items\":[]}".getBytes(StandardCharsets.UTF_8));
            server.page("/gif", 200, null, "GIF89a....".getBytes(StandardCharsets.US_ASCII));
            SafeFetcher fetcher = fetcher(policy());
            assertEquals("text/html", fetcher.fetch(server.url("/page")).contentType());
            FetchedDocument feed = fetcher.fetch(server.url("/feed"));
            assertEquals("application/rss+xml", feed.contentType());
            assertEquals(Charset.forName("windows-1252"), feed.charset());
            assertTrue(feed.text().contains("Caf\u00e9 reopens \u2013 \u201cbusiness as usual\u201d"), feed.text());
            assertEquals("application/json", fetcher.fetch(server.url("/api")).contentType());
            FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(server.url("/gif")));
            assertEquals(Reason.UNSUPPORTED_CONTENT_TYPE, e.reason());
        }
    }

    @Nested
    class Charsets {
        @Test
        void windows1251DeclaredOnlyInMeta() throws Exception {
            server.page("/ru", 200, "text/html", FixtureServer.resource("article-windows-1251.html"));
            FetchedDocument doc = fetcher(policy()).fetch(server.url("/ru"));
            assertEquals(Charset.forName("windows-1251"), doc.charset());
            assertTrue(doc.text().contains("Городской совет утвердил бюджет"), doc.text());
        }

        @Test
        void latin1DeclaredInMetaHttpEquivDecodesAsBrowsersDo() throws Exception {
            server.page("/fr", 200, "text/html", FixtureServer.resource("article-iso-8859-1.html"));
            FetchedDocument doc = fetcher(policy()).fetch(server.url("/fr"));
            assertEquals(Charset.forName("windows-1252"), doc.charset());
            assertTrue(doc.text().contains("\u201cNous sommes ravis\u201d, a déclaré la gérante du café."),
                    doc.text());
        }

        @Test
        void shiftJisAndGbkFromTheHeader() throws Exception {
            server.page("/ja", 200, "text/html; charset=Shift_JIS", FixtureServer.resource("article-shift_jis.html"));
            server.page("/zh", 200, "text/html;charset=\"gbk\"", FixtureServer.resource("article-gbk.html"));
            SafeFetcher fetcher = fetcher(policy());
            assertTrue(fetcher.fetch(server.url("/ja")).text().contains("港湾局が新しいフェリーターミナルを承認"));
            assertTrue(fetcher.fetch(server.url("/zh")).text().contains("港务局批准新渡轮码头"));
        }

        @Test
        void aUtf8ByteOrderMark() throws Exception {
            server.page("/de", 200, "text/html", FixtureServer.resource("article-utf8-bom.html"));
            FetchedDocument doc = fetcher(policy()).fetch(server.url("/de"));
            assertEquals(StandardCharsets.UTF_8, doc.charset());
            assertTrue(doc.text().startsWith("<!DOCTYPE html>"), "the BOM is not part of the text");
            assertTrue(doc.text().contains("Hafenbehörde genehmigt Fähranleger"));
        }
    }

    @Nested
    class Robots {
        @Test
        void aDisallowedPathIsNotFetched() {
            server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
            server.page("/private/story", "text/html", "<p>secret</p>");
            FetchException e = failure(policy(), server.url("/private/story"));
            assertEquals(Reason.ROBOTS_DISALLOWED, e.reason());
            assertEquals("robots.txt of 127.0.0.1:" + server.port() + " disallows /private/story", e.getMessage());
            assertEquals(0, server.hits("/private/story"));
        }

        @Test
        void honourRobotsFalseBypassesIt() throws Exception {
            server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /\n");
            server.page("/private/story", "text/html", "<p>secret</p>");
            assertEquals("<p>secret</p>", fetcher(policy().withRobots(false)).fetch(server.url("/private/story")).text());
            assertEquals(0, server.hits("/robots.txt"));
        }

        @Test
        void ourOwnGroupWinsOverTheStarGroup() throws Exception {
            server.page("/robots.txt", "text/plain",
                    "User-agent: *\nDisallow: /\n\nUser-agent: MediaWire\nDisallow: /drafts/\n");
            server.page("/news/a", "text/html", "<p>a</p>");
            server.page("/drafts/b", "text/html", "<p>b</p>");
            SafeFetcher fetcher = fetcher(policy());
            assertEquals("<p>a</p>", fetcher.fetch(server.url("/news/a")).text());
            assertEquals(Reason.ROBOTS_DISALLOWED,
                    assertThrows(FetchException.class, () -> fetcher.fetch(server.url("/drafts/b"))).reason());
            assertEquals(1, server.hits("/robots.txt"), "cached per host");
        }

        @Test
        void aRedirectIntoADisallowedPathIsStopped() {
            server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
            server.redirect("/public", 302, "/private/story");
            server.page("/private/story", "text/html", "<p>secret</p>");
            assertEquals(Reason.ROBOTS_DISALLOWED, failure(policy(), server.url("/public")).reason());
            assertEquals(0, server.hits("/private/story"));
        }

        @ParameterizedTest
        @ValueSource(ints = {401, 403})
        void unauthorizedOrForbiddenRobotsTxtDisallowsAll(int status) {
            server.page("/robots.txt", status, "text/plain", "nope".getBytes(StandardCharsets.UTF_8));
            server.page("/news", "text/html", "<p>news</p>");
            assertEquals(Reason.ROBOTS_DISALLOWED, failure(policy(), server.url("/news")).reason());
        }

        @ParameterizedTest
        @ValueSource(ints = {404, 410, 500, 503})
        void missingOrBrokenRobotsTxtAllowsAll(int status) throws Exception {
            server.page("/robots.txt", status, "text/plain", "oops".getBytes(StandardCharsets.UTF_8));
            server.page("/news", "text/html", "<p>news</p>");
            assertEquals("<p>news</p>", fetcher(policy()).fetch(server.url("/news")).text());
        }
    }

    @Nested
    class RetryAfterHandling {
        @Test
        void aShortRetryAfterIsWaitedForOnce() throws Exception {
            AtomicInteger calls = new AtomicInteger();
            server.route("/busy", ex -> {
                if (calls.getAndIncrement() == 0) {
                    ex.getResponseHeaders().set("Retry-After", "1");
                    FixtureServer.send(ex, 429, "text/html", "slow down".getBytes(StandardCharsets.UTF_8));
                } else {
                    FixtureServer.send(ex, 200, "text/html", "<p>ok now</p>".getBytes(StandardCharsets.UTF_8));
                }
            });
            assertEquals("<p>ok now</p>", fetcher(policy()).fetch(server.url("/busy")).text());
            assertEquals(2, calls.get());
        }

        @Test
        void aLongRetryAfterIsReportedNotWaitedFor() {
            server.route("/busy", ex -> {
                ex.getResponseHeaders().set("Retry-After", "120");
                FixtureServer.send(ex, 503, "text/html", "maintenance".getBytes(StandardCharsets.UTF_8));
            });
            FetchException e = failure(policy(), server.url("/busy"));
            assertEquals(Reason.RATE_LIMITED, e.reason());
            assertEquals("rate limited (HTTP 503), retry after 120 s: " + server.url("/busy"), e.getMessage());
            assertEquals(1, server.hits("/busy"));
        }

        @Test
        void anHttpDateRetryAfterIsUnderstood() {
            String inAnHour = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusHours(1));
            server.route("/busy", ex -> {
                ex.getResponseHeaders().set("Retry-After", inAnHour);
                FixtureServer.send(ex, 429, "text/html", new byte[0]);
            });
            FetchException e = failure(policy(), server.url("/busy"));
            assertEquals(Reason.RATE_LIMITED, e.reason());
            assertTrue(e.getMessage().matches("rate limited \\(HTTP 429\\), retry after 3[56][0-9]{2} s: .*"),
                    e.getMessage());
        }

        @Test
        void stillLimitedAfterTheOneRetry() {
            server.route("/busy", ex -> {
                ex.getResponseHeaders().set("Retry-After", "0");
                FixtureServer.send(ex, 429, "text/html", new byte[0]);
            });
            FetchException e = failure(policy(), server.url("/busy"));
            assertEquals(Reason.RATE_LIMITED, e.reason());
            assertEquals(2, server.hits("/busy"));
        }

        @Test
        void a503WithoutRetryAfterIsAnOrdinaryStatus() {
            server.page("/down", 503, "text/html", "down".getBytes(StandardCharsets.UTF_8));
            FetchException e = failure(policy(), server.url("/down"));
            assertEquals(Reason.HTTP_STATUS, e.reason());
            assertEquals("HTTP 503 Service Unavailable from " + server.url("/down"), e.getMessage());
        }
    }
}
