package io.mediawire.importing.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON Feed 1.0 and 1.1 (jsonfeed.org). Differences handled: 1.1 {@code authors} array and 1.0 {@code author} object;
 * 1.1 {@code language} on feed and items. Relative URLs, which the spec discourages, are resolved against the feed URL.
 */
final class JsonFeedReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonFeedReader() {
    }

    /** @return the parsed JSON, or null when the text is not JSON */
    static JsonNode tree(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    static boolean isJsonFeed(JsonNode root) {
        if (root == null || !root.isObject()) return false;
        String version = text(root, "version");
        return version != null && (version.startsWith("https://jsonfeed.org/version/") || version.startsWith("http://jsonfeed.org/version/"));
    }

    static ParsedFeed read(String text, URI feedUrl) throws FeedException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new FeedException("bad JSON Feed" + where + ": " + e.getOriginalMessage(), e);
        }
        if (!isJsonFeed(root)) throw new FeedException("not a feed");
        JsonNode items = root.get("items");
        if (items == null || !items.isArray()) throw new FeedException("JSON Feed without items");

        String title = FeedText.plain(text(root, "title"));
        String home = FeedLinks.resolve(feedUrl, text(root, "home_page_url"));
        String siteUrl = home != null && FeedLinks.isWeb(home) ? home : null;
        List<String> feedAuthors = authorNames(root);
        String feedLanguage = text(root, "language");

        List<FeedEntry> entries = new ArrayList<>();
        List<FeedProblem> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            int position = i + 1;
            JsonNode item = items.get(i);
            if (!item.isObject()) {
                problems.add(new FeedProblem(position, "item " + position + " is not a JSON object"));
                continue;
            }
            FeedEntry entry = entry(item, position, feedUrl, feedAuthors, feedLanguage, problems);
            if (entry != null) entries.add(entry);
        }
        return new ParsedFeed(FeedFormat.JSON_FEED, title, siteUrl, entries, problems);
    }

    private static FeedEntry entry(JsonNode item, int position, URI base, List<String> feedAuthors, String feedLanguage,
                                   List<FeedProblem> problems) {
        EntryBuilder entry = new EntryBuilder(position, problems);
        entry.guid(text(item, "id"));
        entry.link(base, text(item, "url"));
        entry.link(base, text(item, "external_url"));
        entry.title(text(item, "title"));
        entry.summaryHtml(base, FeedText.htmlFromText(text(item, "summary")));
        entry.contentHtml(base, text(item, "content_html"));
        entry.contentHtml(base, FeedText.htmlFromText(text(item, "content_text")));
        entry.authors(authorNames(item));
        if (!entry.hasAuthor()) entry.authors(feedAuthors);
        entry.published(text(item, "date_published"));
        entry.updated(text(item, "date_modified"));
        entry.image(base, text(item, "image"));
        entry.image(base, text(item, "banner_image"));
        JsonNode attachments = item.get("attachments");
        if (attachments != null && attachments.isArray()) {
            for (JsonNode attachment : attachments) {
                String url = text(attachment, "url");
                if (FeedImages.isImage(text(attachment, "mime_type"), null, url)) entry.image(base, url);
            }
        }
        JsonNode tags = item.get("tags");
        if (tags != null && tags.isArray()) {
            tags.forEach(tag -> entry.category(tag.isTextual() ? tag.asText() : null));
        }
        entry.language(text(item, "language"));
        entry.language(feedLanguage);
        return entry.build();
    }

    private static List<String> authorNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        JsonNode authors = node.get("authors");
        if (authors != null && authors.isArray()) {
            for (JsonNode author : authors) {
                String name = text(author, "name");
                if (name != null) names.add(name);
            }
        }
        String single = text(node.get("author"), "name");
        if (names.isEmpty() && single != null) names.add(single);
        return names;
    }

    /** A string or number member as text (ids are sometimes numbers); null otherwise. */
    private static String text(JsonNode node, String field) {
        if (node == null || !node.isObject()) return null;
        JsonNode value = node.get(field);
        if (value == null || !(value.isTextual() || value.isNumber())) return null;
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }
}
