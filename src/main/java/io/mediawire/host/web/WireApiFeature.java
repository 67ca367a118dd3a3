package io.mediawire.host.web;

import io.mediawire.sources.SourceStore;
import io.mediawire.subscriptions.SubscriptionService;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/**
 * The editors' APIs of the wire flow: {@code /.rest/mediawire/v1/sources}, {@code /subscriptions},
 * {@code /stories} and {@code /.health/feeds}, authenticated as the import API is.
 */
public final class WireApiFeature implements WebFeature {

    @Override
    public void install(ServletContextHandler context, WebServices services) {
        SourceStore sources = services.components().getComponent(SourceStore.class).orElse(null);
        SubscriptionService subscriptions = services.components().getComponent(SubscriptionService.class).orElse(null);
        if (sources == null || subscriptions == null) {
            return; // no module offers sources: nothing to serve
        }
        EditorAuthentication editors = EditorAuthentication.of(services.authenticator());
        map(context, new ServletHolder("sources-api", new SourcesApiServlet(sources, subscriptions, editors)),
                SourcesApiServlet.PATH);
        map(context, new ServletHolder("subscriptions-api", new SubscriptionsApiServlet(subscriptions, editors)),
                SubscriptionsApiServlet.PATH);
        map(context, new ServletHolder("stories-api", new StoriesApiServlet(services.stories(), editors)),
                StoriesApiServlet.PATH);
        context.getServletHandler().addServletWithMapping(new ServletHolder("feeds-health",
                new FeedsHealthServlet(subscriptions, editors)), FeedsHealthServlet.PATH);
    }

    private static void map(ServletContextHandler context, ServletHolder servlet, String path) {
        context.getServletHandler().addServletWithMapping(servlet, path);
        context.getServletHandler().addServletWithMapping(servlet, path + "/*");
    }
}
