package io.mediawire.templating;

import io.mediawire.magnolia.RenderableDefinition;
import io.mediawire.magnolia.RenderingModel;
import io.mediawire.magnolia.RenderingModelImpl;
import io.mediawire.magnolia.WebContext;
import io.mediawire.module.MediaWireModule;
import io.mediawire.module.SiteSettings;
import java.util.Locale;
import javax.jcr.Node;

/**
 * The model of every public page: the site's settings from the module's configuration
 * ({@code model.site.name}, {@code model.site.sectionTitle}...), the base of absolute links, and the
 * page's language (the site's). Templates whose page needs nothing more name it as their
 * {@code modelClass}; the section and article models build on it.
 */
public class SiteModel extends RenderingModelImpl<RenderableDefinition> {
    protected final WebContext web;
    private final SiteSettings site;

    public SiteModel(Node content, RenderableDefinition definition, RenderingModel<?> parent, MediaWireModule module,
                     WebContext web) {
        super(content, definition, parent);
        this.web = web;
        this.site = module.getSite();
    }

    /** The settings for this page, read once so a page never mixes two versions of them. */
    public SiteSettings getSite() {
        return site;
    }

    /** Scheme, host and port of absolute links: the configured {@code siteUrl}, else the one the visitor used. */
    public String getBaseUrl() {
        if (!site.url().isEmpty()) {
            return site.url();
        }
        String url = web.getAggregationState().getOriginalURL();
        int authority = url.indexOf("://");
        int path = authority < 0 ? -1 : url.indexOf('/', authority + 3);
        return (path < 0 ? url : url.substring(0, path)) + web.getContextPath();
    }

    @Override
    public String execute() {
        setLocale(site.language());
        return super.execute();
    }

    protected void setLocale(String languageTag) {
        web.getAggregationState().setLocale(Locale.forLanguageTag(languageTag));
    }

    /** Answers 410 Gone with the site's not-found page: what was here was deleted and will not come back. */
    protected String gone() {
        web.sendError(410);
        return SKIP_RENDERING;
    }

    /** Answers 404 with the site's not-found page instead of this page. */
    protected String notFound() {
        web.sendError(404);
        return SKIP_RENDERING;
    }
}
