package io.mediawire.host.rendering;

import io.mediawire.host.lightmodule.Definition;
import io.mediawire.host.lightmodule.DefinitionRegistry;
import io.mediawire.host.repository.EmbeddedRepository;
import io.mediawire.host.virtualuri.VirtualUriMappings;
import io.mediawire.magnolia.ContentMap;
import io.mediawire.magnolia.I18nContentSupport;
import io.mediawire.magnolia.RenderingModel;
import io.mediawire.magnolia.SessionFactory;
import io.mediawire.story.Story;
import io.mediawire.story.StoryStore;
import io.mediawire.templating.MediaWireFunctions;
import io.mediawire.templating.RelativeTime;
import io.mediawire.templating.StoryLinks;
import io.mediawire.templating.TimeMarkers;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a request path into a page, as Magnolia's filter chain and renderer do: the light modules'
 * virtual URI mappings may forward the path (story URLs go to the article page), the path names a
 * page node of the {@code website} workspace, its {@code mgnl:template} names the template, the
 * template's {@code modelClass} is created and executed, and the script renders with
 * {@code content}, {@code def}, {@code model}, {@code ctx}, {@code state}, {@code cmsfn}, {@code i18n}
 * and {@code mwfn}. A missing page, or a model that sends 404 (unknown, draft or withdrawn
 * stories), gives the not-found page; a failing model or template gives a plain 500 page and one
 * log line naming template and line.
 */
public final class PageRenderer {
    public static final String NOT_FOUND = "media-wire:pages/notFound";
    /** The language of messages a page's own language lacks, as Magnolia's system fallback. */
    static final String FALLBACK_LANGUAGE = "en";
    static final String MODULE = "media-wire";
    private static final String TEMPLATE = "mgnl:template";
    private static final Pattern UNSAFE_PATH = Pattern.compile("[\\[\\]|*:]|//|/\\.\\.?(/|$)");
    private static final Logger LOG = LoggerFactory.getLogger(PageRenderer.class);

    private final StoryStore stories;
    private final DefinitionRegistry registry;
    private final TemplateEngine engine;
    private final TimeMarkers markers;
    private final WebResources resources;
    private final ZoneId zone;
    private final SessionFactory sessions;
    private final VirtualUriMappings mappings;
    private final ModelFactory models;
    private final Supplier<String> siteName;
    private final I18nContentSupport languages;
    private volatile MessageBundles bundles;

    /**
     * @param siteName the site's name for the plain pages shown when the templates cannot be used
     */
    PageRenderer(StoryStore stories, DefinitionRegistry registry, TemplateEngine engine, TimeMarkers markers,
                 WebResources resources, ZoneId zone, SessionFactory sessions, ModelFactory models,
                 Supplier<String> siteName) {
        this.stories = stories;
        this.registry = registry;
        this.engine = engine;
        this.markers = markers;
        this.resources = resources;
        this.zone = zone;
        this.sessions = sessions;
        this.mappings = new VirtualUriMappings(registry);
        this.models = models;
        this.siteName = siteName;
        this.languages = () -> bundles().languages().stream().map(Locale::forLanguageTag).toList();
        registry.onReload(() -> bundles = null);
    }

    public RenderedPage render(PageRequest request) {
        String path = request.path() == null || request.path().isEmpty() ? "/" : request.path();
        return page(request, StoryLinks.PREFIX + path, false);
    }

    /**
     * The site's not-found page for an address outside the site ({@code uri} is the whole path),
     * which the host answers for every path no feature serves.
     */
    public RenderedPage notFound(PageRequest request, String uri) {
        try {
            return notFound(request, new PageContext(uri, url(request, uri), uri, PageContext.parameters(null, ""), false));
        } catch (RuntimeException e) {
            LOG.error("The not-found page for {} failed", uri, e);
            return serverError(FALLBACK_LANGUAGE);
        }
    }

