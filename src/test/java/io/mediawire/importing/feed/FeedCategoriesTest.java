package io.mediawire.importing.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Categories are what a subscription's filters read besides title, text and author. */
class FeedCategoriesTest {
    private static final URI FEED = URI.create("https://agency.example/feed");

    private static List<String> categories(String feed) throws FeedException {
        return new FeedParser().parse(feed.getBytes(StandardCharsets.UTF_8), "UTF-8", FEED).entries().get(0).categories();
    }

    @Test
    void rssCategoriesAndDublinCoreSubjectsInFeedOrderWithoutRepeats() throws FeedException {
        assertEquals(List.of("Weather", "Alps & Passes", "Transport"), categories("""
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>A</title>
                <item><title>Snow</title><link>https://agency.example/snow</link>
                <category domain="x">Weather</category><category>Alps &amp; Passes</category>
                <category>  </category><category>Weather</category><dc:subject>Transport</dc:subject></item>
                </channel></rss>"""));
    }

    @Test
    void atomCategoriesGiveTheirLabelElseTheirTerm() throws FeedException {
        assertEquals(List.of("World news", "sport"), categories("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>urn:a</id>
                <entry><id>urn:1</id><title>One</title><link href="https://agency.example/1"/>
                <category term="world" label="World news"/><category term="sport"/></entry></feed>"""));
    }

    @Test
    void jsonFeedTagsAreItsCategories() throws FeedException {
        assertEquals(List.of("elections", "results"), categories("""
                {"version": "https://jsonfeed.org/version/1.1", "title": "A", "items": [
                 {"id": "1", "url": "https://agency.example/1", "title": "Vote", "tags": ["elections", 7, "results"]}]}"""));
    }

    @Test
    void anItemWithoutCategoriesHasAnEmptyList() throws FeedException {
        assertEquals(List.of(), categories("""
                <rss version="2.0"><channel><title>A</title>
                <item><title>Plain</title><link>https://agency.example/plain</link></item></channel></rss>"""));
    }
}
