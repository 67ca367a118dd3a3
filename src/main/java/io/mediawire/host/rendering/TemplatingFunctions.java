package io.mediawire.host.rendering;

import io.mediawire.templating.ContentMaps;
import io.mediawire.templating.StoryLinks;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import io.mediawire.story.Story;
import io.mediawire.story.StoryStore;
import io.mediawire.story.Teasers;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code cmsfn}: the part of Magnolia's TemplatingFunctions the site's templates use, with the
 * same names and the same escaping contract: {@code content} values are escaped on output, and
 * {@code cmsfn.decode(content).body} prints stored (sanitized) HTML as it is.
 */
public final class TemplatingFunctions {
    private final StoryStore stories;
    private final RenderContext context;

    TemplatingFunctions(StoryStore stories, RenderContext context) {
        this.stories = stories;
        this.context = context;
    }

    /** The content with its text values as markup: for rich text such as the body. */
    public Map<String, Object> decode(Map<String, Object> content) {
        Map<String, Object> decoded = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : content.entrySet()) {
            Object value = e.getValue();
            decoded.put(e.getKey(), value instanceof String s ? markup(s) : value);
        }
        return decoded;
    }

    /** Undoes {@link #decode}: markup values become plain text again, escaped on output. */
    public Map<String, Object> encode(Map<String, Object> content) throws TemplateModelException {
        Map<String, Object> encoded = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : content.entrySet()) {
            Object value = e.getValue();
            encoded.put(e.getKey(), value instanceof TemplateHTMLOutputModel m
                    ? HTMLOutputFormat.INSTANCE.getMarkupString(m) : value);
        }
        return encoded;
    }

    private static TemplateHTMLOutputModel markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The public URL path of a story ({@code /media-wire/2025/03/12/slug}, percent-encoded) or of a
     * page of the website workspace ({@code /media-wire/}).
     */
    public String link(Map<String, Object> content) {
        Object path = content.get("@path");
        if (path == null) {
            return null;
        }
        if ("mgnl:page".equals(content.get("@nodeType"))) {
            return path.toString().endsWith("/") ? path.toString() : path + "/";
        }
        return StoryLinks.link(path.toString());
    }

    /** Magnolia's {@code link(workspace, id)}: the link of a published story by id, or null. */
    public String link(String workspace, String id) {
        if (!StoryStore.WORKSPACE.equals(workspace)) {
            return null;
        }
        return stories.byId(id).filter(Story::isPublished).map(StoryLinks::link).orElse(null);
    }

    /** A published story by its path, as a content map, or null. */
    public Map<String, Object> contentByPath(String path) {
        return contentByPath(path, StoryStore.WORKSPACE);
    }

    public Map<String, Object> contentByPath(String path, String workspace) {
        if (!StoryStore.WORKSPACE.equals(workspace)) {
            return null;
        }
        Optional<Story> story = stories.byPath(path).filter(Story::isPublished);
        story.ifPresent(context::saw);
        return story.map(ContentMaps::of).orElse(null);
    }

    /** A system property such as {@code mgnl:lastModified} (Magnolia's metaData). */
    public Object metaData(Map<String, Object> content, String property) {
        return content.get(property);
    }

    /** Plain text of {@code text} (tags removed) cut near {@code length} characters, ending in "...". */
    public String abbreviateString(String text, int length) {
        return abbreviateString(text, length, "...");
    }

    public String abbreviateString(String text, int length, String suffix) {
        String plain = text == null ? "" : Teasers.plainText(text);
        String cut = Teasers.cut(plain, length, context.messages().locale());
        return cut.endsWith(Teasers.ELLIPSIS) && !cut.equals(plain)
                ? cut.substring(0, cut.length() - Teasers.ELLIPSIS.length()) + suffix : cut;
    }

    /** The language the page is rendered in. */
    public String language() {
        return context.messages().locale().toLanguageTag();
    }

    public boolean isEditMode() {
        return false;
    }

    public boolean isPreviewMode() {
        return false;
    }

    public boolean isPublicInstance() {
        return true;
    }

    public boolean isAuthorInstance() {
        return false;
    }
}
