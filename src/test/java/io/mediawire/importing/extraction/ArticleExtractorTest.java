package io.mediawire.importing.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.testing.MutableClock;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    private static final URI PAGE = URI.create("https://www.example.org/news/2024/story.html");
    private final ArticleExtractor extractor = new ArticleExtractor();

    private ExtractedArticle extract(String fixture) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/articles/" + fixture + ".html")) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + fixture);
            }
            return extractor.extract(new String(in.readAllBytes(), StandardCharsets.UTF_8), PAGE);
        }
    }

    @Test
    void jsonLdNewsArticle() throws IOException {
        ExtractedArticle a = extract("jsonld-newsarticle");
        assertEquals("json-ld", a.method());
        assertEquals("Harbour cranes return to Northport after six-year refit & repaint", a.original().headline());
        assertEquals("Maria Okafor, Tom Liddell", a.original().author());
        assertEquals(Instant.parse("2024-03-05T08:30:00Z"), a.original().published());
        assertEquals(Instant.parse("2024-03-05T10:02:10Z"), a.modified());
        assertEquals("Coastline Wire", a.original().sourceName());
        assertEquals("https://news.coastline-wire.example/business/2024/03/05/harbour-cranes-return", a.original().url());
        assertEquals("https://cdn.coastline-wire.example/img/cranes-1200.jpg", a.original().leadImage());
        assertEquals("The cranes arriving at dawn.", a.original().leadImageCaption());
        assertEquals("en-GB", a.original().language());
        assertEquals("The two cranes were shipped back from the yard on Tuesday.", a.description());
        assertTrue(a.looksLikeArticle());
        assertEquals(List.of(
            "The two container cranes that left Northport in 2018 came back on Tuesday, towed on a barge from the refit yard at Kessel.",
            "Port officials said the cranes, each weighing more than 1,500 tonnes, would be working again by the end of the month, once their rails have been realigned.",
            "Who paid",
            "The refit cost 42 million euros, paid partly by the regional development fund and partly by the port authority itself.",
            "Unions welcomed the return, saying crews had been working double shifts on the older cranes since the refit began."),
            List.of(a.articleBody().split("\n\n")));
        Element body = Jsoup.parseBodyFragment(a.original().body()).body();
        assertEquals("Who paid", body.selectFirst("h2").text());
        assertEquals(1, body.select("blockquote > p").size());
        Element link = body.selectFirst("a");
        assertEquals("https://www.example.org/places/kessel", link.attr("href"));
        assertEquals("nofollow noopener", link.attr("rel"));
        assertNoFurniture(a, "Share on", "Related", "Port strike", "All rights reserved", "By Maria", "Sport");
    }

    @Test
    void openGraphOnly() throws IOException {
        ExtractedArticle a = extract("opengraph-only");
        assertEquals("article", a.method());
        assertEquals("Chuva forte fecha estradas no interior", a.original().headline());
        assertEquals("Ana Beatriz Souza", a.original().author());
        assertEquals(Instant.parse("2024-01-12T17:05:00Z"), a.original().published());
        assertEquals(Instant.parse("2024-01-12T19:40:00Z"), a.modified());
        assertEquals("Jornal do Vale", a.original().sourceName());
        assertEquals("https://www.example.org/noticias/2024/01/12/chuva-forte-fecha-estradas", a.original().url());
        assertEquals("https://www.example.org/fotos/2024/01/estrada-alagada.jpg", a.original().leadImage());
        assertEquals("pt-BR", a.original().language());
        assertTrue(a.articleBody().startsWith("A chuva que caiu durante toda a madrugada"));
        assertTrue(a.articleBody().endsWith("SP-215: meia pista entre os quilômetros 40 e 52"));
        assertTrue(a.original().body().contains("<a href=\"https://www.example.org/transito/agora\" rel=\"nofollow noopener\">painel de trânsito</a>"),
            a.original().body());
        assertEquals(2, Jsoup.parseBodyFragment(a.original().body()).select("ul > li").size());
        assertNoFurniture(a, "Mais lidas", "Prefeitura", "Assine", "Por Ana", "estradas\n");
    }

    @Test
    void pageWithoutMetadataFallsBackToScoring() throws IOException {
        ExtractedArticle a = extract("no-metadata");
        assertEquals("scoring", a.method());
        assertEquals("Library reopens after flood repairs", a.original().headline());
        assertNull(a.original().author());
        assertNull(a.original().published());
        assertNull(a.modified());
        assertNull(a.original().language());
        assertNull(a.description());
        assertEquals("The Daily Bugle", a.original().sourceName(), "what the title adds to the h1 headline");
        assertEquals(PAGE.toString(), a.original().url());
        assertEquals("https://www.example.org/photos/library-reading-room.jpg", a.original().leadImage());
        List<String> paragraphs = List.of(a.articleBody().split("\n\n"));
        assertEquals(4, paragraphs.size(), a.articleBody());
        assertTrue(paragraphs.get(0).startsWith("The town library reopened on Monday"));
        assertTrue(paragraphs.get(3).endsWith("published after 2000."));
        assertNoFurniture(a, "THE DAILY BUGLE", "Classifieds", "Weather", "Privacy", "Library reopens after");
        assertTrue(a.looksLikeArticle());
    }

    @Test
    void lazyImagesResolveToRealSources() throws IOException {
        ExtractedArticle a = extract("lazy-images");
        List<String> sources = Jsoup.parseBodyFragment(a.original().body()).select("img").eachAttr("src");
        assertEquals(List.of(
            "https://www.example.org/media/night-train-platform.jpg",
            "https://img.raildesk.example/couchette.jpg",
            "https://www.example.org/media/map-1600.jpg",
            "https://www.example.org/media/dining-car-1800.webp",
            "https://www.example.org/media/sleeper-dawn.jpg"), sources);
        assertFalse(a.original().body().contains("data:"));
        assertFalse(a.original().body().contains("placeholder"));
        assertFalse(a.original().body().contains("noscript"));
        assertEquals("https://www.example.org/media/night-train-platform.jpg", a.original().leadImage());
        assertEquals("Passengers boarding before departure.", a.original().leadImageCaption());
        assertTrue(a.original().body().contains("<figcaption>Passengers boarding before departure.</figcaption>"));
        // Captions stay with their image in the HTML but are not running text.
        assertFalse(a.articleBody().contains("Passengers boarding"));
        assertEquals(4, a.articleBody().split("\n\n").length);
    }

    @Test
    void hostileMarkupNeverSurvives() throws IOException {
        ExtractedArticle a = extract("hostile");
        String html = a.original().body().toLowerCase();
        for (String bad : List.of("<script", "alert", "onerror", "onload", "onclick", "onmouseover", "javascript",
            "vbscript", "data:", "<iframe", "<form", "<input", "<button", "style=", "<object", "<embed", "<svg",
            "<math", "injected", "hidden tracking", "target=", "class=")) {
            assertFalse(html.contains(bad), () -> "body keeps " + bad + ": " + a.original().body());
        }
        assertTrue(a.articleBody().contains("Click for the plan, or see the map, the budget, the timeline and the summary."));
        Element body = Jsoup.parseBodyFragment(a.original().body()).body();
        assertEquals(List.of("https://www.example.org/reports/lanes.pdf"), body.select("a").eachAttr("href"));
        assertTrue(body.select("img").eachAttr("src").contains("https://www.example.org/images/cycle-lane.jpg"));
        assertEquals(4, a.articleBody().split("\n\n").length);
        assertEquals("Council approves new cycle lanes", a.original().headline());
    }

    @Test
    void pageFurnitureStaysOut() throws IOException {
        ExtractedArticle a = extract("furniture");
        assertEquals(List.of(
            "Crumb & Co, the bakery chain founded in a garage twelve years ago, will open 40 new shops across the north over the next two years, its chief executive said on Tuesday.",
            "The expansion will create about 600 jobs, most of them in baking and delivery, and will be paid for from the chain's own profits rather than new borrowing.",
            "Sales rose 18 percent last year, helped by a range of cheaper loaves introduced when flour prices peaked.",
            "Analysts said the plan was ambitious but that the chain had met every target it set itself since 2019."),
            List.of(a.articleBody().split("\n\n")));
        assertNoFurniture(a, "Facebook", "Advertisement", "Read more", "Flour prices fall", "newsletter", "Sign up",
            "Related", "Supermarkets", "Retail", "comments", "sourdough", "Most read", "Priya Raman", "June 18");
        assertEquals("Priya Raman", a.original().author());
        assertEquals(Instant.parse("2024-06-18T07:15:00Z"), a.original().published());
        assertEquals("en-US", a.original().language());
    }

    @Test
    void rightToLeftPersianPage() throws IOException {
        ExtractedArticle a = extract("rtl-persian");
        assertEquals("itemprop", a.method());
        assertEquals("بازگشایی کتابخانه ملی پس از مرمت", a.original().headline());
        assertEquals("سارا احمدی", a.original().author());
        assertEquals("خبرگزاری نمونه", a.original().sourceName());
        assertEquals("fa-IR", a.original().language());
        assertEquals(Instant.parse("2024-02-20T04:30:00Z"), a.original().published());
        assertEquals(3, a.articleBody().split("\n\n").length);
        assertTrue(a.articleBody().startsWith("کتابخانه ملی پس از دو سال مرمت"));
        assertNoFurniture(a, "اشتراک‌گذاری", "سیاسی", "۱ اسفند");
        assertTrue(a.looksLikeArticle());
    }

    @Test
    void homepageIsNotAnArticle() throws IOException {
        ExtractedArticle a = extract("homepage");
        assertFalse(a.looksLikeArticle());
        assertEquals("Valley Gazette", a.original().sourceName());
    }

    @Test
    void linkListIsNotAnArticleEvenWhenLong() {
        StringBuilder html = new StringBuilder("<html><body><div class=content><ul>");
        for (int i = 0; i < 30; i++) {
            html.append("<li><a href='/s/").append(i).append("'>A fairly long headline number ").append(i)
                .append(" about something that happened today</a></li>");
        }
        html.append("</ul></div></body></html>");
        assertFalse(extractor.extract(html.toString(), PAGE).looksLikeArticle());
    }

    @Test
    void scriptRenderedPageFallsBackToJsonLdText() {
        String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
            + "\"headline\":\"Ferry timetable changes\",\"articleBody\":\"" + "The winter ferry timetable starts on Monday, with fewer crossings at night. ".repeat(3)
            + "\\n\\nOperators said the summer timetable would return in April, as every year since the new harbour opened.\"}"
            + "</script></head><body><div id=app>Loading...</div><footer><a href='/'>Home</a></footer></body></html>";
        ExtractedArticle a = extractor.extract(html, PAGE);
        assertEquals("json-ld", a.method());
        assertEquals("Ferry timetable changes", a.original().headline());
        assertEquals(2, a.articleBody().split("\n\n").length, a.articleBody());
        assertTrue(a.articleBody().startsWith("The winter ferry timetable starts on Monday"));
        assertFalse(a.articleBody().contains("Loading"));
    }

    @Test
    void sloppyJsonLdIsStillRead() {
        // raw newline inside a string and a trailing comma: common in hand-written templates
        String html = "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
            + "\"@type\":[\"NewsArticle\"],\"headline\":\"Two\nlines\",\"author\":{\"name\":\"By Kim Lee\"},"
            + "\"datePublished\":\"2024-05-01 10:00:00\",}</script>"
            + "<script type=\"application/ld+json\">{ this is not json</script></head><body><p>x</p></body></html>";
        ExtractedArticle a = extractor.extract(html, PAGE);
        assertEquals("Two lines", a.original().headline());
        assertEquals("Kim Lee", a.original().author());
        assertEquals(Instant.parse("2024-05-01T10:00:00Z"), a.original().published());
    }

    @Test
    void relativePageUrlIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> extractor.extract("<p>x</p>", URI.create("/relative")));
        assertTrue(e.getMessage().contains("absolute"));
    }

    @Test
    void emptyPageGivesEmptyBody() {
        ExtractedArticle a = extractor.extract("", PAGE);
        assertEquals("", a.articleBody());
        assertFalse(a.looksLikeArticle());
        assertEquals("Example", a.original().sourceName(), "a readable form of www.example.org");
    }

    private static final String STORY = "<p>The library will open on Saturdays and Sundays from next month, the council said, "
        + "after a survey found that most readers could only visit at weekends.</p><p>Staff will work in two shifts, "
        + "and volunteers from the friends of the library will run the children's corner on Sunday mornings.</p>"
        + "<p>The trial runs until the end of the year, when the council will decide whether to keep the longer hours.</p>";

    private ExtractedArticle page(String url, String head) {
        return extractor.extract("<!DOCTYPE html><html><head>" + head + "</head><body><div class=\"text\">" + STORY
            + "</div></body></html>", URI.create(url));
    }

    @Test
    void headlinesAreTextEvenWhenThePageWritesMarkupIntoThem() {
        ExtractedArticle title = page("https://vh-news.example/a", "<title><img src=x onerror=alert(1)> Library reopens</title>");
        assertEquals("Library reopens", title.original().headline());
        ExtractedArticle og = page("https://vh-news.example/b",
            "<meta property=\"og:title\" content=\"&lt;b&gt;Library&lt;/b&gt; reopens &lt;script&gt;alert(1)&lt;/script&gt;\">");
        assertEquals("Library reopens", og.original().headline());
    }

    @Test
    void aTitleLosesTheSiteNameThatBecomesTheSourceName() {
        ExtractedArticle trailing = page("https://vh-news.example/2026/11/library-hours",
            "<title>Library extends weekend hours - Valley Herald</title>");
        assertEquals("Library extends weekend hours", trailing.original().headline());
        assertEquals("Valley Herald", trailing.original().sourceName());
        ExtractedArticle leading = page("https://vh-news.example/2026/11/library-hours",
            "<title>Valley Herald: Library extends weekend hours</title>");
        assertEquals("Library extends weekend hours", leading.original().headline());
        assertEquals("Valley Herald", leading.original().sourceName());
        // "Analysis" is no site name: a leading label stays unless the page confirms it is the site's name
        assertEquals("Analysis: Why the library needs weekends",
            page("https://vh-news.example/c", "<title>Analysis: Why the library needs weekends</title>").original().headline());
    }

    @Test
    void withoutAnyNameTheSourceIsAReadableFormOfTheHost() {
        assertEquals("VH News", page("https://www.vh-news.example/a", "<title>Library extends weekend hours</title>")
            .original().sourceName());
        assertEquals("BBC", page("https://www.bbc.co.uk/news/a", "<title>Library extends weekend hours</title>")
            .original().sourceName());
        assertEquals("Coastline Wire", page("https://news.coastline-wire.example/a", "<title>Library extends weekend hours</title>")
            .original().sourceName());
        assertEquals("Valley Herald", page("https://vh-news.example/a",
            "<title>Library extends weekend hours</title><meta name=\"application-name\" content=\"Valley Herald\">")
            .original().sourceName());
    }

    @Test
    void aPageBeyondTheElementOrDepthLimitIsRefusedWhileParsing() {
        Clock clock = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
        String deep = "<html><body>" + "<div>".repeat(20) + STORY + "</body></html>";
        PageTooComplexException tooDeep = assertThrows(PageTooComplexException.class,
            () -> extractor.extract(deep, PAGE, new PageBudget(1000, 12, Duration.ofSeconds(10), clock)));
        assertEquals("too complex: the page nests HTML elements more than 12 deep (the limit for one page)", tooDeep.getMessage());
        String wide = "<html><body>" + STORY + "<span>x</span>".repeat(100) + "</body></html>";
        PageTooComplexException tooMany = assertThrows(PageTooComplexException.class,
            () -> extractor.extract(wide, PAGE, new PageBudget(100, 12, Duration.ofSeconds(10), clock)));
        assertEquals("too complex: the page has more than 100 HTML elements (the limit for one page)", tooMany.getMessage());
        assertTrue(extractor.extract(wide, PAGE, new PageBudget(200, 12, Duration.ofSeconds(10), clock)).looksLikeArticle());
    }

    @Test
    void aPageThatTakesLongerThanTheTimeBudgetIsRefused() {
        MutableClock clock = new MutableClock(Instant.EPOCH);
        PageBudget budget = PageBudget.start(clock);
        clock.advance(Duration.ofSeconds(11)); // the page has already cost more than its 10 s: extraction must look
        String html = "<html><head><title>Library reopens</title></head><body>" + STORY + "</body></html>";
        PageTooComplexException e = assertThrows(PageTooComplexException.class, () -> extractor.extract(html, PAGE, budget));
        assertEquals("too complex: processing the page took longer than 10 s (the limit for one page)", e.getMessage());
        clock.set(Instant.EPOCH.plusSeconds(10));
        assertEquals("Library reopens", extractor.extract(html, PAGE, budget).original().headline(),
            "at the deadline itself the page is still within its budget");
    }

    private static void assertNoFurniture(ExtractedArticle a, String... fragments) {
        for (String f : fragments) {
            assertFalse(a.articleBody().contains(f), () -> "body contains '" + f + "':\n" + a.articleBody());
        }
    }
}
