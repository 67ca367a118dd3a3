package io.mediawire.host.web;

import io.mediawire.subscriptions.SubscriptionJson;
import io.mediawire.subscriptions.SubscriptionService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * {@code /.health/feeds}, for editors: every subscription's url, health, last and next run and last
 * error, with counts. Always 200 when answered: a failing feed is news for the desk, not a reason to
 * take the host out of a load balancer ({@code /.health} stays about the repository).
 */
final class FeedsHealthServlet extends EditorApiServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/.health/feeds";

    private final transient SubscriptionService subscriptions;

    FeedsHealthServlet(SubscriptionService subscriptions, EditorAuthentication authentication) {
        super(authentication, "see the feeds' health");
        this.subscriptions = subscriptions;
    }

    @Override
    void handle(String method, List<String> path, HttpServletRequest request, HttpServletResponse response, String user)
            throws IOException {
        if (!JsonApi.readsOnly(method, response)) {
            return;
        }
        JsonApi.write(response, 200, SubscriptionJson.health(subscriptions.health()));
    }
}
