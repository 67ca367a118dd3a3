package io.mediawire.importing.feed;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.time.Instant;
import java.util.List;

/**
 * One usable item of a feed. Every field but {@code position} may be null; an entry always has a guid or a link.
 *
 * @param position    1-based position of the item in the feed (dropped items keep their numbers, so positions may skip)
 * @param guid        RSS {@code <guid>}, Atom {@code <id>}, RDF {@code rdf:about}, JSON Feed {@code id}; null when absent
 *                    (the importer falls back to the link)
 * @param link        absolute http(s) URL of the story page
 * @param title       plain text, entities decoded, markup removed, whitespace collapsed
 * @param summaryHtml RSS description, Atom summary, JSON Feed summary (escaped); relative links made absolute
 * @param contentHtml RSS content:encoded, Atom content, JSON Feed content_html (or content_text as paragraphs); relative links made absolute
 * @param author      author name(s), comma separated
 * @param published   when the source first published it
 * @param updated     when the source last changed it
 * @param imageUrl    absolute URL of the item's image: image enclosure, media:content, media:thumbnail, JSON Feed image
 * @param language    BCP 47 tag (e.g. {@code en-US}) from the item, else the feed
 * @param categories  RSS {@code category} and {@code dc:subject}, Atom {@code category} (label, else term), JSON Feed
 *                    {@code tags}: plain text, in feed order, without repeats; empty when none
 */
public record FeedEntry(int position, String guid, String link, String title, String summaryHtml, String contentHtml,
                        String author, Instant published, Instant updated, String imageUrl, String language,
                        List<String> categories) {

    public FeedEntry {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** An entry without categories. */
    public FeedEntry(int position, String guid, String link, String title, String summaryHtml, String contentHtml,
                     String author, Instant published, Instant updated, String imageUrl, String language) {
        this(position, guid, link, title, summaryHtml, contentHtml, author, published, updated, imageUrl, language,
                List.of());
    }

    /** Text length at which content counts as a full story whatever its shape. */
    static final int FULL_TEXT_CHARS = 500;
    /** Paragraph count (with at least {@link #FULL_TEXT_MIN_CHARS_IN_PARAGRAPHS} characters) that also counts as a full story. */
    static final int FULL_TEXT_PARAGRAPHS = 3;
    static final int FULL_TEXT_MIN_CHARS_IN_PARAGRAPHS = 200;

    /**
     * Whether the feed carries the story itself rather than a teaser, so the importer may skip fetching the page:
     * content is present, at least as long as the summary, and either {@value #FULL_TEXT_CHARS} characters of text or
     * {@value #FULL_TEXT_PARAGRAPHS} non-empty paragraphs totalling {@value #FULL_TEXT_MIN_CHARS_IN_PARAGRAPHS} characters.
     */
    public boolean hasFullText() {
        if (contentHtml == null || contentHtml.isBlank()) return false;
        Element body = Jsoup.parseBodyFragment(contentHtml).body();
        String text = body.text();
        String summaryText = summaryHtml == null ? "" : Jsoup.parseBodyFragment(summaryHtml).body().text();
        if (text.length() < summaryText.length()) return false;
        if (text.length() >= FULL_TEXT_CHARS) return true;
        long paragraphs = body.select("p").stream().filter(Element::hasText).count();
        return paragraphs >= FULL_TEXT_PARAGRAPHS && text.length() >= FULL_TEXT_MIN_CHARS_IN_PARAGRAPHS;
    }
}
