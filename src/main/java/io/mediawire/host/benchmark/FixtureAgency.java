package io.mediawire.host.benchmark;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A news agency on a loopback address: RSS feeds at {@code /feeds/<name>} whose items the caller
 * publishes while it runs, with an {@code ETag} and 304 answers to a matching {@code If-None-Match};
 * story pages at {@code /stories/<id>} for items without full text; and the ways real feeds go wrong
 * (an error status with or without {@code Retry-After}, hanging, turning into an HTML page or a
 * 10 MB page, redirecting elsewhere). For the subscription tests and {@code benchmark-subscriptions}.
 */
public final class FixtureAgency implements AutoCloseable {
    /** Filler that makes an item's text a full story without adding words a test filters on. */
    static final String FILLER = "<p>The agency's correspondent filed this report from the scene, with statements "
            + "from officials and from people who saw what happened, and the agency will update it as news comes in.</p>"
            + "<p>Background: earlier reports and figures are on the agency's website; readers can reach the newsroom "
            + "through the contact page, where corrections are also listed with their dates.</p>";

    /** What a feed does when asked. */
    public enum Mode { NORMAL, FAIL, HANG, HTML, HUGE, REDIRECT }

    /**
     * @param fullText the feed carries the story (else only a summary, and the story is on its page)
     */
    public record Item(String id, String title, String body, String author, List<String> categories, boolean fullText) {
        public Item {
            categories = List.copyOf(categories);
        }

        public static Item of(String id, String title, String body) {
            return new Item(id, title, body, "Agency Staff", List.of(), true);
        }
    }

