package io.mediawire.host.rendering;

import io.mediawire.templating.RelativeTime;
import io.mediawire.templating.TimeMarkers;
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
 * computed from those bytes. Pages come from the {@link PageCache} with relative times as markers,
 * which are filled in from the settings clock on every request.
 */
public final class PublicSite {
    /**
     * The pages' Content-Security-Policy: no script at all (JSON-LD is data), and pictures from the site only, so a
     * reader's browser never asks another server for one (see {@link #contentSecurityPolicy}).
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self'; "
            + "script-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    private static final int MAX_CACHED_PAGES = 2_000;

    private final DefinitionRegistry registry;
    private final PageRenderer renderer;
    private final PageCache cache;
    private final TimeMarkers markers = new TimeMarkers();
    private final WebResources resources;
    private final Clock clock;
    private final ModuleSettings settings;
    private final Supplier<String> imageCdn;

    /**
     * @param sessions   the repository, for the website workspace's pages
     * @param components the modules' services and instances, for the templates' models
     */
    public PublicSite(StoryStore stories, DefinitionRegistry registry, ModuleSettings settings, SessionFactory sessions,
                      ComponentProvider components) {
        this.registry = registry;
        this.settings = settings;
        this.clock = settings.clock();
        this.resources = new WebResources(registry);
        Supplier<String> siteName = () -> components.getComponent(MediaWireModule.class).map(MediaWireModule::getSiteName)
                .orElse("Media Wire");
        this.imageCdn = () -> components.getComponent(MediaWireModule.class).map(MediaWireModule::getImageCdn).orElse("");
        this.renderer = new PageRenderer(stories, registry, new TemplateEngine(registry), markers, resources, settings.zone(),
                sessions, new ModelFactory(components, PublicSite.class.getClassLoader()), siteName);
        this.cache = new PageCache(clock, MAX_CACHED_PAGES, !registry.developmentMode());
        stories.addListener(cache);
        registry.onReload(() -> cache.invalidateAll("light modules reloaded"));
    }

    /**
     * A page ready to send.
     *
     * @param lastModified when the bytes last changed, to the second: the newest shown story change,
     *                     site-wide change or relative-time tick
     * @param etag         a strong validator of the final bytes, quoted
     */
    public record ServedPage(int status, byte[] body, String etag, Instant lastModified, String contentSecurityPolicy) {
        public ServedPage(int status, byte[] body, String etag, Instant lastModified) {
            this(status, body, etag, lastModified, CONTENT_SECURITY_POLICY);
        }
    }

    public ServedPage serve(PageRequest request) {
        registry.refreshIfChanged();
        return finish(cache.get(request.cacheKey(), () -> renderer.render(request)));
    }

    /**
     * The site's own 404 page, for an address outside the site that nothing else serves. It does
     * not depend on the address, so it is cached once per base URL, not once per address asked for.
     */
    public ServedPage notFound(String baseUrl) {
        registry.refreshIfChanged();
        PageRequest request = new PageRequest("/", null, baseUrl);
        return finish(cache.get(baseUrl + "|not-found", () -> renderer.notFound(request, "/")));
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
        Instant lastModified = latest(page.lastModified(), cache.changedAt(), filled.lastChange());
        if (lastModified.isAfter(now)) {
            lastModified = now;
        }
        String etag = "\"" + WebResources.sha(body).substring(0, 32) + "\"";
        return new ServedPage(page.status(), body, etag, lastModified.truncatedTo(ChronoUnit.SECONDS),
                contentSecurityPolicy(page.imageOrigins()));
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

    public PageCache cache() {
        return cache;
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
