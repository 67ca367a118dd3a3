package io.mediawire.importing.feed;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Hostile XML must fail cleanly and touch nothing: a local HTTP server stands in for an attacker's DTD host and
 * counts every request; a temporary file stands in for a secret on disk.
 */
class FeedSafetyTest {
    private static final String REFUSED = "bad feed XML: the DOCTYPE declares entities, which are refused "
            + "(they enable external-entity and entity-expansion attacks)";
    private static final String EVIL_DTD = "<!ENTITY % all \"<!ENTITY leak SYSTEM 'file:///etc/passwd'>\"> %all;";

    private final FeedParser parser = new FeedParser();
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;
    private String serverUrl;

    @BeforeEach
    void startDtdServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = EVIL_DTD.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        serverUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopDtdServer() {
        server.stop(0);
    }

    private byte[] fixture(String name, String placeholder, String value) {
        return new String(Fixtures.bytes(name), StandardCharsets.UTF_8).replace(placeholder, value).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void externalEntityIsRefusedAndTheFileIsNotRead(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-7731");
        byte[] body = fixture("xxe-file.xml", "SECRET_FILE_URL", secret.toUri().toString());

        FeedException e = assertThrows(FeedException.class, () -> parser.parse(body, null, URI.create("https://evil.example/rss")));
        assertEquals(REFUSED, e.getMessage());
        assertFalse(String.valueOf(e.getCause()).contains("TOP-SECRET"));
    }

    @Test
    void externalEntityOverHttpIsRefusedWithoutARequest() {
        byte[] body = fixture("xxe-file.xml", "SECRET_FILE_URL", serverUrl + "/secret");
        FeedException e = assertThrows(FeedException.class, () -> parser.parse(body, null, null));
        assertEquals(REFUSED, e.getMessage());
        assertEquals(0, requests.get());
    }

    @Test
    void parameterEntityIsRefusedWithoutARequest() {
        byte[] body = fixture("xxe-parameter-entity.xml", "DTD_SERVER_URL", serverUrl);
        FeedException e = assertThrows(FeedException.class, () -> parser.parse(body, null, null));
        assertEquals(REFUSED, e.getMessage());
        assertEquals(0, requests.get());
    }

    @Test
    void billionLaughsIsRefused() {
        FeedException e = assertThrows(FeedException.class, () -> parser.parse(Fixtures.bytes("billion-laughs.xml"), null, null));
        assertEquals(REFUSED, e.getMessage());
    }

    @Test
    void externalDtdIsNeverFetchedButTheFeedStillReads() throws FeedException {
        byte[] body = fixture("rss-external-dtd.xml", "DTD_SERVER_URL", serverUrl);
        ParsedFeed feed = parser.parse(body, null, null);
        assertEquals("Old feed été", feed.title());
        assertEquals(List.of(new FeedEntry(1, null, "https://old.example/1", "Old item", null, null, null, null, null, null, null)),
                feed.entries());
        assertEquals(0, requests.get());
        assertEquals(FeedFormat.RSS, FeedDetector.detect(body, null));
        assertEquals(0, requests.get());
    }

    @Test
    void theReaderItselfRefusesEntitiesEvenWithoutTheCleaner() {
        // defence in depth: feed SafeXmlReader a billion-laughs document directly, bypassing XmlCleaner's DOCTYPE check
        String xml = new String(Fixtures.bytes("billion-laughs.xml"), StandardCharsets.UTF_8);
        FeedException e = assertThrows(FeedException.class, () -> SafeXmlReader.read(xml, null));
        assertEquals("bad feed XML at line 14, column 42: The entity \"lol9\" was referenced, but not declared.", e.getMessage());
    }

    @Test
    void theReaderItselfDoesNotResolveExternalEntities(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-7731");
        String xml = new String(fixture("xxe-file.xml", "SECRET_FILE_URL", secret.toUri().toString()), StandardCharsets.UTF_8);
        FeedException e = assertThrows(FeedException.class, () -> SafeXmlReader.read(xml, null));
        assertEquals("bad feed XML at line 6, column 22: The entity \"secret\" was referenced, but not declared.", e.getMessage());
    }

    @Test
    void absurdNestingIsRefused() {
        String xml = "<rss>" + "<x>".repeat(SafeXmlReader.MAX_DEPTH) + "</x>".repeat(SafeXmlReader.MAX_DEPTH) + "</rss>";
        FeedException e = assertThrows(FeedException.class, () -> parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, null));
        assertEquals("bad feed XML at line 1, column " + (6 + 3 * SafeXmlReader.MAX_DEPTH) + ": elements nested deeper than 256", e.getMessage());
    }
}