    /**
     * The page at a story's public URL whatever the story's status, exactly as the public would get
     * it once published: the editors' preview. Never cached.
     */
    public RenderedPage preview(Story story, PageRequest request) {
        return page(request, StoryLinks.PREFIX + story.path(), true);
    }

    private RenderedPage page(PageRequest request, String uri, boolean preview) {
        try {
            Optional<VirtualUriMappings.Forward> forward = mappings.map(uri);
            PageContext web = new PageContext(uri, url(request, uri), forward.map(VirtualUriMappings.Forward::path).orElse(uri),
                    PageContext.parameters(request.page(), forward.map(VirtualUriMappings.Forward::query).orElse("")), preview);
            Session session = sessions.login(EmbeddedRepository.WEBSITE);
            try {
                Node page = pageNode(session, web.getCurrentURI());
                if (page == null) {
                    return notFound(request, web);
                }
                return render(page.getProperty(TEMPLATE).getString(), 200, page, null, request, web);
            } finally {
                session.logout();
            }
        } catch (RepositoryException | RuntimeException e) {
            LOG.error("Page {} failed", uri, e);
            return serverError(FALLBACK_LANGUAGE);
        }
    }

    /** The page node a path names, as Magnolia maps URIs to the website workspace; null when there is none. */
    private static Node pageNode(Session session, String uri) {
        String path = uri.length() > 1 && uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
        if (!path.startsWith("/") || path.equals("/") || UNSAFE_PATH.matcher(path).find()) {
            return null;
        }
        try {
            if (!session.nodeExists(path)) {
                return null;
            }
            Node node = session.getNode(path);
            return node.isNodeType("mgnl:page") && node.hasProperty(TEMPLATE) ? node : null;
        } catch (RepositoryException | IllegalArgumentException e) {
            return null; // not a path the repository can read: no page
        }
    }

    private RenderedPage notFound(PageRequest request, PageContext original) {
        return missing(request, original, 404, "mw.notFound");
    }

    /** A story deleted from this address: the not-found page with 410 Gone, telling it will not come back. */
    private RenderedPage gone(PageRequest request, PageContext original) {
        return missing(request, original, 410, "mw.gone");
    }

    private RenderedPage missing(PageRequest request, PageContext original, int status, String messagePrefix) {
        PageContext web = original.withoutError();
        RenderedPage page = render(NOT_FOUND, status, null, messages -> {
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("@name", "not-found");
            content.put("@path", request.path());
            content.put("status", status);
            content.put("title", messages.get(messagePrefix + ".title"));
            content.put("text", messages.get(messagePrefix + ".text"));
            return content;
        }, request, web);
        return page.status() == status ? page
                : new RenderedPage(status, ErrorPages.notFound(siteName.get()), Instant.EPOCH, page.language());
    }

