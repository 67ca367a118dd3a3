package io.mediawire.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.mediawire.host.benchmark.FixtureAgency;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real local agency whose pages and feeds change between checks: each path answers what the test last
 * put there (a page, a feed, or a status), with an ETag of its bytes honoured in If-None-Match, and
 * records every request.
 */
public final class ChangingAgency implements AutoCloseable {
    /** Enough words around a story's own sentences for extraction to take it as an article. */
    public static final String FILLER = "<p>The agency's correspondent filed this report from the scene, with statements from "
            + "officials and from people who saw what happened, and the agency will update it as news comes in.</p>"
            + "<p>Background: earlier reports and figures are on the agency's website; readers can reach the newsroom "
            + "through the contact page, where corrections are also listed with their dates and reasons.</p>";

    private record Answer(int status, String contentType, byte[] body) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    public ChangingAgency() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public String hostPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** An article page with this headline and these paragraphs (plain text, escaped here). */
    public void article(String path, String headline, String... paragraphs) {
        page(path, articleHtml(headline, "", paragraphs));
    }

    public static String articleHtml(String headline, String extraHead, String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            body.append("<p>").append(escape(paragraph)).append("</p>");
        }
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(headline)
                + " | Changing Agency</title><meta property=\"og:site_name\" content=\"Changing Agency\">" + extraHead
                + "</head><body><nav><a href=\"/\">Home</a></nav><article><h1>" + escape(headline) + "</h1>" + body
                + FILLER + "</article><footer>Changing Agency</footer></body></html>";
    }

    public void page(String path, String html) {
        answers.put(path, new Answer(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8)));
    }

    public void feed(String path, String xml) {
        answers.put(path, new Answer(200, "application/rss+xml; charset=utf-8", xml.getBytes(StandardCharsets.UTF_8)));
    }

    public void status(String path, int status) {
        answers.put(path, new Answer(status, "text/html", "<h1>Gone</h1>".getBytes(StandardCharsets.UTF_8)));
    }

    /** Requests made for this path so far, each as "GET path" or "GET path (If-None-Match)". */
    public List<String> requests(String path) {
        return requests.stream().filter(r -> r.startsWith("GET " + path + " ") || r.equals("GET " + path)).toList();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String asked = exchange.getRequestHeaders().getFirst("If-None-Match");
            if (path.equals("/robots.txt")) {
                send(exchange, 200, "text/plain", "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8), null);
                return;
            }
            requests.add("GET " + path + (asked == null ? "" : " (If-None-Match)"));
            Answer answer = answers.get(path);
            if (answer == null) {
                send(exchange, 404, "text/html", "<h1>Not found</h1>".getBytes(StandardCharsets.UTF_8), null);
                return;
            }
            String etag = answer.status() == 200 ? "\"" + sha256(answer.body()) + "\"" : null;
            if (etag != null && etag.equals(asked)) {
                exchange.getResponseHeaders().set("ETag", etag);
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            send(exchange, answer.status(), answer.contentType(), answer.body(), etag);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, String etag) throws IOException {
        if (etag != null) {
            exchange.getResponseHeaders().set("ETag", etag);
        }
        FixtureAgency.send(exchange, status, type, body);
    }

    public static String escape(String text) {
        return FixtureAgency.escape(text);
    }

    private static String sha256(byte[] body) {
        return FixtureAgency.sha256(body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
