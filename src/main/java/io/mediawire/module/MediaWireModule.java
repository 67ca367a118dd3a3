package io.mediawire.module;

import io.mediawire.images.AssetStore;
import io.mediawire.images.ImageCopier;
import io.mediawire.images.ImageLimits;
import io.mediawire.images.SourceImagePolicy;
import io.mediawire.images.StoryImages;
import io.mediawire.importing.ImportJobStore;
import io.mediawire.importing.ImportService;
import io.mediawire.importing.ImportSettings;
import io.mediawire.importing.fetch.SafeFetcher;
import io.mediawire.magnolia.ImagingSupport;
import io.mediawire.magnolia.ModuleLifecycle;
import io.mediawire.magnolia.ModuleLifecycleContext;
import io.mediawire.revisions.PageRechecks;
import io.mediawire.revisions.RecheckScheduler;
import io.mediawire.revisions.RevisionService;
import io.mediawire.revisions.WireVersions;
import io.mediawire.revisions.SourcePolicy;
import io.mediawire.sources.Source;
import io.mediawire.sources.SourceDirectory;
import io.mediawire.sources.SourceStore;
import io.mediawire.sources.StoryLinker;
import io.mediawire.sources.WorkspaceAccess;
import io.mediawire.story.Story;
import io.mediawire.story.StoryStore;
import java.time.Duration;
import io.mediawire.subscriptions.SubscriptionService;
import io.mediawire.subscriptions.SubscriptionSettings;
import io.mediawire.subscriptions.SubscriptionStore;
import java.util.function.Function;

/**
 * The module's {@code <class>}: offers the story store and the import service to whatever hosts it.
 * Its configuration is Java bean properties, as Magnolia's module configuration is: the module
 * manager fills them from the module's {@code config.yaml} (or {@code /modules/media-wire/config})
 * before {@link #start}. Templates read them through their models ({@code model.site}).
 */
public final class MediaWireModule implements ModuleLifecycle {
    private volatile String siteName = "Media Wire";
    private volatile String sectionTitle = "Media Wire";
    private volatile String language = "en";
    private volatile String disclaimerKey = "mw.disclaimer";
    private volatile String siteUrl = "";
    private volatile int pageSize = 10;
    private volatile boolean chromeFollowsStory = true;
    private volatile String imageCdn = "";
    private volatile SourceImagePolicy imagePolicy = SourceImagePolicy.COPY_ALL;
    private ImportService imports;
    private SubscriptionService subscriptions;
    private SafeFetcher recheckFetcher;
    private RecheckScheduler recheckScheduler;

    @Override
    public void start(ModuleLifecycleContext context) {
        StoryStore store = new StoryStore(context.sessions(), context.settings().zone(), context.settings().clock());
        // Pictures are copied into the dam workspace at import, with the importer's own fetcher.
        AssetStore assets = new AssetStore(context.sessions(), context.settings().clock());
        SourceImagePolicy policy = sourceUrl -> imagePolicy.handlingFor(sourceUrl);
        imports = new ImportService(store, ImportSettings.policy(context.settings()), context.settings().clock(),
                fetcher -> new ImageCopier(fetcher, assets, ImageLimits.DEFAULTS, policy), importJobs(context));
        ImagingSupport imaging = context.lookup(ImagingSupport.class).orElse(ImagingSupport.NONE);
        context.provide(StoryStore.class, store);
        context.provide(ImportService.class, imports);
        context.provide(AssetStore.class, assets);
        context.provide(StoryImages.class, new StoryImages(assets, () -> imaging, () -> policy, () -> imageCdn));
        RevisionService revisions = new RevisionService(store);
        context.provide(RevisionService.class, revisions);
        SourceDirectory directory = startSources(context, store,
                fetcher -> new ImageCopier(fetcher, assets, ImageLimits.DEFAULTS, policy));
        startRevisions(context, store, revisions, directory);
    }

    /**
     * Changes at the source: subscriptions offer their changed items as revisions; stories imported from their
     * own page are read again on a decaying schedule (Quartz, unless this host does not poll), through a
     * fetcher with the import's address rules that never sleeps through a Retry-After.
     */
    private void startRevisions(ModuleLifecycleContext context, StoryStore store, RevisionService revisions,
                                SourceDirectory directory) {
        revisions.usePolicy(new SourcePolicy() {
            @Override
            public boolean acceptsUpdatesAutomatically(Story story) {
                return directory.forStory(story).map(Source::autoAcceptUpdates).orElse(false);
            }

            @Override
            public boolean unpublishesOnWithdrawal(Story story) {
                return directory.forStory(story).map(Source::unpublishOnWithdrawal).orElse(false);
            }
        });
        subscriptions.useRevisions(revisions);
        imports.wire().useRevisions(new WireVersions(revisions));
        recheckFetcher = new SafeFetcher(ImportSettings.policy(context.settings()).withMaxRetryAfterWait(Duration.ZERO));
        PageRechecks rechecks = new PageRechecks(store, revisions, recheckFetcher, context.settings().clock());
        imports.watchImportedPages(rechecks::watch);
        context.provide(PageRechecks.class, rechecks);
        if (SubscriptionSettings.of(context.settings()).poll()) {
            recheckScheduler = new RecheckScheduler(rechecks);
        }
    }

