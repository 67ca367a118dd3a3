package io.mediawire.importing.feed;

import io.mediawire.importing.extraction.PageBudget;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects one item's values the same way for every format, recording a {@link FeedProblem} for each value it has to
 * drop. The first value given for a field wins, so readers offer values in order of preference.
 */
final class EntryBuilder {
    /** RSS author convention "jane@example.com (Jane Doe)". */
    private static final Pattern EMAIL_WITH_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");
    private static final Pattern BARE_EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");

    private final int position;
    private final List<FeedProblem> problems;
    private String guid;
    private String link;
    private String title;
    private String summaryHtml;
    private String contentHtml;
    private String author;
    private Instant published;
    private Instant updated;
    private String imageUrl;
    private String language;
    private final java.util.LinkedHashSet<String> categories = new java.util.LinkedHashSet<>();

    EntryBuilder(int position, List<FeedProblem> problems) {
        this.position = position;
        this.problems = problems;
    }

    void problem(String message) {
        problems.add(new FeedProblem(position, "item " + position + ": " + message));
    }

    void guid(String raw) {
        if (guid == null && raw != null && !raw.isBlank()) guid = raw.strip();
    }

    boolean hasLink() {
        return link != null;
    }

    void link(URI base, String raw) {
        if (link != null || raw == null || raw.isBlank()) return;
        String absolute = FeedLinks.resolve(base, raw);
        if (absolute != null && FeedLinks.isWeb(absolute)) link = absolute;
        else problem("unusable link " + FeedText.quote(raw));
    }

    void title(String raw) {
        if (title == null) title = FeedText.plain(raw);
    }

    /** A title already known to be plain text (Atom xhtml titles are flattened by the reader). */
    void plainTitle(String plain) {
        if (title == null && plain != null && !plain.isBlank()) title = plain;
    }

    void summaryHtml(URI base, String html) {
        if (summaryHtml == null && withinBudget("summary", html)) summaryHtml = FeedText.absoluteHtml(html, base);
    }

    void contentHtml(URI base, String html) {
        if (contentHtml == null && withinBudget("content", html)) contentHtml = FeedText.absoluteHtml(html, base);
    }

    /** HTML too big to parse in reasonable time is dropped before jsoup sees it (the page is fetched instead). */
    private boolean withinBudget(String what, String html) {
        if (html == null) return true;
        Optional<String> tooComplex = PageBudget.fragmentTooComplex(html);
        tooComplex.ifPresent(why -> problem(what + " dropped as too complex: " + why));
        return tooComplex.isEmpty();
    }

    /** An author as written; "email (Name)" gives the name, a bare e-mail address is not a byline and is dropped. */
    void author(String raw) {
        if (author != null || raw == null) return;
        String name = FeedText.plain(raw);
        if (name == null) return;
        Matcher m = EMAIL_WITH_NAME.matcher(name);
        if (m.matches()) name = m.group(1).strip();
        else if (BARE_EMAIL.matcher(name).matches()) return;
        author = name;
    }

    void authors(List<String> names) {
        List<String> kept = names.stream().map(FeedText::plain).filter(n -> n != null && !BARE_EMAIL.matcher(n).matches()).distinct().toList();
        if (!kept.isEmpty()) author(String.join(", ", kept));
    }

    boolean hasAuthor() {
        return author != null;
    }

    void published(String raw) {
        if (published == null) published = date(raw);
    }

    void updated(String raw) {
        if (updated == null) updated = date(raw);
    }

    private Instant date(String raw) {
        if (raw == null || raw.isBlank()) return null;
        Instant instant = FeedDates.parse(raw);
        if (instant == null) problem("unparseable date " + FeedText.quote(raw));
        return instant;
    }

    void image(URI base, String raw) {
        if (imageUrl != null || raw == null || raw.isBlank()) return;
        String absolute = FeedLinks.resolve(base, raw);
        if (absolute != null && FeedLinks.isWeb(absolute)) imageUrl = absolute;
        else problem("unusable image URL " + FeedText.quote(raw));
    }

    /** A category or tag as written; blank ones and repeats are left out. */
    void category(String raw) {
        String plain = FeedText.plain(raw);
        if (plain != null && categories.size() < 100) categories.add(plain);
    }

    void language(String raw) {
        if (language == null) language = FeedText.language(raw);
    }

    /** @return the entry, or null (with a problem recorded) when the item has neither link nor guid to know it by */
    FeedEntry build() {
        if (link == null && guid == null) {
            problems.add(new FeedProblem(position, "item " + position + " has no link or guid"));
            return null;
        }
        return new FeedEntry(position, guid, link, title, summaryHtml, contentHtml, author, published, updated, imageUrl, language,
                List.copyOf(categories));
    }
}
