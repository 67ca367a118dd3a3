package io.mediawire.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The import API's JSON shape of a job, and its reading back (the command line's --server mode). */
public final class ImportJobJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ImportJobJson() {
    }

    public static ObjectNode write(ImportJob job) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", job.id());
        node.put("state", job.state().name().toLowerCase(Locale.ROOT));
        node.put("user", job.user());
        node.put("publish", job.publish());
        ArrayNode sources = node.putArray("sources");
        job.sources().forEach(sources::add);
        node.put("created", job.created().toString());
        node.put("finished", job.finishedAt() == null ? null : job.finishedAt().toString());
        List<ItemResult> results = job.results();
        node.put("total", job.total());
        node.put("done", results.size());
        node.put("imported", job.count(ItemResult.Outcome.IMPORTED));
        node.put("duplicate", job.count(ItemResult.Outcome.DUPLICATE));
        node.put("failed", job.count(ItemResult.Outcome.FAILED));
        node.put("withWarnings", job.countWithWarnings());
        ArrayNode items = node.putArray("results");
        for (ItemResult result : results) {
            ObjectNode item = items.addObject();
            item.put("input", result.input());
            item.put("outcome", result.outcome().name().toLowerCase(Locale.ROOT));
            item.put("headline", result.headline());
            item.put("path", result.path());
            item.put("id", result.storyId());
            item.put("reason", result.reason());
            item.put("message", result.describe());
            ArrayNode warnings = item.putArray("warnings");
            result.warnings().forEach(warnings::add);
        }
        return node;
    }

    public static List<ItemResult> results(JsonNode job) {
        List<ItemResult> results = new ArrayList<>();
        for (JsonNode item : job.path("results")) {
            results.add(new ItemResult(item.path("input").asText(),
                    ItemResult.Outcome.valueOf(item.path("outcome").asText().toUpperCase(Locale.ROOT)),
                    text(item, "headline"), text(item, "path"), text(item, "id"), text(item, "reason"),
                    texts(item.path("warnings"))));
        }
        return results;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(value -> texts.add(value.asText()));
        return texts;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
