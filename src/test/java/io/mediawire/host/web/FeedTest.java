package io.mediawire.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.Host;
import io.mediawire.story.CreateResult;
import io.mediawire.story.NewStory;
import io.mediawire.story.Story;
import io.mediawire.testing.MutableClock;
import io.mediawire.testing.TestHost;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.Yaml;

/** The RSS feed, parsed with the JDK's XML parser, and the served OpenAPI document. */
class FeedTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String NASTY = "Café <b>bold</b> & \"quotes\" ]]> \u0001 end";

    @TempDir
    static Path home;
    static Host host;
    static List<Story> published = new ArrayList<>();
    static Story draft;

    @BeforeAll
    static void start() throws Exception {
        host = TestHost.start(home, new MutableClock(Instant.parse("2025-03-10T00:00:00Z")), false, false);
        Instant t0 = Instant.parse("2025-03-01T08:00:00Z");
        for (int i = 0; i < 25; i++) {
            NewStory story = NewStory.of(i == 24 ? NASTY : "Feed story " + i, "<p>Body " + i + " &amp; more.</p>",
                    i == 24 ? "Wire & Sons <Ltd>" : "Feed Wire", "https://wire.example/feed/" + i + "?a=1&b=2");
            published.add(((CreateResult.Created) host.stories().create(story, "editor",
                    t0.minus(Duration.ofDays(2)), t0.plus(Duration.ofMinutes(10L * i)))).story());
        }
        draft = ((CreateResult.Created) host.stories().create(NewStory.of("Secret draft", "<p>x</p>", "W",
                "https://wire.example/draft"), "editor", t0, null)).story();
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(xml));
    }

    static String text(Element parent, String name) {
        NodeList list = parent.getElementsByTagName(name);
        assertTrue(list.getLength() > 0, "missing <" + name + ">");
        return list.item(0).getTextContent();
    }

    @Test
    void feedIsValidRssWithTheNewestTwentyAndTheirSources() throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(host.baseUri().resolve("/media-wire/feed.xml")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/rss+xml"));
        Document doc = parse(response.body());
        Element rss = doc.getDocumentElement();
        assertEquals("rss", rss.getTagName());
        assertEquals("2.0", rss.getAttribute("version"));
        Element channel = (Element) rss.getElementsByTagName("channel").item(0);
        assertFalse(text(channel, "title").isBlank());
        assertFalse(text(channel, "description").isBlank());
        assertEquals(host.baseUri().resolve("/media-wire/").toString(), text(channel, "link"));

        NodeList items = channel.getElementsByTagName("item");
        assertEquals(20, items.getLength());
        String origin = host.baseUri().toString().replaceAll("/$", "");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            Story story = published.get(24 - i); // newest first
            assertEquals(story.headline().replace("\u0001", ""), org.jsoup.parser.Parser.unescapeEntities(text(item, "title"), false),
                    "escaped text survives, read as HTML as readers do");
            String link = text(item, "link");
            assertEquals(origin + "/media-wire" + story.path(), link);
            assertTrue(URI.create(link).getPath().matches("/media-wire/\\d{4}/\\d{2}/\\d{2}/[a-z0-9-]+"), link);
            assertEquals(link, text(item, "guid"));
            ZonedDateTime date = ZonedDateTime.parse(text(item, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME);
            assertEquals(story.published(), date.toInstant());
            Element source = (Element) item.getElementsByTagName("source").item(0);
            assertEquals(story.original().url(), source.getAttribute("url"));
            assertEquals(story.original().sourceName(), source.getTextContent());
            String description = text(item, "description");
            assertTrue(description.contains("Source: <a href=\"" + story.original().url().replace("&", "&amp;") + "\">"), description);
        }
        assertTrue(new String(response.body(), "UTF-8").contains("Wire &amp;amp; Sons &amp;lt;Ltd&amp;gt;"),
                "HTML in the description is escaped, then escaped again as XML text");
        assertFalse(new String(response.body(), "UTF-8").contains("Secret draft"));
    }

    @Test
    void feedHasEtagAndWinsOverPagesMapping() throws Exception {
        HttpResponse<String> first = HTTP.send(HttpRequest.newBuilder(host.baseUri().resolve("/media-wire/feed.xml")).build(),
                HttpResponse.BodyHandlers.ofString());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(host.baseUri().resolve("/media-wire/feed.xml"))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(host.baseUri().resolve("/media-wire/feed.xml"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
    }

    @Test
    void openApiDocumentIsServedAndDescribesTheEndpoint() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                host.baseUri().resolve("/.rest/openapi/mediawire-delivery.yaml")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        Map<String, Object> doc = new Yaml().load(response.body());
        assertTrue(String.valueOf(doc.get("openapi")).startsWith("3."));
        @SuppressWarnings("unchecked")
        Map<String, Object> paths = (Map<String, Object>) doc.get("paths");
        assertTrue(paths.containsKey("/.rest/delivery/mediawire"), paths.keySet().toString());
        assertTrue(paths.containsKey("/.rest/delivery/mediawire/{path}"), paths.keySet().toString());
        assertTrue(paths.containsKey("/media-wire/feed.xml"), paths.keySet().toString());
        for (String word : List.of("limit", "offset", "orderBy", "q", "@ancestor", "@name", "not-in", "pathNotFound",
                "invalidQuery", "ETag", "Link")) {
            assertTrue(response.body().contains(word), "the document mentions " + word);
        }
    }

    @Test
    void titlesAreTextThatNoReaderTakesForMarkup() throws Exception {
        byte[] body = HTTP.send(HttpRequest.newBuilder(host.baseUri().resolve("/media-wire/feed.xml")).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        NodeList items = parse(body).getElementsByTagName("item");
        for (int i = 0; i < items.getLength(); i++) {
            String title = text((Element) items.item(i), "title");
            assertTrue(org.jsoup.Jsoup.parseBodyFragment(title).body().children().isEmpty(), "read as HTML, no element: " + title);
            assertEquals(published.get(24 - i).headline().replace("\u0001", ""), org.jsoup.parser.Parser.unescapeEntities(title, false),
                    "read as HTML, the headline");
        }
    }
}
