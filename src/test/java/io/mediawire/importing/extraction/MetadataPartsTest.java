package io.mediawire.importing.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.time.Instant;
import java.util.List;
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
    void siteNamesComeFromTheTitleOrTheHost() {
        URI elsewhere = URI.create("https://example.org/a");
        assertEquals(new HeadlineCleaner.Split("Library extends weekend hours", "Valley Herald"),
            HeadlineCleaner.split("Library extends weekend hours - Valley Herald", List.of(), elsewhere, true));
        assertEquals(new HeadlineCleaner.Split("Library extends weekend hours - Valley Herald", null),
            HeadlineCleaner.split("Library extends weekend hours - Valley Herald", List.of(), elsewhere, false),
            "a dash is only trusted in a title that is all there is");
        assertEquals(new HeadlineCleaner.Split("Brexit - what happens next", null),
            HeadlineCleaner.split("Brexit - what happens next", List.of(), elsewhere, true));
        assertEquals(new HeadlineCleaner.Split("Storm hits coast", "Valley Herald"),
            HeadlineCleaner.split("Valley Herald: Storm hits coast", List.of(), URI.create("https://www.vh-news.example/"), false),
            "a leading name the host spells (by its initials) goes");
        assertEquals(new HeadlineCleaner.Split("Take C.A.R.E. - comwrap auf der DMEXCO 2018", null),
            HeadlineCleaner.split("Take C.A.R.E. - comwrap auf der DMEXCO 2018", List.of(), URI.create("https://blog.comwrap.com/"), false),
            "a part that merely starts with the host's name is no site name");
        assertEquals("The Daily Bugle", HeadlineCleaner.siteNameBeside("Library reopens | The Daily Bugle", "Library reopens"));
        assertEquals("Coastal News", HeadlineCleaner.siteNameBeside("Coastal News: Storm hits coast", "Storm hits coast"));
        assertNull(HeadlineCleaner.siteNameBeside("Storm hits coast", "Storm hits coast"));

        assertEquals("Coastline Wire", SiteNames.readable(URI.create("https://news.coastline-wire.example/x")));
        assertEquals("VH News", SiteNames.readable(URI.create("https://www.vh-news.example/x")));
        assertEquals("BBC", SiteNames.readable(URI.create("https://www.bbc.co.uk/news")));
        assertEquals("Foo", SiteNames.readable(URI.create("https://foo.github.io/")));
        assertEquals("127.0.0.1", SiteNames.readable(URI.create("http://127.0.0.1:8080/x")));
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
