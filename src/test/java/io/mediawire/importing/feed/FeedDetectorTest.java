package io.mediawire.importing.feed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FeedDetectorTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(textBlock = """
            rss-full-text.xml,        RSS
            rss-summary-only.xml,     RSS
            rss-one-broken-item.xml,  RSS
            rss-windows-1252.xml,     RSS
            rss-bom.xml,              RSS
            rss-external-dtd.xml,     RSS
            malformed-unclosed.xml,   RSS
            billion-laughs.xml,       RSS
            atom-xml-base.xml,        ATOM
            atom-0.3.xml,             ATOM
            rdf-1.0.xml,              RDF
            json-feed-1.1.json,       JSON_FEED
            page.html,                NOT_A_FEED
            """)
    void detectsFixtures(String fixture, FeedFormat expected) {
        assertEquals(expected, FeedDetector.detect(Fixtures.bytes(fixture), "text/html"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `<?xml version="1.0"?><!-- c --><?pi x?><rss version="2.0"><channel/></rss>`                      | RSS
            `<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>`                               | ATOM
            `<a:feed xmlns:a="http://www.w3.org/2005/Atom"/>`                                                 | ATOM
            `<feed xmlns="http://purl.org/atom/ns#"/>`                                                        | ATOM
            `<feed/>`                                                                                         | NOT_A_FEED
            `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><channel xmlns="http://purl.org/rss/1.0/"/></rdf:RDF>` | RDF
            `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><Description/></rdf:RDF>`       | NOT_A_FEED
            `<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>`                                       | NOT_A_FEED
            `<!doctype html><html><body><p>Hi<br></body></html>`                                              | NOT_A_FEED
            `{"version": "https://jsonfeed.org/version/1", "items": []}`                                      | JSON_FEED
            `  {"version": "https://jsonfeed.org/version/1.1", "title": "x", "items": []}`                     | JSON_FEED
            `{"version": "1.0", "items": []}`                                                                 | NOT_A_FEED
            `{"items": [}`                                                                                    | NOT_A_FEED
            `[{"version": "https://jsonfeed.org/version/1"}]`                                                 | NOT_A_FEED
            `Just some text`                                                                                  | NOT_A_FEED
            `<?xml version="1.0"?>`                                                                           | NOT_A_FEED
            """)
    void detectsFromContent(String body, FeedFormat expected) {
        assertEquals(expected, FeedDetector.detect(body.getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void emptyOrMissingBodyIsNotAFeed() {
        assertEquals(FeedFormat.NOT_A_FEED, FeedDetector.detect(new byte[0], "application/rss+xml"));
        assertEquals(FeedFormat.NOT_A_FEED, FeedDetector.detect(null, null));
    }

    @Test
    void contentTypeDoesNotOverrideContent() {
        byte[] html = Fixtures.bytes("page.html");
        assertEquals(FeedFormat.NOT_A_FEED, FeedDetector.detect(html, "application/rss+xml; charset=utf-8"));
    }

    @Test
    void looksOnlyAtTheHeadOfXmlBodies() {
        String comment = "<!--" + "x".repeat(FeedDetector.XML_HEAD_CHARS) + "-->";
        assertEquals(FeedFormat.NOT_A_FEED, FeedDetector.detect((comment + "<rss><channel/></rss>").getBytes(StandardCharsets.UTF_8), null));
        String items = "<item><title>x &amp; y</title></item>".repeat(FeedDetector.XML_HEAD_CHARS / 10);
        assertEquals(FeedFormat.RSS, FeedDetector.detect(("<rss><channel>" + items + "</channel></rss>").getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void brokenJsonNamingAJsonFeedVersionIsABrokenFeed() {
        assertEquals(FeedFormat.JSON_FEED, FeedDetector.detect("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [".getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void readsUtf16WithByteOrderMark() {
        byte[] body = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"><channel/></rss>".getBytes(StandardCharsets.UTF_16BE);
        assertEquals(FeedFormat.RSS, FeedDetector.detect(body, null));
    }
}
