package io.mediawire.host.web;

import io.mediawire.host.delivery.DeliveryEndpoint;
import io.mediawire.host.delivery.NodeJson;
import io.mediawire.host.delivery.StoryImagesJson;
import io.mediawire.images.StoryImages;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/**
 * The public, read-only delivery side: the delivery API under {@code /.rest/delivery/*}, its
 * OpenAPI description at {@code /.rest/openapi/mediawire-delivery.yaml} and the RSS feed at the
 * exact path {@code /media-wire/feed.xml} (an exact mapping, so it wins over the pages' {@code /media-wire/*}).
 */
public final class DeliveryFeature implements WebFeature {
    public static final String OPENAPI_RESOURCE = "/openapi/mediawire-delivery.yaml";

    @Override
    public void install(ServletContextHandler context, WebServices services) {
        NodeJson.Extras images = services.components().getComponent(StoryImages.class)
                .<NodeJson.Extras>map(i -> new StoryImagesJson(services.stories(), i)).orElse(NodeJson.Extras.NONE);
        DeliveryEndpoint endpoint = new DeliveryEndpoint(services.definitions(), services.sessions(), services.stories(),
                services.settings().zone(), images);
        context.addServlet(new ServletHolder("delivery", new DeliveryServlet(endpoint, services.answers())), "/.rest/delivery/*");
        context.addServlet(new ServletHolder("delivery-openapi", new OpenApiServlet()), "/.rest/openapi/mediawire-delivery.yaml");
        context.addServlet(new ServletHolder("feed", new FeedServlet(services.stories(), services.answers())), "/media-wire/feed.xml");
    }

    /** Serves the OpenAPI document kept in the repository's resources. */
    static final class OpenApiServlet extends ReadOnlyServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected Reply reply(HttpServletRequest request) throws IOException {
            try (InputStream in = DeliveryFeature.class.getResourceAsStream(OPENAPI_RESOURCE)) {
                if (in == null) {
                    return Reply.text(404, "Not found\n");
                }
                return Reply.of(200, "application/yaml;charset=utf-8", in.readAllBytes())
                        .header("Cache-Control", "public, max-age=300")
                        .header("Access-Control-Allow-Origin", "*")
                        .compressible();
            }
        }
    }
}
