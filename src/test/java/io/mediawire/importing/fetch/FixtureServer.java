package io.mediawire.importing.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** A real HTTP server on 127.0.0.1 and a free port, serving what each test registers. */
final class FixtureServer implements AutoCloseable {

    interface Handler {
        void handle(HttpExchange exchange) throws Exception;
    }

    /** What the server saw of a request. */
    record Seen(String path, String userAgent, String acceptEncoding) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fixture-server");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    /** Released at close, so stalled handlers end with the test. */
    final CountDownLatch closing = new CountDownLatch(1);

    FixtureServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            seen.add(new Seen(path + (query == null ? "" : "?" + query),
                    exchange.getRequestHeaders().getFirst("User-Agent"),
                    exchange.getRequestHeaders().getFirst("Accept-Encoding")));
            Handler handler = routes.get(path);
            try {
                if (handler == null) {
                    send(exchange, 404, "text/html", "<h1>not here</h1>".getBytes());
                } else {
                    handler.handle(exchange);
                }
            } catch (IOException e) {
                // the client hung up, as the fetcher does on purpose for oversized bodies
            } catch (Exception e) {
                throw new IOException(e);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    FixtureServer route(String path, Handler handler) {
        routes.put(path, handler);
        return this;
    }

    /** Serves {@code body} with {@code status} and content type. */
    FixtureServer page(String path, int status, String contentType, byte[] body) {
        return route(path, ex -> send(ex, status, contentType, body));
    }

    FixtureServer page(String path, String contentType, String body) {
        return page(path, 200, contentType, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    FixtureServer redirect(String path, int status, String location) {
        return route(path, ex -> {
            ex.getResponseHeaders().set("Location", location);
            ex.sendResponseHeaders(status, -1);
        });
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = FixtureServer.class.getResourceAsStream("/fetch/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /fetch/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    URI url(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port() + pathAndQuery);
    }

    HostPort hostPort() {
        return new HostPort("127.0.0.1", port());
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }

    long hits(String pathAndQuery) {
        return seen.stream().filter(s -> s.path().equals(pathAndQuery)).count();
    }

    /** Blocks a handler until the test ends (or a minute passes). */
    void stall() throws InterruptedException {
        closing.await(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
