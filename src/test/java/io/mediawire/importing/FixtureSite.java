package io.mediawire.importing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A synthetic news agency on 127.0.0.1 and a free port: article pages from the test fixtures,
 * feeds that link back to it, and the awkward cases (redirects, gzip, 404, huge, slow).
 */
public final class FixtureSite implements AutoCloseable {
    public interface Route {
        void handle(HttpExchange exchange) throws Exception;
    }

    private final HttpServer server;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile boolean closing;

    public FixtureSite() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fixture-site");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().toString());
            Route route = routes.get(exchange.getRequestURI().getPath());
            try {
                if (route == null) {
                    send(exchange, 404, "text/html; charset=utf-8", "<h1>Not found</h1>".getBytes(StandardCharsets.UTF_8));
                } else {
                    route.handle(exchange);
                }
            } catch (IOException e) {
                // the importer hung up on purpose (too large, too slow)
            } catch (Exception e) {
                throw new IOException(e);
            } finally {
                exchange.close();
            }
        });
        server.start();
        standardRoutes();
    }

    private void standardRoutes() {
        page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        fixturePage("/business/cranes", "jsonld-newsarticle.html");
        fixturePage("/local/library", "no-metadata.html");
        fixturePage("/city/cycle-lanes", "hostile.html");
        fixturePage("/trains/night", "lazy-images.html");
        fixturePage("/economy/bakery", "furniture.html");
        fixturePage("/fa/library", "rtl-persian.html");
        fixturePage("/", "homepage.html");
        fixturePage("/private/secret-story", "no-metadata.html");
        route("/ru/ferries", ex -> send(ex, 200, "text/html", fixture("../site/cyrillic-1251.html.txt")
                .replace("\r", "").getBytes(Charset.forName("windows-1251"))));
        route("/gzip/trains", ex -> {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
                gzip.write(fixture("lazy-images.html").getBytes(StandardCharsets.UTF_8));
            }
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            send(ex, 200, "text/html; charset=utf-8", zipped.toByteArray());
        });
        route("/moved", ex -> redirect(ex, 301, url("/local/library").toString()));
        route("/huge", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                byte[] chunk = "<p>filler filler filler filler</p>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < 200 && !closing; i++) {
                    out.write(chunk);
                }
            }
        });
        route("/slow", ex -> {
            for (int i = 0; i < 100 && !closing; i++) {
                Thread.sleep(100);
            }
            send(ex, 200, "text/html", "<p>too late</p>".getBytes(StandardCharsets.UTF_8));
        });
        route("/image.png", ex -> send(ex, 200, "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G'}));
    }

    public FixtureSite route(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    public FixtureSite page(String path, String contentType, String body) {
        return route(path, ex -> send(ex, 200, contentType, body.getBytes(StandardCharsets.UTF_8)));
    }

    public FixtureSite fixturePage(String path, String fixture) {
        return route(path, ex -> send(ex, 200, "text/html; charset=utf-8", fixture(fixture).getBytes(StandardCharsets.UTF_8)));
    }

    /** A feed whose {@code {{base}}} placeholders become this site's address. */
    public FixtureSite feed(String path, String contentType, String template) {
        return page(path, contentType, template.replace("{{base}}", base().toString()));
    }

    public static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(status, -1);
    }

    public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    public static String fixture(String name) {
        try (InputStream in = FixtureSite.class.getResourceAsStream("/fixtures/articles/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain agency article page with a headline and a few paragraphs around {@code lead}. */
    public static String article(String headline, String lead) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(headline).append(" | Fixture Agency</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>")
                .append(headline).append("</h1><p>").append(lead).append("</p>");
        for (int i = 1; i <= 4; i++) {
            html.append("<p>Paragraph ").append(i).append(" of ").append(headline.toLowerCase())
                    .append(" adds the detail, the quotes and the figures that readers expect from a wire story.</p>");
        }
        return html.append("</article><footer>Fixture Agency</footer></body></html>").toString();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    public URI url(String path) {
        return base().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public String hostPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    public List<String> requests() {
        return requests;
    }

    @Override
    public void close() {
        closing = true;
        server.stop(0);
    }
}
