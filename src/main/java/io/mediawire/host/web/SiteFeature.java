package io.mediawire.host.web;

import io.mediawire.host.HostServices;
import io.mediawire.host.rendering.PublicSite;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/**
 * The public site: {@code /media-wire/*} (section and article pages) and
 * {@code /.resources/*} (light-module web resources). {@code /media-wire/feed.xml} belongs to the
 * feed feature; its exact mapping wins over this prefix mapping.
 */
public final class SiteFeature implements WebFeature {

    @Override
    public void install(ServletContextHandler context, HostServices services) {
        PublicSite site = new PublicSite(services.stories(), services.definitions(), services.settings());
        // The authoring UI previews stories through the very same renderer.
        context.getServletContext().setAttribute(PublicSite.class.getName(), site);
        context.addServlet(new ServletHolder("site", new SiteServlet(site)), "/media-wire/*");
        context.addServlet(new ServletHolder("webresources", new WebResourcesServlet(site.resources(),
                services.definitions().developmentMode())), "/.resources/*");
    }
}
