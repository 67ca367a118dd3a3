package io.mediawire.host.rendering;

import io.mediawire.templating.RelativeTime;
import io.mediawire.templating.TimeMarkers;
import io.mediawire.host.cache.Dependency;
import io.mediawire.host.cache.Generations;
import io.mediawire.host.cache.StampedCache;
import io.mediawire.host.lightmodule.DefinitionRegistry;
import io.mediawire.host.modules.ComponentProvider;
import io.mediawire.magnolia.ModuleSettings;
import io.mediawire.magnolia.SessionFactory;
import io.mediawire.module.MediaWireModule;
import io.mediawire.story.Story;
import io.mediawire.story.StoryStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The public site as the web layer sees it: a request in, the final bytes out, with the validators
 * computed from those bytes and the time they stay right. Rendered pages are kept with relative
 * times as markers, filled in from the settings clock when a page is served; the filled page is
 * right until its first relative time changes, which {@link ServedPage} says, so the web layer can
 * keep the final bytes until then.
 */
public final class PublicSite {
    /**
     * The pages' Content-Security-Policy: no script at all (JSON-LD is data), and pictures from the site only, so a
     * reader's browser never asks another server for one (see {@link #contentSecurityPolicy}).
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self'; "
            + "script-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /** Rendered pages (markers left in) kept in memory: their characters, two bytes each. */
    static final long RENDERED_PAGES_MAX_BYTES = 32L * 1024 * 1024;

    private final DefinitionRegistry registry;
    private final PageRenderer renderer;
    private final StampedCache<RenderedPage> rendered;
    private final Generations generations;
    private final TimeMarkers markers = new TimeMarkers();
    private final WebResources resources;
    private final Clock clock;
    private final ModuleSettings settings;
    private final Supplier<String> imageCdn;

    /**
     * @param sessions    the repository, for the website workspace's pages
     * @param components  the modules' services and instances, for the templates' models
     * @param generations what drops kept pages: public story changes and light-module reloads
     */
    public PublicSite(StoryStore stories, DefinitionRegistry registry, ModuleSettings settings, SessionFactory sessions,
                      ComponentProvider components, Generations generations) {
        this.registry = registry;
        this.settings = settings;
        this.clock = settings.clock();
        this.resources = new WebResources(registry);
        Supplier<String> siteName = () -> components.getComponent(MediaWireModule.class).map(MediaWireModule::getSiteName)
                .orElse("Media Wire");
        this.imageCdn = () -> components.getComponent(MediaWireModule.class).map(MediaWireModule::getImageCdn).orElse("");
        this.renderer = new PageRenderer(stories, registry, new TemplateEngine(registry), markers, resources, settings.zone(),
                sessions, new ModelFactory(components, PublicSite.class.getClassLoader()), siteName);
        this.generations = generations;
        this.rendered = new StampedCache<>(generations, clock, RENDERED_PAGES_MAX_BYTES, page -> 2 * page.html().length(),
                !registry.developmentMode());
    }

    /**
     * A page ready to send.
     *
     * @param lastModified when the bytes last changed, to the second: the newest shown story change,
     *                     site-wide change or relative-time tick
     * @param etag         a strong validator of the final bytes, quoted
     * @param from         the bytes are right from this moment (inclusive) ...
     * @param until        ... to this one (exclusive), when a relative time on the page changes;
     *                     {@code Instant.MAX} when none will
     */
    public record ServedPage(int status, byte[] body, String etag, Instant lastModified, Instant from, Instant until,
                             String contentSecurityPolicy) {
    }

    /** Renders the page, or takes it from the rendered pages kept, and fills in its relative times. */
    public ServedPage serve(PageRequest request) {
        registry.refreshIfChanged();
        String key = request.cacheKey();
        RenderedPage page = rendered.get(key);
        if (page == null) {
            Generations.Ticket ticket = rendered.ticket();
            page = renderer.render(request);
            if (page.cacheable()) {
                // Every page shows public content at large: the article's recent posts, the section's list.
                rendered.put(key, page, ticket, Dependency.PUBLIC_CONTENT, Instant.MIN, Instant.MAX);
            }
        }
        return finish(page);
    }

    /**
     * The site's own 404 page, for an address outside the site that nothing else serves. It does
     * not depend on the address, so it is cached once per base URL, not once per address asked for.
     */
    public ServedPage notFound(String baseUrl) {
        registry.refreshIfChanged();
        PageRequest request = new PageRequest("/", null, baseUrl);
        String key = baseUrl + "|not-found";
        RenderedPage page = rendered.get(key);
        if (page == null) {
            Generations.Ticket ticket = rendered.ticket();
            page = renderer.notFound(request, "/");
            // Public content, to be safe: the site's 404 page may show what is new.
            rendered.put(key, page, ticket, Dependency.PUBLIC_CONTENT, Instant.MIN, Instant.MAX);
        }
        return finish(page);
    }

    /** A story's article page whatever its status, for editors; bypasses the cache. */
    public ServedPage preview(Story story, PageRequest request) {
        registry.refreshIfChanged();
        return finish(renderer.preview(story, request));
    }

    private ServedPage finish(RenderedPage page) {
        Instant now = clock.instant();
        Messages messages = renderer.messages(page.language());
        TimeMarkers.Filled filled = markers.fill(page.html(), new RelativeTime(settings.zone(), messages), now);
        byte[] body = filled.html().getBytes(StandardCharsets.UTF_8);
        Instant lastModified = latest(page.lastModified(), generations.changedAt(), filled.lastChange());
        if (lastModified.isAfter(now)) {
            lastModified = now;
        }
        String etag = "\"" + WebResources.sha(body).substring(0, 32) + "\"";
        Instant from = filled.lastChange().isAfter(now) ? now : filled.lastChange();
        return new ServedPage(page.status(), body, etag, lastModified.truncatedTo(ChronoUnit.SECONDS), from,
                filled.nextChange(), contentSecurityPolicy(page.imageOrigins()));
    }

    /**
     * {@link #CONTENT_SECURITY_POLICY} with the configured image CDN ({@code imageCdn}) and a page's linked picture
     * origins added to {@code img-src}.
     */
    String contentSecurityPolicy(Set<String> imageOrigins) {
        String cdn = imageCdn.get();
        if ((cdn == null || cdn.isEmpty()) && imageOrigins.isEmpty()) {
            return CONTENT_SECURITY_POLICY;
        }
        StringBuilder images = new StringBuilder("img-src 'self'");
        if (cdn != null && !cdn.isEmpty()) {
            images.append(' ').append(cdn);
        }
        imageOrigins.forEach(origin -> images.append(' ').append(origin));
        return CONTENT_SECURITY_POLICY.replace("img-src 'self'", images);
    }

    public WebResources resources() {
        return resources;
    }

    /** The rendered pages kept, relative times still as markers. */
    public StampedCache<RenderedPage> renderedPages() {
        return rendered;
    }

    public boolean developmentMode() {
        return registry.developmentMode();
    }

    private static Instant latest(Instant... instants) {
        Instant latest = Instant.EPOCH;
        for (Instant i : instants) {
            if (i != null && i.isAfter(latest)) {
                latest = i;
            }
        }
        return latest;
    }
}
