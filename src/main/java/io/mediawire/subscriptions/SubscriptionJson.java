package io.mediawire.subscriptions;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The editors' API's JSON shapes: a subscription, a run, and the feeds' health. */
public final class SubscriptionJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SubscriptionJson() {
    }

    /** A subscription with its health now and, when given, its newest runs. */
    public static ObjectNode write(Subscription subscription, String sourceName, Health health, Duration quietThreshold,
                                   List<RunRecord> runs) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", subscription.id());
        node.put("source", subscription.sourceId());
        node.put("sourceName", sourceName);
        node.put("url", subscription.url());
        node.put("interval", subscription.interval().toString());
        node.put("publish", subscription.publish().value());
        node.put("filters", subscription.filters());
        node.put("enabled", subscription.enabled());
        node.put("quietAfter", subscription.quietAfter() == null ? null : subscription.quietAfter().toString());
        node.put("quietThreshold", quietThreshold.toString());
        SubscriptionState state = subscription.state();
        node.put("health", health.value());
        node.put("lastRun", text(state.lastRun()));
        node.put("nextRun", subscription.enabled() ? text(state.nextRun()) : null);
        node.put("consecutiveFailures", state.consecutiveFailures());
        node.put("lastError", state.lastError());
        node.put("lastNewItem", text(state.lastNewItem()));
        node.put("etag", state.etag());
        node.put("lastModified", state.lastModified());
        node.put("created", text(subscription.created()));
        node.put("createdBy", subscription.createdBy());
        if (runs != null) {
            ArrayNode log = node.putArray("runs");
            runs.forEach(run -> log.add(run(run)));
        }
        return node;
    }

    public static ObjectNode run(RunRecord run) {
        ObjectNode node = JSON.createObjectNode();
        node.put("started", text(run.started()));
        node.put("trigger", run.trigger());
        node.put("durationMs", run.durationMs());
        node.put("status", run.status());
        node.put("outcome", run.outcome());
        node.put("new", run.added());
        node.put("duplicate", run.duplicate());
        node.put("filtered", run.filtered());
        node.put("failed", run.failed());
        node.put("unchanged", run.unchanged());
        node.put("error", run.error());
        node.put("problem", run.problem() == null ? null : run.problem().code());
        node.put("explanation", run.explanation());
        return node;
    }

    /** {@code /.health/feeds}: counts, then each subscription's url, health, last and next run, last error. */
    public static ObjectNode health(FeedsHealth health) {
        ObjectNode node = JSON.createObjectNode();
        node.put("status", health.status());
        node.put("checked", text(health.checked()));
        ObjectNode counts = node.putObject("counts");
        for (Health h : Health.values()) {
            counts.put(h.value(), health.count(h));
        }
        counts.put("paused", health.paused());
        ArrayNode list = node.putArray("subscriptions");
        for (FeedsHealth.Entry entry : health.subscriptions()) {
            Subscription subscription = entry.subscription();
            ObjectNode item = list.addObject();
            item.put("id", subscription.id());
            item.put("source", subscription.sourceId());
            item.put("sourceName", entry.sourceName());
            item.put("url", subscription.url());
            item.put("enabled", subscription.enabled());
            item.put("health", entry.health().value());
            item.put("lastRun", text(subscription.state().lastRun()));
            item.put("nextRun", subscription.enabled() ? text(subscription.state().nextRun()) : null);
            item.put("lastError", subscription.state().lastError());
            item.put("consecutiveFailures", subscription.state().consecutiveFailures());
            item.put("lastNewItem", text(subscription.state().lastNewItem()));
            item.put("quietThreshold", entry.quietThreshold().toString());
        }
        return node;
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
