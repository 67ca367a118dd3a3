package io.mediawire.importing.feed;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedParserTest {
    private final FeedParser parser = new FeedParser();

    private ParsedFeed parse(String fixture, String feedUrl) throws FeedException {
        return parser.parse(Fixtures.bytes(fixture), null, feedUrl == null ? null : URI.create(feedUrl));
    }

    private ParsedFeed parseText(String xml) throws FeedException {
        return parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, URI.create("https://news.example/feed.xml"));
    }

    @Test
    void rssWithFullTextAndMediaContent() throws FeedException {
        ParsedFeed feed = parse("rss-full-text.xml", "https://www.harbour-gazette.example/rss/top.xml");

        assertEquals(FeedFormat.RSS, feed.format());
        assertEquals("Harbour Gazette – Top Stories", feed.title());
        assertEquals("https://www.harbour-gazette.example/", feed.siteUrl());
        assertEquals(List.of(), feed.problems());
        assertEquals(2, feed.entries().size());

        String content = """
                <p>The town council voted 7–2 on Tuesday evening to approve the long-debated harbour redevelopment plan, ending three years of consultations, petitions and public meetings that at times filled the town hall beyond capacity.</p>
                <p>Under the plan, the old fish market will be restored, the northern quay widened and a new ferry terminal built by 2029. The council estimates the total cost at 48 million, of which two thirds will come from regional and national funds.</p>
                <p>“It’s a good day for the town,” the mayor said after the vote. Opponents, who had argued that the plan favours tourism over the fishing fleet, said they would consider an appeal.</p>
                <p><img src="https://www.harbour-gazette.example/images/2026/harbour-plan-map.png" alt="Map of the plan"> <a href="https://www.harbour-gazette.example/news/harbour-plan-explained">Read our explainer</a>.</p>""";
        FeedEntry first = new FeedEntry(1, "hg-48213",
                "https://www.harbour-gazette.example/news/2026/11/24/council-approves-harbour-plan?utm_source=rss&utm_medium=feed",
                "Council approves harbour plan after 7–2 vote",
                "<p>The council voted on Tuesday to approve the new harbour plan.</p>",
                content, "Maria Jensen", Instant.parse("2026-11-24T18:05:00Z"), null,
                "https://cdn.harbour-gazette.example/img/harbour-plan-1280.jpg", "en-GB");
        assertEquals(first, feed.entries().get(0));
        assertTrue(first.hasFullText());

        FeedEntry second = new FeedEntry(2, "https://www.harbour-gazette.example/news/2026/11/24/ferry-timetable",
                "https://www.harbour-gazette.example/news/2026/11/24/ferry-timetable",
                "Ferry timetable changes from Monday & what they mean",
                "Changes to the <b>winter</b> timetable.",
                "<p>Short update: the winter timetable starts on Monday.</p>",
                "Tom Okafor, Lena Berg", Instant.parse("2026-11-24T08:30:00Z"), null,
                "https://cdn.harbour-gazette.example/img/ferry.jpg", "en-GB");
        assertEquals(second, feed.entries().get(1));
        assertFalse(second.hasFullText());
    }

    @Test
    void rssSummaryOnlyWithRelativeLinksAndMess() throws FeedException {
        ParsedFeed feed = parse("rss-summary-only.xml", "https://valley-wire.example/rss");

        assertEquals("Valley Wire", feed.title());
        assertEquals("https://valley-wire.example/", feed.siteUrl());
        assertEquals(List.of(), feed.problems());
        // NUL and vertical tab are stripped; &nbsp; (an HTML entity XML does not know) is read; whitespace collapsed
        assertEquals(List.of(
                new FeedEntry(1, null, "https://valley-wire.example/stories/bridge-reopens.html",
                        "Bridge reopens ’ahead of schedule’ & under budget",
                        "The old bridge reopened on Friday, two weeks early.", null,
                        "Ana Ruiz", Instant.parse("2026-11-20T12:15:30Z"), null, null, null),
                // bare '&' in text and in a URL; guid used as permalink; bare e-mail author dropped; two-digit year
                new FeedEntry(2, "https://valley-wire.example/stories/festival.html?id=7&ref=rss",
                        "https://valley-wire.example/stories/festival.html?id=7&ref=rss",
                        "Tom & Jerry festival draws record crowd",
                        "Organisers counted 12 000 visitors.", null,
                        null, Instant.parse("2026-11-19T22:00:00Z"), null, null, null)),
                feed.entries());
        assertFalse(feed.entries().get(0).hasFullText());
    }

    @Test
    void atomWithXmlBaseAndRelativeLinks() throws FeedException {
        ParsedFeed feed = parse("atom-xml-base.xml", "https://coastal-news.example/feeds/world.atom");

        assertEquals(FeedFormat.ATOM, feed.format());
        assertEquals("Coastal News – World", feed.title());
        assertEquals("https://coastal-news.example/world/", feed.siteUrl());
        assertEquals(List.of(), feed.problems());
        assertEquals(List.of(
                new FeedEntry(1, "tag:coastal-news.example,2026:story-1001",
                        "https://coastal-news.example/world/2026/11/storm-warning",
                        "Storm warning for the North Sea coast",
                        "<p>Winds of up to 120 km/h are expected. <a href=\"https://coastal-news.example/world/map\">See the map</a>.</p>",
                        "<p>Winds of up to <strong>120&nbsp;km/h</strong> are expected on Thursday.</p>"
                                + "<p><img src=\"https://coastal-news.example/img/radar.png\" alt=\"Radar\"><br>Ferries may be cancelled.</p>",
                        "Jonas Weber", Instant.parse("2026-11-25T07:30:00Z"), Instant.parse("2026-11-25T08:45:10.250Z"),
                        "https://coastal-news.example/media/storm.jpg", "en"),
                new FeedEntry(2, "tag:coastal-news.example,2026:story-1002",
                        "https://coastal-news.example/economy/port-traffic",
                        "Port traffic up 4%",
                        "<p>Container volumes rose 4% in October.<br>Exports led the growth &lt;and&gt; imports followed.</p>",
                        null, "Coastal News Desk", Instant.parse("2026-11-24T00:00:00Z"), null,
                        "https://coastal-news.example/economy/thumbs/port.jpg", "de-DE"),
                // out-of-line content is not fetched; an id alone is enough to keep the entry
                new FeedEntry(3, "urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6", null, "Entry with only an id",
                        null, null, "Coastal News Desk", null, Instant.parse("2026-11-23T12:00:00Z"), null, "de-DE")),
                feed.entries());
    }

    @Test
    void atom03ModesAndDates() throws FeedException {
        ParsedFeed feed = parse("atom-0.3.xml", "https://ridge-weekly.example/atom.xml");

        assertEquals(FeedFormat.ATOM, feed.format());
        assertEquals("Ridge Weekly", feed.title());
        assertEquals("https://ridge-weekly.example/", feed.siteUrl());
        assertEquals(List.of(
                // mode="xml" content is the XHTML div's content, written as HTML (an empty <p/> stays empty)
                new FeedEntry(1, "tag:ridge-weekly.example,2026:snow", "https://ridge-weekly.example/2026/11/snow-closes-pass",
                        "Snow closes the pass & the cable car",
                        "<p>Both closed until Friday &lt;at least&gt;.</p>",
                        "<p>The pass road closed at dawn.<br>The cable car stops at noon.</p><p></p>"
                                + "<p>See <a href=\"https://ridge-weekly.example/roads\">road reports</a>.</p>",
                        "Ines Moreau", Instant.parse("2026-11-26T06:15:00Z"), Instant.parse("2026-11-26T07:00:00Z"), null, "fr"),
                new FeedEntry(2, "tag:ridge-weekly.example,2026:ferry", "https://ridge-weekly.example/2026/11/ferry",
                        "Ferry back on time", null, "<p>The lake ferry runs on time again.</p>",
                        "Ridge Weekly Desk", Instant.parse("2026-11-25T00:00:00Z"), Instant.parse("2026-11-25T18:30:00Z"), null, "en-US"),
                new FeedEntry(3, "tag:ridge-weekly.example,2026:ice", "https://ridge-weekly.example/2026/11/ice",
                        "Ice warning", null, "<p>Ice on the <b>upper</b> road.</p>",
                        "Ridge Weekly Desk", null, Instant.parse("2026-11-24T06:00:00Z"), null, "en-US")),
                feed.entries());
        assertEquals(List.of(new FeedProblem(3, "item 3: unparseable date 'soon'")), feed.problems());
    }

    @Test
    void jsonFeed11() throws FeedException {
        ParsedFeed feed = parse("json-feed-1.1.json", "https://mountain-courier.example/feed.json");

        assertEquals(FeedFormat.JSON_FEED, feed.format());
        assertEquals("Mountain Courier", feed.title());
        assertEquals("https://mountain-courier.example/", feed.siteUrl());
        assertEquals(List.of(
                new FeedEntry(1, "https://mountain-courier.example/2026/11/avalanche-risk",
                        "https://mountain-courier.example/2026/11/avalanche-risk",
                        "Avalanche risk raised to level 4 – stay on marked slopes",
                        "<p>Risk level 4 &lt;high&gt;</p>",
                        "<p>The avalanche service raised the risk to level 4.</p><p><a href=\"https://mountain-courier.example/guide\">Safety guide</a></p>",
                        "Claire Dubois, Marc Rey", Instant.parse("2026-11-25T05:00:00Z"), Instant.parse("2026-11-25T07:30:00Z"),
                        "https://mountain-courier.example/img/avalanche.jpg", "de-CH"),
                new FeedEntry(2, "42", "https://mountain-courier.example/2026/11/pass-closed", "Pass road closed", null,
                        "<p>The pass road is closed until Friday.</p><p>A detour via the valley adds 40 minutes.</p>",
                        "Courier Staff", null, null, "https://mountain-courier.example/img/pass.png", "fr-CH")),
                feed.entries());
        assertEquals(List.of(
                new FeedProblem(2, "item 2: unparseable date 'yesterday'"),
                new FeedProblem(3, "item 3 has no link or guid"),
                new FeedProblem(4, "item 4 is not a JSON object")), feed.problems());
    }

    @Test
    void rdf10() throws FeedException {
        ParsedFeed feed = parse("rdf-1.0.xml", "https://lake-times.example/rss");

        assertEquals(FeedFormat.RDF, feed.format());
        assertEquals("Lake Times", feed.title());
        assertEquals("https://lake-times.example/", feed.siteUrl());
        assertEquals(List.of(), feed.problems());
        assertEquals(List.of(
                new FeedEntry(1, "https://lake-times.example/a/ferry-strike", "https://lake-times.example/a/ferry-strike",
                        "Ferry strike called off", "Unions and operator reached a deal overnight.", null, "Giulia Neri",
                        Instant.parse("2026-11-25T04:12:00Z"), null, null, "it"),
                new FeedEntry(2, "https://lake-times.example/a/regatta", "https://lake-times.example/a/regatta",
                        "Autumn regatta postponed", null, null, null, Instant.parse("2026-11-24T18:00:00Z"), null, null, "it")),
                feed.entries());
    }

    @Test
    void brokenItemsAreReportedAndTheRestKept() throws FeedException {
        ParsedFeed feed = parse("rss-one-broken-item.xml", "https://island-post.example/feed");

        assertEquals(List.of(
                new FeedEntry(1, null, "https://island-post.example/s/1", "First good story", null, null, null,
                        Instant.parse("2026-11-23T10:00:00Z"), null, null, null),
                new FeedEntry(3, null, "https://island-post.example/s/3", "Third story, bad date", null, null, null,
                        null, null, null, null),
                new FeedEntry(4, "ip-4", null, "Fourth story, script link", null, null, null, null, null, null, null)),
                feed.entries());
        assertEquals(List.of(
                new FeedProblem(2, "item 2 has no link or guid"),
                new FeedProblem(3, "item 3: unparseable date 'yesterday'"),
                new FeedProblem(4, "item 4: unusable link 'javascript:alert(1)'")), feed.problems());
    }

    @Test
    void malformedXmlNamesLineAndColumn() {
        FeedException e = assertThrows(FeedException.class, () -> parse("malformed-unclosed.xml", "https://broken.example/rss"));
        assertEquals("bad feed XML at line 8, column 7: The element type \"title\" must be terminated by the matching end-tag \"</title>\".",
                e.getMessage());
    }

    @Test
    void htmlPageIsNotAFeed() {
        FeedException e = assertThrows(FeedException.class, () -> parse("page.html", "https://www.harbour-gazette.example/"));
        assertEquals("not a feed", e.getMessage());
    }

    @Test
    void emptyBodyIsNotAFeed() {
        FeedException e = assertThrows(FeedException.class, () -> parser.parse(new byte[0], null, null));
        assertEquals("not a feed: the body is empty", e.getMessage());
    }

    @Test
    void windows1252DeclaredInXmlDeclaration() throws FeedException {
        ParsedFeed feed = parse("rss-windows-1252.xml", "https://cafe-zeitung.example/rss");

        assertEquals("Café Zeitung – Übersicht", feed.title());
        assertEquals(List.of(new FeedEntry(1, null, "https://cafe-zeitung.example/artikel/gruesse", "„Grüße“ aus München … € 5",
                null, null, null, Instant.parse("2026-11-25T11:00:00Z"), null, null, null)), feed.entries());
    }

    @Test
    void headerCharsetWinsOverXmlDeclaration() throws FeedException {
        byte[] body = "<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss><channel><title>Gr\u00fc\u00dfe</title></channel></rss>"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals("Grüße", parser.parse(body, "utf-8", null).title());
    }

    @Test
    void wrongUtf8HeaderGivesWayToTheXmlDeclaration() throws FeedException {
        assertEquals("Café Zeitung – Übersicht", parser.parse(Fixtures.bytes("rss-windows-1252.xml"), "UTF-8", null).title());
    }

    @Test
    void invalidUtf8WithoutDeclarationIsDecodedWithReplacementCharacters() throws FeedException {
        byte[] body = "<rss><channel><title>Caf\u00e9</title></channel></rss>".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertEquals("Caf\uFFFD", parser.parse(body, "utf-8", null).title());
    }

    @Test
    void latin1LabelIsReadAsWindows1252() throws FeedException {
        byte[] body = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>\u201cquoted\u201d</title></channel></rss>"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertEquals("“quoted”", parser.parse(body, null, null).title());
    }

    @Test
    void byteOrderMarkLeadingWhitespaceCommentAndStylesheet() throws FeedException {
        ParsedFeed feed = parse("rss-bom.xml", "https://bom.example/rss");

        assertEquals("Bom Édition", feed.title());
        assertEquals(List.of(new FeedEntry(1, null, "https://bom.example/ete", "L’été indien", null, null, null, null, null, null, null)),
                feed.entries());
    }

    @Test
    void titlesAreDecodedOnceAndStrippedOfTags() throws FeedException {
        ParsedFeed feed = parseText("""
                <rss><channel>
                <item><link>/1</link><title>AT&amp;amp;T &#8217;s &lt;b&gt;big&lt;/b&gt;   day</title></item>
                <item><link>/2</link><title><![CDATA[x < y & y > z]]></title></item>
                <item><link>/3</link><title>  </title></item>
                </channel></rss>""");
        assertEquals(List.of("AT&T ’s big day", "x < y & y > z"),
                feed.entries().stream().limit(2).map(FeedEntry::title).toList());
        assertEquals(null, feed.entries().get(2).title());
    }

    @Test
    void strayLessThanAndIllegalCharacterReferencesAreRepaired() throws FeedException {
        ParsedFeed feed = parseText("<rss><channel><item><link>/1</link><title>a < b&#1;&#x1F600;</title></item></channel></rss>");
        assertEquals("a < b\uD83D\uDE00", feed.entries().get(0).title());
    }

    @Test
    void relativeLinksWithoutAnyBaseAreReported() throws FeedException {
        ParsedFeed feed = parser.parse("<rss><channel><item><link>/story</link></item></channel></rss>".getBytes(StandardCharsets.UTF_8), null, null);
        assertEquals(List.of(), feed.entries());
        assertEquals(List.of(new FeedProblem(1, "item 1: unusable link '/story'"), new FeedProblem(1, "item 1 has no link or guid")),
                feed.problems());
    }

    @Test
    void rss090IsReadAsRdf() throws FeedException {
        ParsedFeed feed = parseText("""
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
                <channel><title>Old Netscape</title><link>https://old.example/</link></channel>
                <item><title>First</title><link>https://old.example/1</link></item>
                </rdf:RDF>""");
        assertEquals(FeedFormat.RDF, feed.format());
        assertEquals("Old Netscape", feed.title());
        assertEquals(List.of(new FeedEntry(1, null, "https://old.example/1", "First", null, null, null, null, null, null, null)),
                feed.entries());
    }

    @Test
    void everyRssVersionIsReadWholeAndJunkInUnusedElementsCostsNothing() throws FeedException {
        // Rome would read version 0.91 without guid and enclosures, and fails a feed on a non-numeric cloud port or hour
        ParsedFeed feed = parseText("""
                <rss version="0.91"><channel><title>t</title>
                <cloud domain="x" port="eighty" path="/" registerProcedure="p" protocol="xml-rpc"/>
                <skipHours><hour>night</hour></skipHours>
                <item><guid>https://news.example/a</guid><enclosure url="/a.jpg" type="image/jpeg" length="x"/></item>
                </channel></rss>""");
        assertEquals(List.of(new FeedEntry(1, "https://news.example/a", "https://news.example/a", null, null, null, null, null, null,
                "https://news.example/a.jpg", null)), feed.entries());

        ParsedFeed atom = parseText("""
                <feed xmlns="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
                <link rel="self"/><sy:updateFrequency>often</sy:updateFrequency>
                <entry><id>tag:x,2026:1</id><link href="/1"/></entry></feed>""");
        assertEquals("https://news.example/1", atom.entries().get(0).link());
    }

    @Test
    void rssWithoutChannelIsRefused() {
        FeedException e = assertThrows(FeedException.class, () -> parseText("<rss version=\"2.0\"><item/></rss>"));
        assertEquals("RSS feed without <channel>", e.getMessage());
    }

    @Test
    void jsonFeedWithoutItemsIsRefused() {
        FeedException e = assertThrows(FeedException.class,
                () -> parseText("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"x\"}"));
        assertEquals("JSON Feed without items", e.getMessage());
    }

    @Test
    void brokenJsonFeedNamesLineAndColumn() {
        FeedException e = assertThrows(FeedException.class,
                () -> parseText("{\"version\": \"https://jsonfeed.org/version/1.1\",\n \"items\": [ {\"id\": 1,} ]}"));
        assertTrue(e.getMessage().startsWith("bad JSON Feed at line 2, column "), e.getMessage());
    }

    @Test
    void fullTextNeedsSubstantialContent() {
        String longParagraph = "<p>" + "word ".repeat(120) + "</p>";
        String threeShortParagraphs = "<p>" + "a".repeat(70) + "</p><p>" + "b".repeat(70) + "</p><p>" + "c".repeat(70) + "</p>";
        assertTrue(entry(null, longParagraph).hasFullText());
        assertTrue(entry("<p>teaser</p>", threeShortParagraphs).hasFullText());
        assertFalse(entry(null, "<p>" + "a".repeat(60) + "</p><p>b</p><p>c</p>").hasFullText());
        assertFalse(entry(null, "<p>" + "word ".repeat(80) + "</p>").hasFullText());
        assertFalse(entry("<p>" + "word ".repeat(200) + "</p>", longParagraph).hasFullText());
        assertFalse(entry(longParagraph, null).hasFullText());
    }

    private static FeedEntry entry(String summary, String content) {
        return new FeedEntry(1, "g", null, null, summary, content, null, null, null, null, null);
    }

    @Test
    void markupThatAppearsOnlyAfterDecodingIsStrippedToo() throws FeedException {
        ParsedFeed feed = parseText("""
                <rss><channel>
                <item><link>/1</link><title>&amp;lt;img src=x onerror=alert(1)&amp;gt; Ferry news</title></item>
                </channel></rss>""");
        assertEquals("Ferry news", feed.entries().get(0).title());
    }

    @Test
    void contentTooComplexToParseIsDroppedWithAProblemBeforeJsoupSeesIt() throws FeedException {
        String content = "<p>Story</p>" + "<span>x</span>".repeat(50_001);
        ParsedFeed feed = parseText("<rss><channel><item><link>/1</link><title>Heavy</title><description><![CDATA["
                + content + "]]></description></item></channel></rss>");
        assertEquals(null, feed.entries().get(0).summaryHtml());
        assertEquals(List.of(new FeedProblem(1, "item 1: summary dropped as too complex: more than 50,000 HTML elements "
                + "(the limit for one page)")), feed.problems());
    }
}
