package io.mediawire.host.rendering;

import io.mediawire.templating.ContentMaps;
import io.mediawire.templating.MediaWireFunctions;
import io.mediawire.templating.RelativeTime;
import io.mediawire.templating.TextDirection;
import io.mediawire.templating.TimeMarkers;
import io.mediawire.host.lightmodule.Definition;
import io.mediawire.host.lightmodule.DefinitionRegistry;
import io.mediawire.story.Page;
import io.mediawire.story.Story;
import io.mediawire.story.StoryStore;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a request path into a page: finds the story or the section page, builds the objects the
 * templates see and renders the page template. Unknown, draft and unpublished stories give the
 * 404 page; a failing template gives a plain 500 page and one log line naming template and line.
 */
public final class PageRenderer {
    public static final String ARTICLE = "media-wire:pages/article";
    public static final String SECTION = "media-wire:pages/section";
    public static final String NOT_FOUND = "media-wire:pages/notFound";
    private static final Logger LOG = LoggerFactory.getLogger(PageRenderer.class);
    private static final Pattern STORY_PATH = Pattern.compile("/\\d{4}/\\d{2}/\\d{2}/[^/:\\[\\]|*]+");
    private static final Pattern PAGE_NUMBER = Pattern.compile("[1-9]\\d{0,6}");

    private final StoryStore stories;
    private final DefinitionRegistry registry;
    private final TemplateEngine engine;
    private final TimeMarkers markers;
    private final WebResources resources;
    private final ZoneId zone;
    private volatile SiteConfig site;
    private volatile MessageBundles bundles;

    public PageRenderer(StoryStore stories, DefinitionRegistry registry, TemplateEngine engine, TimeMarkers markers,
                        WebResources resources, ZoneId zone) {
        this.stories = stories;
        this.registry = registry;
        this.engine = engine;
        this.markers = markers;
        this.resources = resources;
        this.zone = zone;
        registry.onReload(() -> {
            site = null;
            bundles = null;
        });
    }

    public RenderedPage render(PageRequest request) {
        SiteConfig config;
        try {
            config = site();
        } catch (RuntimeException e) {
            LOG.error("Site configuration is broken: {}", e.getMessage());
            return new RenderedPage(500, ErrorPages.serverError("Media Wire"), Instant.EPOCH, "en");
        }
        String path = request.path() == null || request.path().isEmpty() ? "/" : request.path();
        try {
            if (path.equals("/")) {
                return section(request, config);
            }
            if (STORY_PATH.matcher(path).matches()) {
                return stories.byPath(path).filter(Story::isPublished)
                        .map(story -> article(story, request, config))
                        .orElseGet(() -> notFound(request, config));
            }
            return notFound(request, config);
        } catch (RuntimeException e) {
            LOG.error("Page {} failed", path, e);
            return new RenderedPage(500, ErrorPages.serverError(config.siteName()), Instant.EPOCH, config.language());
        }
    }

    /**
     * The article page of any story, published or not, exactly as the public would get it once
     * published: the editors' preview. Never cached.
     */
    public RenderedPage preview(Story story, PageRequest request) {
        SiteConfig config;
        try {
            config = site();
            return article(story, request, config);
        } catch (RuntimeException e) {
            LOG.error("Preview of {} failed", story.path(), e);
            return new RenderedPage(500, ErrorPages.serverError("Media Wire"), Instant.EPOCH, "en");
        }
    }

    private RenderedPage article(Story story, PageRequest request, SiteConfig config) {
        String language = TextDirection.language(story.original().language());
        Messages messages = config.chromeFollowsStory() && bundles().has(language)
                ? bundles().forLanguage(language) : bundles().forLanguage(config.language());
        RenderContext context = new RenderContext(messages, new RelativeTime(zone, messages));
        context.saw(story);
        Map<String, Object> content = ContentMaps.of(story);
        return render(ARTICLE, 200, content, Map.of(), request, config, context);
    }

    private RenderedPage section(PageRequest request, SiteConfig config) {
        int number = 1;
        if (request.page() != null) {
            if (!PAGE_NUMBER.matcher(request.page()).matches()) {
                return notFound(request, config);
            }
            number = Integer.parseInt(request.page());
        }
        Page<Story> page = stories.listPublished((long) (number - 1) * config.pageSize(), config.pageSize());
        if (number > 1 && page.items().isEmpty()) {
            return notFound(request, config);
        }
        Messages messages = bundles().forLanguage(config.language());
        RenderContext context = new RenderContext(messages, new RelativeTime(zone, messages));
        page.items().forEach(context::saw);
        long pages = Math.max(1, (page.total() + config.pageSize() - 1) / config.pageSize());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("stories", page.items().stream().map(ContentMaps::of).toList());
        model.put("page", number);
        model.put("pages", pages);
        model.put("total", page.total());
        model.put("previousLink", number > 1 ? sectionLink(number - 1) : null);
        model.put("nextLink", page.hasNext() ? sectionLink(number + 1) : null);
        return render(SECTION, 200, section(config), Map.of("model", model), request, config, context);
    }

