package io.mediawire.host.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mediawire.host.Host;
import io.mediawire.sources.Source;
import io.mediawire.sources.SourceFields;
import io.mediawire.sources.SourceJson;
import io.mediawire.subscriptions.Subscription;
import io.mediawire.subscriptions.SubscriptionFields;
import io.mediawire.subscriptions.SubscriptionJson;
import io.mediawire.subscriptions.SubscriptionService;
import java.util.Map;

/**
 * Sources and subscriptions in a repository this process opened (no host running on it): changes are
 * saved there, and {@code run} polls the feed here and now. Nothing polls on its own in this process.
 */
final class LocalWire implements WireClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Host host;
    private final String user;

    LocalWire(Host host, String user) {
        this.host = host;
        this.user = user;
    }

    private SubscriptionService subscriptions() {
        return host.services().subscriptions();
    }

    @Override
    public JsonNode addSource(Map<String, Object> fields) {
        return SourceJson.write(host.services().sources().create(SourceFields.of(fields), user));
    }

    @Override
    public JsonNode sources() {
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode results = answer.putArray("results");
        for (Source source : host.services().sources().list()) {
            results.add(SourceJson.write(source));
        }
        return answer;
    }

    @Override
    public JsonNode addSubscription(Map<String, Object> fields) {
        return json(subscriptions().create(SubscriptionFields.of(fields), user));
    }

    @Override
    public JsonNode subscriptions(String source) {
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode results = answer.putArray("results");
        for (Subscription subscription : source == null ? subscriptions().list() : subscriptions().ofSource(source)) {
            results.add(json(subscription));
        }
        return answer;
    }

    @Override
    public JsonNode pause(String subscription) {
        return json(subscriptions().pause(subscription));
    }

    @Override
    public JsonNode resume(String subscription) {
        return json(subscriptions().resume(subscription));
    }

    @Override
    public JsonNode run(String subscription) {
        ObjectNode answer = JSON.createObjectNode();
        answer.set("run", SubscriptionJson.run(subscriptions().runNow(subscription)));
        answer.set("subscription", json(subscriptions().get(subscription)));
        return answer;
    }

    private JsonNode json(Subscription subscription) {
        SubscriptionService service = subscriptions();
        return SubscriptionJson.write(subscription, service.sourceName(subscription), service.health(subscription),
                service.quietThreshold(subscription), null);
    }

    @Override
    public void close() {
        host.close();
    }
}