    /**
     * @param node    the page node, or null for a page without one (the not-found page)
     * @param content the content of a page without a node, made once its language is known
     */
    private RenderedPage render(String templateId, int status, Node node, Function<Messages, Map<String, Object>> content,
                                PageRequest request, PageContext web) {
        Definition found = registry.get("templates", templateId).orElse(null);
        TemplateDefinition definition = found == null ? null : new TemplateDefinition(found);
        if (definition == null || definition.getTemplateScript() == null) {
            LOG.error("Template {} is missing or has no templateScript; cannot render {}", templateId, web.getOriginalURI());
            return serverError(FALLBACK_LANGUAGE);
        }
        RenderContext context = new RenderContext(bundles().forLanguage(FALLBACK_LANGUAGE),
                new RelativeTime(zone, bundles().forLanguage(FALLBACK_LANGUAGE)));
        List<Object> requestObjects = List.of(web, context, languages);
        RenderingModel<?> model;
        try {
            model = models.create(definition, node, null, requestObjects);
        } catch (ModelFactory.ModelProblem problem) {
            LOG.error("Model error in {} while rendering {}: {}", templateId, web.getOriginalURI(), problem.getMessage());
            return serverError(FALLBACK_LANGUAGE);
        }
        String actionResult = model.execute();
        if (web.error() == 404 || web.error() == 410) {
            if (status != web.error()) {
                return web.error() == 410 ? gone(request, web) : notFound(request, web);
            }
        } else if (web.error() != 0) {
            LOG.error("Model of {} sent status {} while rendering {}", templateId, web.error(), web.getOriginalURI());
            return serverError(FALLBACK_LANGUAGE);
        }
        Locale locale = web.getLocale() == null ? Locale.forLanguageTag(FALLBACK_LANGUAGE) : web.getLocale();
        Messages messages = bundles().forLanguage(locale.toLanguageTag());
        context.use(messages, new RelativeTime(zone, messages));
        String language = messages.locale().toLanguageTag();
        if (RenderingModel.SKIP_RENDERING.equals(actionResult)) {
            return new RenderedPage(status, "", context.newest(), language);
        }
        Map<String, Object> objects = shared(web, context, node, templateId, requestObjects);
        objects.put("content", node != null ? ContentMap.of(node) : content.apply(messages));
        objects.put("def", definition.asMap());
        objects.put("model", model);
        if (actionResult != null) {
            objects.put("actionResult", actionResult);
        }
        StringWriter out = new StringWriter(16 * 1024);
        try {
            engine.render(definition.getTemplateScript(), objects, out);
        } catch (TemplateProblem problem) {
            LOG.error("Template error in {} line {} while rendering {}: {}", problem.template(), problem.line(),
                    web.getOriginalURI(), problem.reason());
            return serverError(language);
        }
        return new RenderedPage(status, out.toString(), context.newest(), language, context.imageOrigins());
    }

    private RenderedPage serverError(String language) {
        return new RenderedPage(500, ErrorPages.serverError(siteName.get()), Instant.EPOCH, language);
    }

    /** The objects every script of the page sees: Magnolia's {@code ctx}, {@code state}, {@code cmsfn}, {@code i18n}, {@code cms}, and {@code mwfn}. */
    private Map<String, Object> shared(PageContext web, RenderContext context, Node node, String templateId,
                                       List<Object> requestObjects) {
        Map<String, Object> shared = new HashMap<>();
        String locale = context.messages().locale().toLanguageTag();
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("contextPath", web.getContextPath());
        ctx.put("requestURI", web.getOriginalURI());
        ctx.put("locale", locale);
        ctx.put("parameters", web.getParameters());
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("originalURI", web.getOriginalURI());
        state.put("currentURI", web.getCurrentURI());
        state.put("handle", handle(node, web));
        state.put("channel", "web");
        state.put("locale", locale);
        state.put("templateName", templateId);
        state.put("previewMode", web.isPreviewMode());
        shared.put("ctx", ctx);
        shared.put("state", state);
        shared.put("cmsfn", new TemplatingFunctions(stories, context));
        shared.put("mwfn", new MediaWireFunctions(stories, context, markers, path -> resources.url(MODULE, path)));
        shared.put("i18n", new I18nModel(context.messages()));
        shared.put("cms", new CmsDirectives(engine, registry, shared, models, requestObjects));
        return shared;
    }

    private static String handle(Node node, PageContext web) {
        try {
            return node == null ? web.getCurrentURI() : node.getPath();
        } catch (RepositoryException e) {
            return web.getCurrentURI();
        }
    }

    private static String url(PageRequest request, String uri) {
        try {
            return request.baseUrl() + new URI(null, null, uri, null).toASCIIString();
        } catch (URISyntaxException e) {
            return request.baseUrl() + uri;
        }
    }

    MessageBundles bundles() {
        MessageBundles current = bundles;
        if (current == null) {
            current = new MessageBundles(registry, MODULE, FALLBACK_LANGUAGE);
            bundles = current;
        }
        return current;
    }

    /** The messages a page in {@code language} was rendered with, for filling in its relative times. */
    Messages messages(String language) {
        return bundles().forLanguage(language);
    }
}
