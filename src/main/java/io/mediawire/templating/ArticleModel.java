package io.mediawire.templating;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import io.mediawire.images.ShownImage;
import io.mediawire.images.ShownStory;
import io.mediawire.images.StoryImages;
import io.mediawire.magnolia.I18nContentSupport;
import io.mediawire.magnolia.RenderableDefinition;
import io.mediawire.magnolia.RenderingModel;
import io.mediawire.magnolia.WebContext;
import io.mediawire.module.MediaWireModule;
import io.mediawire.story.AgencyCopy;
import io.mediawire.story.Story;
import io.mediawire.story.StoryStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.jcr.Node;

/**
 * The article page's model ({@code media-wire:pages/article}). Every story URL reaches the one
 * article page through the light module's virtual URI mapping, which names the story in the
 * {@code story} parameter ({@code /2025/03/12/slug}); this model loads it and hands it to the
 * template as {@code model.story}. An unknown, draft or withdrawn story is a 404, except in an
 * editor's preview; the address of a deleted story is 410 Gone. Labels follow the story's language when the site has it and the module's
 * {@code chromeFollowsStory} says so.
 */
public class ArticleModel extends SiteModel {
    /** The story parameter: a date folder and a name, nothing JCR would read as more than a path. */
    private static final Pattern STORY_PATH = Pattern.compile("/\\d{4}/\\d{2}/\\d{2}/[^/:\\[\\]|*]+");
    public static final String STORY_PARAMETER = "story";

    private final StoryStore stories;
    private final PageScope scope;
    private final I18nContentSupport languages;
    private final StoryImages images;
    private Story story;
    private ShownStory shown;

    public ArticleModel(Node content, RenderableDefinition definition, RenderingModel<?> parent, MediaWireModule module,
                        WebContext web, StoryStore stories, PageScope scope, I18nContentSupport languages) {
        this(content, definition, parent, module, web, stories, scope, languages, null);
    }

    /** @param images maps the story's pictures to their local copies; null shows the body as stored */
    public ArticleModel(Node content, RenderableDefinition definition, RenderingModel<?> parent, MediaWireModule module,
                        WebContext web, StoryStore stories, PageScope scope, I18nContentSupport languages,
                        StoryImages images) {
        super(content, definition, parent, module, web);
        this.stories = stories;
        this.scope = scope;
        this.languages = languages;
        this.images = images;
    }

    @Override
    public String execute() {
        super.execute();
        String path = web.getParameter(STORY_PARAMETER);
        if (path == null || !STORY_PATH.matcher(path).matches()) {
            return notFound();
        }
        boolean preview = web.getAggregationState().isPreviewMode();
        Optional<Story> found = stories.byPath(path).filter(s -> preview || s.isPublished());
        if (found.isEmpty()) {
            return stories.isGone(path) ? gone() : notFound();
        }
        story = found.get();
        scope.saw(story);
        String language = TextDirection.language(story.original().language());
        if (getSite().chromeFollowsStory() && language != null
                && languages.getLocales().stream().anyMatch(l -> l.getLanguage().equals(language))) {
            setLocale(language);
        }
        return null;
    }

    /** The story, as the template reads it ({@code model.story.headline}). */
    public Map<String, Object> getStory() {
        return ContentMaps.of(story);
    }

    /**
     * The story's body as readers see it ({@code ${model.body}}): the stored body, each picture pointing at its
     * local copy, pictures without one left out. The stored body itself never changes.
     */
    public TemplateHTMLOutputModel getBody() throws TemplateModelException {
        return HTMLOutputFormat.INSTANCE.fromMarkup(shown().body());
    }

    /**
     * The lead image, or null: none, or not available. Keys: {@code src}, {@code srcset} (absent when linked),
     * {@code sizes}, {@code width}, {@code height} (absent when unknown), {@code alt}, {@code caption}, {@code url}
     * (absolute, for og:image and JSON-LD), {@code inBody} (true when the body starts with it: the template does
     * not show it again).
     */
    public Map<String, Object> getLeadImage() {
        ShownImage lead = shown().lead();
        if (lead == null) {
            return null;
        }
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("src", lead.src());
        if (lead.local()) {
            image.put("srcset", lead.srcset());
            image.put("sizes", ShownImage.SIZES);
        }
        if (lead.width() > 0) {
            image.put("width", lead.width());
            image.put("height", lead.height());
        }
        image.put("alt", lead.alt() == null ? "" : lead.alt());
        if (lead.caption() != null && !lead.caption().isBlank()) {
            image.put("caption", lead.caption());
        }
        image.put("url", lead.src().startsWith("/") ? getBaseUrl() + lead.src() : lead.src());
        image.put("inBody", shown().leadInBody());
        return image;
    }

    private ShownStory shown() {
        if (shown == null) {
            if (images == null) {
                AgencyCopy original = story.original();
                shown = new ShownStory(null, false, original.body(), Set.of());
            } else {
                shown = images.show(story.original());
                scope.allowImagesFrom(shown.imageOrigins());
            }
        }
        return shown;
    }

    /** The story itself, for the models of the components on this page. */
    public Optional<Story> currentStory() {
        return Optional.ofNullable(story);
    }

    /** This story's public URL, absolute: og:url, JSON-LD, and the canonical link when it points here. */
    public String getPageUrl() {
        return getBaseUrl() + StoryLinks.link(story);
    }
}