    private static ImportJobStore importJobs(ModuleLifecycleContext context) {
        try {
            return new ImportJobStore(context.sessions());
        } catch (javax.jcr.RepositoryException e) {
            throw new IllegalStateException("the import jobs' workspace could not be opened: " + e.getMessage(), e);
        }
    }

    /**
     * Sources name and license the stories of their hosts (the store asks the directory, and so does the
     * image policy); their subscriptions are polled from here on, copying pictures as one-off imports do.
     */
    private SourceDirectory startSources(ModuleLifecycleContext context, StoryStore stories,
                                         Function<SafeFetcher, ImageCopier> images) {
        WorkspaceAccess workspace = new WorkspaceAccess(context.sessions());
        SourceStore sources = new SourceStore(workspace, context.settings().clock());
        SourceDirectory directory = new SourceDirectory(sources);
        directory.reload();
        sources.addListener(directory);
        sources.addListener(new StoryLinker(stories));
        stories.useSourceRules(directory);
        useImagePolicy(directory);
        subscriptions = new SubscriptionService(new SubscriptionStore(workspace), sources, stories,
                context.settings().clock(), SubscriptionSettings.of(context.settings()), images);
        subscriptions.start();
        context.provide(SourceStore.class, sources);
        context.provide(SourceDirectory.class, directory);
        context.provide(SubscriptionService.class, subscriptions);
        return directory;
    }

    /**
     * Decides, per source, whether a story's pictures are copied, linked or left out; {@link #start} installs
     * the sources' own settings ({@link SourceDirectory}), and a story of no known source has its pictures copied.
     */
    public void useImagePolicy(SourceImagePolicy policy) {
        this.imagePolicy = policy == null ? SourceImagePolicy.COPY_ALL : policy;
    }

    @Override
    public void stop(ModuleLifecycleContext context) {
        if (recheckScheduler != null) {
            recheckScheduler.close();
        }
        if (recheckFetcher != null) {
            recheckFetcher.close();
        }
        if (subscriptions != null) {
            subscriptions.close();
        }
        if (imports != null) {
            imports.close();
        }
    }

    /** The site settings as they are now. */
    public SiteSettings getSite() {
        return new SiteSettings(siteName, sectionTitle, language, disclaimerKey, siteUrl, pageSize, chromeFollowsStory);
    }

    public String getSiteName() {
        return siteName;
    }

    /** Shown in the header and the disclaimer. */
    public void setSiteName(String siteName) {
        this.siteName = required("siteName", siteName);
    }

    public String getSectionTitle() {
        return sectionTitle;
    }

    /** The section's label, above every headline. */
    public void setSectionTitle(String sectionTitle) {
        this.sectionTitle = required("sectionTitle", sectionTitle);
    }

    public String getLanguage() {
        return language;
    }

    /** The site's own language (a tag such as {@code en} or {@code fa}): labels and dates use it. */
    public void setLanguage(String language) {
        this.language = required("language", language);
    }

    public String getDisclaimerKey() {
        return disclaimerKey;
    }

    /** Message key of the disclaimer under each story; {0} is the site name. */
    public void setDisclaimerKey(String disclaimerKey) {
        this.disclaimerKey = required("disclaimerKey", disclaimerKey);
    }

    public String getSiteUrl() {
        return siteUrl;
    }

    /** Public base URL for absolute links (og:url, JSON-LD), e.g. https://news.example; empty: from the request. */
    public void setSiteUrl(String siteUrl) {
        String url = siteUrl == null ? "" : siteUrl.strip();
        this.siteUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public int getPageSize() {
        return pageSize;
    }

    /** Stories per section page, 1 to 100. */
    public void setPageSize(int pageSize) {
        if (pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException("pageSize must be 1..100, got " + pageSize);
        }
        this.pageSize = pageSize;
    }

    public boolean isChromeFollowsStory() {
        return chromeFollowsStory;
    }

    /** Labels in the story's language when the site has messages in it (a Persian story on an English site). */
    public void setChromeFollowsStory(boolean chromeFollowsStory) {
        this.chromeFollowsStory = chromeFollowsStory;
    }

    public String getImageCdn() {
        return imageCdn;
    }

    /**
     * An origin ({@code https://cdn.example}) that serves this site's {@code /dam/} and {@code /.imaging/} paths
     * in front of it; pages then load copied pictures from there, and their Content-Security-Policy allows it
     * besides the site itself. Empty: pictures come from the site.
     */
    public void setImageCdn(String imageCdn) {
        String origin = imageCdn == null ? "" : imageCdn.strip();
        if (origin.endsWith("/")) {
            origin = origin.substring(0, origin.length() - 1);
        }
        if (!origin.isEmpty() && !origin.matches("https://[A-Za-z0-9.-]+(:\\d{1,5})?")) {
            throw new IllegalArgumentException("imageCdn must be an https origin such as https://cdn.example, got "
                    + imageCdn);
        }
        this.imageCdn = origin;
    }

    private static String required(String property, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(property + " must not be empty");
        }
        return value.strip();
    }
}
