package io.mediawire.importing.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.importing.fetch.FetchException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Conditional GET as a feed poller sends it, against a real local server. */
class ConditionalFetchTest {
    private final FixtureServer server = new FixtureServer();
    private final SafeFetcher fetcher = new SafeFetcher(FetchPolicy.defaults().allowingPrivate(server.hostPort())
            .withMaxRetryAfterWait(Duration.ZERO));
    private final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();
    private final List<String> ifModifiedSince = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    /** A feed with an ETag and a Last-Modified that answers 304 when either validator matches. */
    private void feedWithValidators() {
        server.route("/feed.xml", ex -> {
            String etag = ex.getRequestHeaders().getFirst("If-None-Match");
            String since = ex.getRequestHeaders().getFirst("If-Modified-Since");
            ifNoneMatch.add(String.valueOf(etag));
            ifModifiedSince.add(String.valueOf(since));
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            ex.getResponseHeaders().set("Last-Modified", "Tue, 03 Mar 2026 10:00:00 GMT");
            if ("\"v1\"".equals(etag) || "Tue, 03 Mar 2026 10:00:00 GMT".equals(since)) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            FixtureServer.send(ex, 200, "application/rss+xml", "<rss version=\"2.0\"><channel/></rss>"
                    .getBytes(StandardCharsets.UTF_8));
        });
    }

    @Test
    void aFirstFetchBringsTheDocumentAndItsValidators() throws Exception {
        feedWithValidators();
        Conditional answer = fetcher.fetchIfChanged(server.url("/feed.xml"), Validators.NONE, Duration.ofSeconds(10));
        assertFalse(answer.notModified());
        assertEquals(200, answer.document().status());
        assertEquals(new Validators("\"v1\"", "Tue, 03 Mar 2026 10:00:00 GMT"), answer.validators());
        assertEquals(List.of("null"), ifNoneMatch, "nothing to be conditional on yet");
    }

    @Test
    void theValidatorsSentBackGetA304WithNothingToRead() throws Exception {
        feedWithValidators();
        Validators known = new Validators("\"v1\"", "Tue, 03 Mar 2026 10:00:00 GMT");
        Conditional answer = fetcher.fetchIfChanged(server.url("/feed.xml"), known, Duration.ofSeconds(10));
        assertTrue(answer.notModified());
        assertNull(answer.document());
        assertEquals(known, answer.validators());
        assertEquals(List.of("\"v1\""), ifNoneMatch);
        assertEquals(List.of("Tue, 03 Mar 2026 10:00:00 GMT"), ifModifiedSince);
    }

    @Test
    void aLastModifiedAloneIsSentAsIfModifiedSince() throws Exception {
        feedWithValidators();
        Conditional answer = fetcher.fetchIfChanged(server.url("/feed.xml"),
                new Validators(null, "Tue, 03 Mar 2026 10:00:00 GMT"), Duration.ofSeconds(10));
        assertTrue(answer.notModified());
        assertEquals(List.of("null"), ifNoneMatch);
    }

    @Test
    void a304ToAnUnconditionalRequestIsAnError() {
        server.route("/odd", ex -> ex.sendResponseHeaders(304, -1));
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(server.url("/odd")));
        assertEquals(Reason.HTTP_STATUS, e.reason());
    }

    @Test
    void aRetryAfterNotWaitedForTravelsWithTheRefusal() {
        server.route("/busy", ex -> {
            ex.getResponseHeaders().set("Retry-After", "600");
            FixtureServer.send(ex, 429, "text/html", new byte[0]);
        });
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher.fetchIfChanged(server.url("/busy"), Validators.NONE, Duration.ofSeconds(10)));
        assertEquals(Reason.RATE_LIMITED, e.reason());
        assertEquals(Duration.ofSeconds(600), e.retryAfter().orElseThrow());
        assertEquals(1, server.hits("/busy"), "a poller does not sleep in a worker: the schedule waits");
    }

    @Test
    void theBudgetCutsAFetchShorterThanThePolicysDeadline() {
        server.route("/slow", ex -> server.stall());
        long start = System.nanoTime();
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher.fetchIfChanged(server.url("/slow"), Validators.NONE, Duration.ofMillis(500)));
        assertEquals(Reason.TIMEOUT, e.reason());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(10)) < 0, e.getMessage());
    }

    @Test
    void headerValuesAServerCouldNotHaveSentAreDropped() {
        assertEquals(Validators.NONE, new Validators("\"a\"\r\nX-Evil: 1", " "));
        assertFalse(Validators.NONE.any());
    }
}
