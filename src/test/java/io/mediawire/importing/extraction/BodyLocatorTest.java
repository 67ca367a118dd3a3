package io.mediawire.importing.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class BodyLocatorTest {

    private static final URI PAGE = URI.create("https://paper.example/2024/05/story");
    private final ArticleExtractor extractor = new ArticleExtractor();

    private static String paragraph(String topic, int n) {
        return "<p>" + topic + " paragraph " + n + " has enough words, commas, and detail to count as real story text for the scorer.</p>";
    }

    @Test
    void storySplitByFullWidthFiguresIsFollowedAcrossSections() {
        StringBuilder html = new StringBuilder("<html><body><div class=page>");
        for (int part = 1; part <= 3; part++) {
            html.append("<section class=outer><div class=container><div class=post__content>");
            for (int i = 1; i <= 3; i++) {
                html.append(paragraph("Part " + part, i));
            }
            html.append("</div></div></section>");
            if (part < 3) {
                html.append("<section class=outer><figure><img src=/i.jpg><figcaption>A wide picture between parts "
                    + "of the story, with a long caption</figcaption></figure></section>");
            }
        }
        html.append("</div><div class=footer-links><a href=/a>About</a> <a href=/b>Jobs</a></div></body></html>");
        ExtractedArticle a = extractor.extract(html.toString(), PAGE);
        assertEquals("scoring", a.method());
        assertTrue(a.articleBody().startsWith("Part 1 paragraph 1"), a.articleBody());
        assertTrue(a.articleBody().endsWith("Part 3 paragraph 3 has enough words, commas, and detail to count as real story text for the scorer."));
        assertEquals(9, a.articleBody().split("\n\n").length);
    }

    @Test
    void teaserCardsAfterTheStoryStayOut() {
        StringBuilder html = new StringBuilder("<html><body><div class=main>");
        for (int i = 1; i <= 4; i++) {
            html.append(paragraph("Story", i));
        }
        html.append("<div class=more>");
        for (int i = 1; i <= 4; i++) {
            html.append("<div class=card><a href=/s").append(i).append("><img src=/t").append(i)
                .append(".jpg></a><h3><a href=/s").append(i).append(">Other story ").append(i)
                .append("</a></h3><div>A short teaser for another story, number ").append(i).append(".</div></div>");
        }
        html.append("</div></div></body></html>");
        ExtractedArticle a = extractor.extract(html.toString(), PAGE);
        assertEquals(4, a.articleBody().split("\n\n").length, a.articleBody());
        assertFalse(a.articleBody().contains("Other story"));
        assertFalse(a.articleBody().contains("teaser"));
    }

    @Test
    void itempropWinsOverALargerArticleElement() {
        StringBuilder html = new StringBuilder("<html><body><article><div class=intro>");
        for (int i = 1; i <= 5; i++) {
            html.append(paragraph("Intro", i));
        }
        html.append("</div><div itemprop=articleBody>");
        for (int i = 1; i <= 3; i++) {
            html.append(paragraph("Body", i));
        }
        html.append("</div></article></body></html>");
        ExtractedArticle a = extractor.extract(html.toString(), PAGE);
        assertEquals("itemprop", a.method());
        assertFalse(a.articleBody().contains("Intro"));
        assertEquals(3, a.articleBody().split("\n\n").length);
    }

    @Test
    void embeddedPostsInsideWidgetsAreKept() {
        StringBuilder html = new StringBuilder("<html><body><article><div class=story>");
        for (int i = 1; i <= 3; i++) {
            html.append(paragraph("Story", i));
        }
        html.append("<div class='article-widget'><blockquote class=twitter-tweet><p>We did it, thank you all</p>"
            + "&mdash; Club (@club) <a href='https://x.example/club/status/1'>May 1, 2024</a></blockquote></div>");
        html.append(paragraph("Story", 4)).append("</div></article></body></html>");
        ExtractedArticle a = extractor.extract(html.toString(), PAGE);
        assertTrue(a.articleBody().contains("We did it, thank you all"), a.articleBody());
    }

    @Test
    void hoverCardsInsideParagraphsAreDropped() {
        String html = "<html><body><article><div class=story>" + paragraph("Story", 1)
            + "<p>A statement came from <span class=person><a href=/p/jane>Jane Roe</a><span class=card>"
            + "<a href=/x1>Latest headline one</a> <a href=/x2>Latest headline two</a> <a href=/x3>Latest headline three</a>"
            + "</span></span> on Tuesday, after the vote had been counted twice.</p>" + paragraph("Story", 3)
            + "</div></article></body></html>";
        ExtractedArticle a = extractor.extract(html, PAGE);
        assertTrue(a.articleBody().contains("A statement came from Jane Roe on Tuesday"), a.articleBody());
        assertFalse(a.articleBody().contains("Latest headline"));
    }
}