    private final class Feed {
        final List<Item> items = new CopyOnWriteArrayList<>();
        volatile Mode mode = Mode.NORMAL;
        volatile int status;
        volatile String retryAfter;
        volatile String location;
        volatile CountDownLatch release = new CountDownLatch(0);
        volatile boolean validators = true;
        final AtomicInteger requests = new AtomicInteger();
        final AtomicInteger full = new AtomicInteger();
        final AtomicInteger notModified = new AtomicInteger();
        final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final String address;
    private final Clock clock;
    private final Map<String, Feed> feeds = new ConcurrentHashMap<>();
    private final Map<String, Item> stories = new ConcurrentHashMap<>();
    private final Map<String, Instant> appeared = new ConcurrentHashMap<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    /** @param address a loopback address such as 127.0.0.1 or 127.0.0.2 (a second host name for politeness tests) */
    public FixtureAgency(String address, int threadCount, Clock clock) {
        this.address = address;
        this.clock = clock;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 200);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + address, e);
        }
        threads = Executors.newFixedThreadPool(threadCount, r -> {
            Thread thread = new Thread(r, "fixture-agency-" + address);
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
    }

    public FixtureAgency(String address) {
        this(address, 8, Clock.systemUTC());
    }

    public URI url(String path) {
        return URI.create("http://" + address + ":" + server.getAddress().getPort() + path);
    }

    /** For the fetcher's allow list. */
    public String hostPort() {
        return address + ":" + server.getAddress().getPort();
    }

    /** The feed {@code /feeds/<name>}, empty until items are published to it. */
    public URI feed(String name) {
        feeds.computeIfAbsent(name, n -> new Feed());
        return url("/feeds/" + name);
    }

    /** Puts the item at the top of the feed; its story page appears with it. */
    public void publish(String feed, Item item) {
        stories.put(item.id(), item);
        appeared.putIfAbsent(item.id(), clock.instant());
        feedNamed(feed).items.add(0, item);
    }

    /** When an item was first published here. */
    public Instant appeared(String id) {
        return appeared.get(id);
    }

    public void fail(String feed, int status, String retryAfter) {
        Feed f = feedNamed(feed);
        f.status = status;
        f.retryAfter = retryAfter;
        f.mode = Mode.FAIL;
    }

    /** The feed stops answering until the returned latch is counted down (or the agency closes). */
    public CountDownLatch hang(String feed) {
        Feed f = feedNamed(feed);
        f.release = new CountDownLatch(1);
        f.mode = Mode.HANG;
        return f.release;
    }

    public void redirect(String feed, String location) {
        Feed f = feedNamed(feed);
        f.location = location;
        f.mode = Mode.REDIRECT;
    }

    public void mode(String feed, Mode mode) {
        feedNamed(feed).mode = mode;
    }

    /** Off: answers without ETag, as many real feeds do, so every poll gets the whole feed. */
    public void validators(String feed, boolean on) {
        feedNamed(feed).validators = on;
    }

    public int requests(String feed) {
        return feedNamed(feed).requests.get();
    }

    public int fullAnswers(String feed) {
        return feedNamed(feed).full.get();
    }

    public int notModifiedAnswers(String feed) {
        return feedNamed(feed).notModified.get();
    }

    /** The If-None-Match headers the feed was asked with, "-" for none. */
    public List<String> ifNoneMatch(String feed) {
        return List.copyOf(feedNamed(feed).ifNoneMatch);
    }

    private Feed feedNamed(String name) {
        Feed feed = feeds.get(name);
        if (feed == null) {
            throw new IllegalArgumentException("no feed " + name + " (call feed(name) first)");
        }
        return feed;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/feeds/") && feeds.containsKey(path.substring(7))) {
                answerFeed(exchange, feeds.get(path.substring(7)));
            } else if (path.startsWith("/stories/") && stories.containsKey(path.substring(9))) {
                send(exchange, 200, "text/html; charset=utf-8", page(stories.get(path.substring(9))));
            } else if (path.equals("/robots.txt")) {
                send(exchange, 200, "text/plain", "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8));
            } else {
                send(exchange, 404, "text/html", "<h1>Not found</h1>".getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // the poller hung up on purpose (too large, too slow)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    private void answerFeed(HttpExchange exchange, Feed feed) throws IOException, InterruptedException {
        feed.requests.incrementAndGet();
        String asked = exchange.getRequestHeaders().getFirst("If-None-Match");
        feed.ifNoneMatch.add(asked == null ? "-" : asked);
        switch (feed.mode) {
            case FAIL -> {
                if (feed.retryAfter != null) {
                    exchange.getResponseHeaders().set("Retry-After", feed.retryAfter);
                }
                send(exchange, feed.status, "text/html", "<h1>Unavailable</h1>".getBytes(StandardCharsets.UTF_8));
                return;
            }
            case HANG -> {
                while (closing.getCount() > 0 && !feed.release.await(100, TimeUnit.MILLISECONDS)) {
                    // hold the connection open, saying nothing
                }
                send(exchange, 200, "application/rss+xml", rss(feed).getBytes(StandardCharsets.UTF_8));
                return;
            }
            case HTML -> {
                send(exchange, 200, "text/html; charset=utf-8", ("<!DOCTYPE html><html><head><title>Our new site</title>"
                        + "</head><body><h1>We moved!</h1><p>Visit our new homepage.</p></body></html>")
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            case HUGE -> {
                exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
                exchange.sendResponseHeaders(200, 0);
                byte[] chunk = ("<!-- " + "x".repeat(1018) + " -->\n").getBytes(StandardCharsets.UTF_8);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>".getBytes(StandardCharsets.UTF_8));
                    for (int i = 0; i < 10 * 1024 && closing.getCount() > 0; i++) {
                        out.write(chunk);
                    }
                }
                return;
            }
            case REDIRECT -> {
                exchange.getResponseHeaders().set("Location", feed.location);
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            default -> {
                byte[] body = rss(feed).getBytes(StandardCharsets.UTF_8);
                String etag = "\"" + sha256(body) + "\"";
                if (feed.validators && etag.equals(asked)) {
                    feed.notModified.incrementAndGet();
                    exchange.getResponseHeaders().set("ETag", etag);
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                if (feed.validators) {
                    exchange.getResponseHeaders().set("ETag", etag);
                }
                feed.full.incrementAndGet();
                send(exchange, 200, "application/rss+xml; charset=utf-8", body);
            }
        }
    }

    private String rss(Feed feed) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<channel><title>Fixture Agency</title><link>" + url("/") + "</link><description>Test wire</description>\n");
        for (Item item : new ArrayList<>(feed.items)) {
            xml.append("<item><guid isPermaLink=\"false\">").append(escape(item.id())).append("</guid><link>")
                    .append(url("/stories/" + item.id())).append("</link><title>").append(escape(item.title()))
                    .append("</title><dc:creator>").append(escape(item.author())).append("</dc:creator>");
            for (String category : item.categories()) {
                xml.append("<category>").append(escape(category)).append("</category>");
            }
            xml.append("<description>").append(escape(item.title())).append("</description>");
            if (item.fullText()) {
                xml.append("<content:encoded>").append(escape("<p>" + item.body() + "</p>" + FILLER))
                        .append("</content:encoded>");
            }
            xml.append("</item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }

    private static byte[] page(Item item) {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(item.title())
                + " | Fixture Agency</title><meta property=\"og:site_name\" content=\"Fixture Agency\"></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><article><h1>" + escape(item.title()) + "</h1><p class=\"byline\">By "
                + escape(item.author()) + "</p><p>" + escape(item.body()) + "</p>" + FILLER + FILLER.replace("report", "story")
                + "</article><footer>Fixture Agency</footer></body></html>";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    /** Answers with these bytes (none: no body); for this and other local fixture servers. */
    public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Text made safe for HTML and XML. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The first 12 bytes of the SHA-256 of a body, in hex: an ETag. */
    public static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
