package io.mediawire.templating;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import io.mediawire.story.Story;
import io.mediawire.story.StoryNodes;
import io.mediawire.story.StoryStore;
import io.mediawire.story.Teasers;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** {@code mwfn}: what Magnolia has no function for: relative times, teasers, recent stories, safe JSON. */
public final class MediaWireFunctions {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StoryStore stories;
    private final PageScope context;
    private final TimeMarkers markers;
    private final UnaryOperator<String> resources;

    /**
     * @param resources the URL of a file under the module's {@code webresources/}, by its path there
     */
    public MediaWireFunctions(StoryStore stories, PageScope context, TimeMarkers markers, UnaryOperator<String> resources) {
        this.stories = stories;
        this.context = context;
        this.markers = markers;
        this.resources = resources;
    }

    /**
     * "7 hours ago" for a date, filled in when the page is served (see {@link TimeMarkers}), so it
     * stays right on a cached page. Put it inside {@code <time datetime="${mwfn.iso(date)}">}.
     */
    public TemplateHTMLOutputModel timeAgo(Object date) throws TemplateModelException {
        Instant at = instant(date);
        return HTMLOutputFormat.INSTANCE.fromMarkup(at == null ? "" : markers.marker(at));
    }

    /** ISO-8601 instant for a {@code datetime} attribute: {@code 2025-03-12T10:15:00Z}. */
    public String iso(Object date) {
        Instant at = instant(date);
        return at == null ? "" : DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
    }

    /** The later of two dates, either may be null: a story's last change is never before its publication. */
    public Object latest(Object a, Object b) {
        Instant x = instant(a);
        Instant y = instant(b);
        if (x == null) {
            return b;
        }
        return y == null || !y.isAfter(x) ? a : b;
    }

    /** The date in the site's zone and the page's language: "12 March 2025". */
    public String date(Object date) {
        Instant at = instant(date);
        return at == null ? "" : context.relativeTime().date(at);
    }

    /** The date and time in the site's zone and the page's language: "25 Nov 2026, 06:30". */
    public String dateTime(Object date) {
        Instant at = instant(date);
        return at == null ? "" : context.relativeTime().dateTime(at);
    }

    /** The story's teaser (plain text) cut at a word boundary near {@code max} characters, ending in "…". */
    public String teaser(Map<String, Object> content, int max) {
        Object stored = content.get(StoryNodes.TEASER);
        String text = stored != null && !stored.toString().isBlank() ? stored.toString()
                : Teasers.plainText(String.valueOf(content.getOrDefault(StoryNodes.BODY, "")));
        if (text.endsWith(Teasers.ELLIPSIS) && text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        String language = (String) content.get(StoryNodes.LANGUAGE);
        return Teasers.cut(text, max, language == null ? context.messages().locale()
                : java.util.Locale.forLanguageTag(language));
    }

    /** The {@code n} newest published stories, without {@code excludeId} (may be null). */
    public List<Map<String, Object>> recent(int n, String excludeId) {
        return RecentStories.of(stories, context, n, excludeId);
    }

    public List<Map<String, Object>> recent(int n) {
        return recent(n, null);
    }

    /**
     * What the story's source is called: the display name of its source (an editor can fix it),
     * else the name it was imported with, else its host.
     */
    public String sourceName(Map<String, Object> content) {
        Object id = content.get("@id");
        Optional<Story> story = id == null ? Optional.empty() : stories.byId(id.toString());
        if (story.isPresent()) {
            return stories.sourceName(story.get());
        }
        Object imported = content.get(StoryNodes.SOURCE_NAME);
        return imported != null ? imported.toString() : String.valueOf(content.getOrDefault(StoryNodes.SOURCE_URL, ""));
    }

    /** "rtl" or "ltr" for a language tag. */
    public String dir(String language) {
        return TextDirection.of(language);
    }

    /**
     * A JSON literal safe inside {@code <script>}: {@code < > &} and the JavaScript line separators
     * are written as \\u escapes, so a headline holding {@code </script>} cannot end the block.
     */
    public TemplateHTMLOutputModel json(Object value) throws TemplateModelException {
        try {
            String text = JSON.writeValueAsString(value instanceof Date d ? d.toInstant().toString() : value);
            return HTMLOutputFormat.INSTANCE.fromMarkup(scriptSafe(text));
        } catch (JsonProcessingException e) {
            throw new TemplateModelException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    static String scriptSafe(String json) {
        StringBuilder b = new StringBuilder(json.length());
        for (char c : json.toCharArray()) {
            switch (c) {
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                case '\u2028' -> b.append("\\u2028");
                case '\u2029' -> b.append("\\u2029");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** URL of a file under the module's webresources, with a content hash so it can be cached for long. */
    public String resource(String path) {
        return resources.apply(path);
    }

    static Instant instant(Object date) {
        if (date == null) {
            return null;
        }
        if (date instanceof Date d) {
            return d.toInstant();
        }
        if (date instanceof Instant i) {
            return i;
        }
        if (date instanceof java.util.Calendar c) {
            return c.toInstant();
        }
        if (date instanceof String s && !s.isBlank()) {
            return Instant.parse(s.strip());
        }
        throw new IllegalArgumentException("not a date: " + date);
    }
}
