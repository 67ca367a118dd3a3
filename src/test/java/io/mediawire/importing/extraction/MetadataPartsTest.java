package io.mediawire.importing.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MetadataPartsTest {

    @Test
    void headlineLosesSiteName() {
        assertEquals("Storm hits coast", HeadlineCleaner.clean("Storm hits coast | Coastal News", "Coastal News"));
        assertEquals("Storm hits coast", HeadlineCleaner.clean("Storm hits coast - Coastal News", "Coastal News"));
        assertEquals("Floods: the cost - a report", HeadlineCleaner.clean("Floods: the cost - a report | Coastal News", "Coastal News"));
        assertEquals("Storm hits coast", HeadlineCleaner.clean("Coastal News: Storm hits coast", "Coastal News"));
        assertEquals("Storm hits coast", HeadlineCleaner.clean("Storm hits coast | Daily Bugle", null));
        // a hyphenated headline without a known site name keeps its second half
        assertEquals("Brexit - what happens next", HeadlineCleaner.clean("Brexit - what happens next", null));
        assertEquals("Rock & roll", HeadlineCleaner.clean("Rock &amp; roll", null));
        assertNull(HeadlineCleaner.clean("  ", null));
    }

    @Test
    void datesInPublisherFormats() {
        Instant expected = Instant.parse("2019-11-19T18:40:05Z");
        assertEquals(expected, DateParser.parse("2019-11-19T13:40:05-05:00"));
        assertEquals(expected, DateParser.parse("2019-11-19T13:40:05-0500"));
        assertEquals(expected, DateParser.parse("2019-11-19T18:40:05Z"));
        assertEquals(expected, DateParser.parse("2019-11-19T18:40:05.000Z"));
        assertEquals(expected, DateParser.parse("2019-11-19 18:40:05"));
        assertEquals(expected, DateParser.parse("Tue, 19 Nov 2019 18:40:05 GMT"));
        assertEquals(Instant.parse("2019-11-19T00:00:00Z"), DateParser.parse("2019-11-19"));
        assertNull(DateParser.parse("yesterday"));
        assertNull(DateParser.parse(null));
    }

    @Test
    void languagesAreBcp47Like() {
        assertEquals("en", Languages.normalize("EN"));
        assertEquals("pt-BR", Languages.normalize("pt_br"));
        assertEquals("en-US", Languages.normalize("en-us"));
        assertEquals("zh-Hant", Languages.normalize("zh-hant"));
        assertEquals("de", Languages.normalize("de, en"));
        assertNull(Languages.normalize("??"));
    }

    @Test
    void bylinesLoseTheirPrefix() {
        assertEquals("Jane Doe", Bylines.clean("By Jane Doe"));
        assertEquals("Jane Doe", Bylines.clean("BY: Jane Doe"));
        assertEquals("Ana Souza", Bylines.clean("Por Ana Souza"));
        assertEquals("Byron Kale", Bylines.clean("Byron Kale"));
        assertEquals("Jane Doe", Bylines.clean("By Jane Doe | Updated 3 hours ago"));
    }

    @Test
    void largestSrcsetCandidateWins() {
        assertEquals("/b.jpg", LazyImages.largestOfSrcset("/a.jpg 480w, /b.jpg 1600w, /c.jpg 800w"));
        assertEquals("/c.jpg", LazyImages.largestOfSrcset("/a.jpg 1x, /c.jpg 2x"));
        assertEquals("https://cdn.example/w_300,h_200/x.jpg", LazyImages.largestOfSrcset("https://cdn.example/w_300,h_200/x.jpg"));
        assertNull(LazyImages.largestOfSrcset(" "));
    }
}