    /** The section (a virtual page: the site's listing has no node of its own). */
    private static Map<String, Object> section(SiteConfig site) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("@name", "media-wire");
        map.put("@path", "/");
        map.put("@nodeType", "mgnl:page");
        map.put("title", site.sectionTitle());
        map.put(TemplatingFunctions.LINK, "/media-wire/");
        return map;
    }

    private static String sectionLink(int page) {
        return page == 1 ? "/media-wire/" : "/media-wire/?page=" + page;
    }

    private RenderedPage notFound(PageRequest request, SiteConfig config) {
        Messages messages = bundles().forLanguage(config.language());
        RenderContext context = new RenderContext(messages, new RelativeTime(zone, messages));
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("@name", "not-found");
        content.put("@path", request.path());
        content.put("title", messages.get("mw.notFound.title"));
        RenderedPage page = render(NOT_FOUND, 404, content, Map.of(), request, config, context);
        return page.status() == 404 ? page
                : new RenderedPage(404, ErrorPages.notFound(config.siteName()), Instant.EPOCH, config.language());
    }

    private RenderedPage render(String templateId, int status, Map<String, Object> content, Map<String, Object> extra,
                                PageRequest request, SiteConfig config, RenderContext context) {
        String language = context.messages().locale().toLanguageTag();
        Definition definition = registry.get("templates", templateId).orElse(null);
        Object script = definition == null ? null : definition.body().get("templateScript");
        if (script == null) {
            LOG.error("Template {} is missing or has no templateScript; cannot render {}", templateId, request.path());
            return new RenderedPage(500, ErrorPages.serverError(config.siteName()), Instant.EPOCH, language);
        }
        Map<String, Object> model = shared(request, config, context, content, templateId);
        model.putAll(extra);
        model.put("content", content);
        model.put("def", DefinitionModel.of(definition));
        StringWriter out = new StringWriter(16 * 1024);
        try {
            engine.render(script.toString(), model, out);
        } catch (TemplateProblem problem) {
            LOG.error("Template error in {} line {} while rendering {}: {}", problem.template(), problem.line(),
                    request.path(), problem.reason());
            return new RenderedPage(500, ErrorPages.serverError(config.siteName()), Instant.EPOCH, language);
        }
        return new RenderedPage(status, out.toString(), context.newest(), language);
    }

    private Map<String, Object> shared(PageRequest request, SiteConfig config, RenderContext context,
                                       Map<String, Object> content, String templateId) {
        Map<String, Object> shared = new HashMap<>();
        String baseUrl = config.siteUrl().isEmpty() ? request.baseUrl() : config.siteUrl();
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("name", config.siteName());
        site.put("sectionTitle", config.sectionTitle());
        site.put("disclaimerKey", config.disclaimerKey());
        site.put("url", baseUrl);
        site.put("language", config.language());
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("contextPath", "");
        ctx.put("baseUrl", baseUrl);
        ctx.put("requestURI", "/media-wire" + (request.path() == null ? "/" : request.path()));
        ctx.put("locale", context.messages().locale().toLanguageTag());
        ctx.put("parameters", request.page() == null ? Map.of() : Map.of("page", request.page()));
        ctx.put("site", site);
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("mainContent", content);
        state.put("handle", content.getOrDefault("@path", "/"));
        state.put("channel", "web");
        state.put("locale", context.messages().locale().toLanguageTag());
        state.put("templateName", templateId);
        state.put("originalURI", ctx.get("requestURI"));
        shared.put("ctx", ctx);
        shared.put("state", state);
        shared.put("site", site);
        shared.put("cmsfn", new TemplatingFunctions(stories, context));
        shared.put("mwfn", new MediaWireFunctions(stories, context, markers, path -> resources.url(SiteConfig.MODULE, path)));
        shared.put("i18n", new I18nModel(context.messages()));
        shared.put("cms", new CmsDirectives(engine, registry, shared));
        return shared;
    }

    private SiteConfig site() {
        SiteConfig current = site;
        if (current == null) {
            current = SiteConfig.load(registry);
            site = current;
        }
        return current;
    }

    MessageBundles bundles() {
        MessageBundles current = bundles;
        if (current == null) {
            current = new MessageBundles(registry, SiteConfig.MODULE, site().language());
            bundles = current;
        }
        return current;
    }

    /** The messages a page in {@code language} was rendered with, for filling in its relative times. */
    Messages messages(String language) {
        return bundles().forLanguage(language);
    }
}
