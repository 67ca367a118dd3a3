package io.mediawire.sources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** The editors' API's JSON shape of a source. */
public final class SourceJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SourceJson() {
    }

    public static ObjectNode write(Source source) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", source.id());
        node.put("nodeName", source.nodeName());
        node.put("name", source.name());
        var hosts = node.putArray("hosts");
        source.hosts().forEach(hosts::add);
        node.put("homepage", source.homepage());
        node.put("usageTerms", source.usageTerms());
        node.put("attribution", source.attribution());
        node.put("headlinePolicy", source.headlinePolicy().value());
        node.put("copyImages", source.copyImages());
        node.put("linkImages", source.linkImages());
        node.put("autoAcceptUpdates", source.autoAcceptUpdates());
        node.put("unpublishOnWithdrawal", source.unpublishOnWithdrawal());
        node.put("created", text(source.created()));
        node.put("createdBy", source.createdBy());
        node.put("lastModified", text(source.lastModified()));
        node.put("lastModifiedBy", source.lastModifiedBy());
        return node;
    }

    /** A field of a source read back (the command line's --server mode). */
    public static String text(JsonNode source, String field) {
        JsonNode value = source.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
