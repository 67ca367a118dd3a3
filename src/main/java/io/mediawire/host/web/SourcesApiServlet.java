package io.mediawire.host.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mediawire.sources.Source;
import io.mediawire.sources.SourceFields;
import io.mediawire.sources.SourceJson;
import io.mediawire.sources.SourceStore;
import io.mediawire.subscriptions.Subscription;
import io.mediawire.subscriptions.SubscriptionService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code /.rest/mediawire/v1/sources}: GET lists the sources, POST adds one (201, with its id);
 * {@code /sources/<id>}: GET (with its subscriptions), PUT (the fields sent change), DELETE (its
 * subscriptions and their logs go with it). An id may also be the source's node name.
 */
final class SourcesApiServlet extends EditorApiServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/.rest/mediawire/v1/sources";

    private final transient SourceStore sources;
    private final transient SubscriptionService subscriptions;

    SourcesApiServlet(SourceStore sources, SubscriptionService subscriptions, EditorAuthentication authentication) {
        super(authentication, "manage sources");
        this.sources = sources;
        this.subscriptions = subscriptions;
    }

    @Override
    void handle(String method, List<String> path, HttpServletRequest request, HttpServletResponse response, String user)
            throws IOException {
        if (path.isEmpty()) {
            switch (method) {
                case "GET" -> list(response);
                case "POST" -> create(request, response, user);
                default -> JsonApi.notAllowed(response, method, "GET, POST");
            }
            return;
        }
        if (path.size() > 1) {
            JsonApi.error(response, 404, "notFound", "no such resource");
            return;
        }
        String id = path.get(0);
        switch (method) {
            case "GET" -> JsonApi.write(response, 200, withSubscriptions(sources.get(id)));
            case "PUT" -> {
                Map<String, Object> fields = fields(request, response, "the source's fields");
                if (fields != null) {
                    JsonApi.write(response, 200, withSubscriptions(sources.update(id, SourceFields.of(fields), user)));
                }
            }
            case "DELETE" -> {
                sources.delete(id, user);
                response.setStatus(204);
            }
            default -> JsonApi.notAllowed(response, method, "GET, PUT, DELETE");
        }
    }

    private void list(HttpServletResponse response) throws IOException {
        ObjectNode answer = JsonApi.JSON.createObjectNode();
        ArrayNode results = answer.putArray("results");
        for (Source source : sources.list()) {
            results.add(withSubscriptions(source));
        }
        JsonApi.write(response, 200, answer);
    }

    private void create(HttpServletRequest request, HttpServletResponse response, String user) throws IOException {
        Map<String, Object> fields = fields(request, response, "the source: {\"name\": ..., \"hosts\": [...]}");
        if (fields == null) {
            return;
        }
        Source created = sources.create(SourceFields.of(fields), user);
        response.setHeader("Location", PATH + "/" + created.id());
        JsonApi.write(response, 201, withSubscriptions(created));
    }

    private ObjectNode withSubscriptions(Source source) {
        ObjectNode json = SourceJson.write(source);
        ArrayNode list = json.putArray("subscriptions");
        for (Subscription subscription : subscriptions.ofSource(source.id())) {
            list.addObject().put("id", subscription.id()).put("url", subscription.url())
                    .put("enabled", subscription.enabled()).put("health", subscriptions.health(subscription).value());
        }
        return json;
    }
}
