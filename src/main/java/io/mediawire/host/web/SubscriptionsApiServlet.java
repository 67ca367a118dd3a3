package io.mediawire.host.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mediawire.subscriptions.RunRecord;
import io.mediawire.subscriptions.Subscription;
import io.mediawire.subscriptions.SubscriptionFields;
import io.mediawire.subscriptions.SubscriptionJson;
import io.mediawire.subscriptions.SubscriptionService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code /.rest/mediawire/v1/subscriptions}: GET lists them ({@code ?source=<id>} for one source's),
 * POST adds one (201; its first poll runs at once). {@code /subscriptions/<id>}: GET (with its newest
 * runs, {@code ?runs=n}, at most 100), PUT, DELETE; POST {@code /<id>/run} polls it now and answers
 * the run, POST {@code /<id>/pause} and {@code /<id>/resume} stop and restart its polling.
 */
final class SubscriptionsApiServlet extends EditorApiServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/.rest/mediawire/v1/subscriptions";
    static final int DEFAULT_RUNS = 20;

    private final transient SubscriptionService subscriptions;

    SubscriptionsApiServlet(SubscriptionService subscriptions, EditorAuthentication authentication) {
        super(authentication, "manage subscriptions");
        this.subscriptions = subscriptions;
    }

    @Override
    void handle(String method, List<String> path, HttpServletRequest request, HttpServletResponse response, String user)
            throws IOException {
        if (path.isEmpty()) {
            switch (method) {
                case "GET" -> list(request, response);
                case "POST" -> create(request, response, user);
                default -> JsonApi.notAllowed(response, method, "GET, POST");
            }
            return;
        }
        String id = path.get(0);
        if (path.size() == 2) {
            action(method, id, path.get(1), response);
            return;
        }
        if (path.size() > 2) {
            JsonApi.error(response, 404, "notFound", "no such resource");
            return;
        }
        switch (method) {
            case "GET" -> JsonApi.write(response, 200, json(subscriptions.get(id), runs(request)));
            case "PUT" -> {
                Map<String, Object> fields = fields(request, response, "the subscription's fields");
                if (fields != null) {
                    Subscription updated = subscriptions.update(id, SubscriptionFields.of(fields), user);
                    JsonApi.write(response, 200, json(updated, DEFAULT_RUNS));
                }
            }
            case "DELETE" -> {
                subscriptions.delete(id, user);
                response.setStatus(204);
            }
            default -> JsonApi.notAllowed(response, method, "GET, PUT, DELETE");
        }
    }

    private void action(String method, String id, String action, HttpServletResponse response) throws IOException {
        if (!List.of("run", "pause", "resume").contains(action)) {
            JsonApi.error(response, 404, "notFound", "no such resource: " + action + " (run, pause, resume)");
            return;
        }
        if (!"POST".equals(method)) {
            JsonApi.notAllowed(response, method, "POST");
            return;
        }
        switch (action) {
            case "run" -> {
                RunRecord run = subscriptions.runNow(id);
                ObjectNode answer = JsonApi.JSON.createObjectNode();
                answer.set("run", SubscriptionJson.run(run));
                answer.set("subscription", json(subscriptions.get(id), 0));
                JsonApi.write(response, 200, answer);
            }
            case "pause" -> JsonApi.write(response, 200, json(subscriptions.pause(id), 0));
            default -> JsonApi.write(response, 200, json(subscriptions.resume(id), 0));
        }
    }

    private void list(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String source = request.getParameter("source");
        ObjectNode answer = JsonApi.JSON.createObjectNode();
        ArrayNode results = answer.putArray("results");
        for (Subscription subscription : source == null ? subscriptions.list() : subscriptions.ofSource(source)) {
            results.add(json(subscription, 0));
        }
        JsonApi.write(response, 200, answer);
    }

    private void create(HttpServletRequest request, HttpServletResponse response, String user) throws IOException {
        Map<String, Object> fields = fields(request, response,
                "the subscription: {\"source\": ..., \"url\": ..., \"interval\": \"PT5M\"}");
        if (fields == null) {
            return;
        }
        Subscription created = subscriptions.create(SubscriptionFields.of(fields), user);
        response.setHeader("Location", PATH + "/" + created.id());
        JsonApi.write(response, 201, json(created, 0));
    }

    private ObjectNode json(Subscription subscription, int runs) {
        return SubscriptionJson.write(subscription, subscriptions.sourceName(subscription),
                subscriptions.health(subscription), subscriptions.quietThreshold(subscription),
                runs > 0 ? subscriptions.runs(subscription.id(), runs) : null);
    }

    private static int runs(HttpServletRequest request) {
        String text = request.getParameter("runs");
        try {
            return text == null ? DEFAULT_RUNS : Math.max(0, Math.min(100, Integer.parseInt(text)));
        } catch (NumberFormatException e) {
            return DEFAULT_RUNS;
        }
    }
}
