package io.mediawire.host.web;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/**
 * The public site: {@code /media-wire/*} (section and article pages) and
 * {@code /.resources/*} (light-module web resources), and the site's 404 page for every address
 * no feature serves (the default mapping {@code /}, which any other mapping wins over).
 * {@code /media-wire/feed.xml} belongs to the feed feature; its exact mapping wins over this prefix mapping.
 */
public final class SiteFeature implements WebFeature {

    @Override
    public void install(ServletContextHandler context, WebServices services) {
        context.addServlet(new ServletHolder("site", new SiteServlet(services.site(), services.answers())), "/media-wire/*");
        context.addServlet(new ServletHolder("webresources", new WebResourcesServlet(services.site().resources(),
                services.definitions().developmentMode(), services.answers())), "/.resources/*");
        context.addServlet(new ServletHolder("not-found", new NotFoundServlet(services.site())), "/");
    }
}
