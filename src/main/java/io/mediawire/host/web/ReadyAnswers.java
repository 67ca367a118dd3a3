package io.mediawire.host.web;

import io.mediawire.host.cache.Generations;
import io.mediawire.host.cache.Invalidation;
import io.mediawire.host.cache.StampedCache;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Enumeration;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;

/**
 * The public answers, kept as ready bytes: pages, the feed, the delivery API and web resources.
 * What stands in for Magnolia's cache module, in the same process. {@link ReadyAnswerHandler} serves
 * a kept answer before any servlet runs; on a miss it hands the servlet a {@link Slot}, and the
 * servlet's answer goes through {@link #send}, which keeps it when the reply allows.
 *
 * <p>The key is everything a public servlet reads from the request: scheme, host and port (pages
 * and the feed write absolute links), the raw path and query, and for the delivery API the Origin
 * (CORS headers). Accept-Encoding chooses between the two variants every kept answer holds.
 */
public final class ReadyAnswers {
    /** The bound on all kept answers' bytes, both variants and header lines included. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
    static final String SLOT = ReadyAnswers.class.getName() + ".slot";
    private static final String DELIVERY = "/.rest/delivery/";

    private final StampedCache<ReadyAnswer> kept;
    private final Generations generations;
    private final Clock clock;
    private final LongAdder served = new LongAdder();

    /** Where a servlet's answer to a missed request goes: its key and the ticket taken before it was made. */
    record Slot(String key, Generations.Ticket ticket) {
    }

    /** @param enabled false in development mode: every request is answered afresh */
    public ReadyAnswers(Generations generations, Clock clock, long maxBytes, boolean enabled) {
        this.kept = new StampedCache<>(generations, clock, maxBytes, ReadyAnswer::weight, enabled);
        this.generations = generations;
        this.clock = clock;
    }

    /** When public content last changed: the Last-Modified of answers that show public content at large. */
    Instant changedAt() {
        return generations.changedAt();
    }

    /** Answers that are sent and never kept, by the system clock. */
    public static ReadyAnswers none() {
        return new ReadyAnswers(new Generations(Clock.systemUTC()), Clock.systemUTC(), 0, false);
    }

    /** Whether requests for {@code path} (decoded, normalized) may have a kept answer. */
    static boolean covers(String path) {
        return path.startsWith("/media-wire/") || path.startsWith(DELIVERY) || path.startsWith("/.resources/");
    }

    static String key(String scheme, String host, int port, String rawPath, String rawQuery, String origin) {
        StringBuilder key = new StringBuilder(96).append(scheme).append("://").append(host).append(':').append(port)
                .append(rawPath);
        if (rawQuery != null) {
            key.append('?').append(rawQuery);
        }
        if (origin != null && rawPath.startsWith(DELIVERY)) {
            key.append(" origin=").append(origin);
        }
        return key.toString();
    }

    /** The kept answer for {@code key}, counted as served when there is one. */
    ReadyAnswer serve(String key) {
        ReadyAnswer answer = kept.get(key);
        if (answer != null) {
            served.increment();
        }
        return answer;
    }

    Slot slot(String key) {
        return new Slot(key, kept.ticket());
    }

    /**
     * Sends {@code reply} through the servlet API, made ready first, and keeps it when the reply
     * allows and the request came through {@link ReadyAnswerHandler}.
     */
    void send(HttpServletRequest request, HttpServletResponse response, Reply reply) throws IOException {
        Instant now = clock.instant();
        ReadyAnswer ready = ReadyAnswer.of(reply, now);
        if (reply.dependency() != null && request.getAttribute(SLOT) instanceof Slot slot) {
            Instant until = reply.keptUntil();
            if (reply.lastModified() != null && ReadyAnswer.inSecondOf(reply.lastModified(), now)) {
                // Sent without Last-Modified for now; from the next second it can carry one.
                Instant nextSecond = now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
                until = until.isBefore(nextSecond) ? until : nextSecond;
            }
            kept.put(slot.key(), ready, slot.ticket(), reply.dependency(), reply.keptFrom(), until);
        }
        ReadyAnswer.Chosen chosen = ready.choose(request.getHeader("Accept-Encoding"), joined(request, "If-None-Match"),
                request.getHeader("If-Modified-Since"));
        response.setStatus(chosen.status());
        java.util.List<HttpField> fields = chosen.fields();
        for (int i = 0; i < fields.size(); i++) {
            HttpField field = fields.get(i);
            if (field.getHeader() == HttpHeader.CONTENT_TYPE) {
                response.setContentType(field.getValue());
            } else if (field.getHeader() == HttpHeader.CONTENT_LENGTH) {
                response.setContentLengthLong(field.getLongValue());
            } else if (ReadyAnswer.firstOfItsName(fields, i)) {
                response.setHeader(field.getName(), field.getValue()); // replaces what CommonHeaders set
            } else {
                response.addHeader(field.getName(), field.getValue());
            }
        }
        if (chosen.body() != null && chosen.body().length > 0 && !"HEAD".equals(request.getMethod())) {
            try (OutputStream out = response.getOutputStream()) {
                out.write(chosen.body());
            }
        }
    }

    /** Every field line of a header, joined by commas as RFC 9110 allows; null when absent. */
    static String joined(HttpServletRequest request, String name) {
        Enumeration<String> values = request.getHeaders(name);
        if (values == null || !values.hasMoreElements()) {
            return null;
        }
        String first = values.nextElement();
        return values.hasMoreElements() ? first + "," + String.join(",", Collections.list(values)) : first;
    }

    /** The kept answers, for tests and the benchmark. */
    StampedCache<ReadyAnswer> kept() {
        return kept;
    }

    /**
     * Where changes come in: the story store's listener calls it, and so can any other source of
     * changes (in a cluster, JCR observation of the other nodes' saves).
     */
    public Invalidation invalidation() {
        return generations;
    }

    /** The kept answers' size, bound and statistics. */
    public StampedCache.Figures figures() {
        return kept.figures();
    }

    /** The invalidation's counters, which every kept answer and rendered page is stamped with. */
    public Generations.Counters counters() {
        return generations.counters();
    }

    /** How many requests got a kept answer, without any servlet running. */
    public long served() {
        return served.sum();
    }

    /** The bytes all kept answers hold now. */
    public long keptBytes() {
        return kept.weightedSize();
    }

    /** How many answers are kept now. */
    public long keptAnswers() {
        return kept.size();
    }

    /** Whether any kept answer's body contains {@code text} (UTF-8): for tests that look for what must never be kept. */
    public boolean anyKeptContains(String text) {
        byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        boolean[] found = {false};
        kept.forEach((key, answer) -> found[0] |= indexOf(answer.body(), needle) >= 0);
        return found[0];
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
