package io.mediawire.importing.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads IPTC ninjs items, versions 1.x, 2.x and 3.x, into {@link WireItem}s. The versions differ in shape, not
 * meaning: 1.x has one {@code headline} and {@code body_html}/{@code body_xhtml}/{@code body_text} (and
 * {@code headline_*}/{@code body_*} variants), 2.x lists {@code headlines} and {@code bodies} with roles, and
 * 3.x writes every key in camelCase ({@code versionCreated}, {@code pubStatus}, {@code contentType}). The
 * version comes from {@code $standard}/{@code standard} when the item names it, else from its shape; a ninjs
 * version this reader does not know is refused rather than half read. A document may be one item or an array
 * of items (a feed of them): each item stands alone, a bad one never stops the others.
 */
public final class NinjsReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Integer> KNOWN_MAJORS = Set.of(1, 2, 3);
    private static final Pattern CORRECTION = Pattern.compile("\\bcorrect(ion|ed|s|ing)?\\b", Pattern.CASE_INSENSITIVE);

    public List<WireEntry> read(byte[] json) throws WireFormatException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new WireFormatException("invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new WireFormatException("unreadable JSON: " + e.getMessage(), e);
        }
        if (root == null || !(root.isObject() || root.isArray())) {
            throw new WireFormatException("not a ninjs item: the JSON is neither an object nor an array of objects");
        }
        List<WireEntry> entries = new ArrayList<>();
        if (root.isArray()) {
            int position = 0;
            for (JsonNode item : root) {
                position++;
                entries.add(readOne(item, "item " + position));
            }
        } else {
            entries.add(readOne(root, "item"));
        }
        return entries;
    }

    private WireEntry readOne(JsonNode item, String place) {
        if (!item.isObject()) {
            return new WireEntry.Refused(place, "not a ninjs item: not a JSON object");
        }
        String uri = text(item, "uri");
        String label = uri != null ? uri : place;
        if (uri == null) {
            return new WireEntry.Refused(label, "not a ninjs item: it has no uri");
        }
        int major;
        try {
            major = version(item);
        } catch (WireFormatException e) {
            return new WireEntry.Refused(label, e.getMessage());
        }
        try {
            List<String> warnings = new ArrayList<>();
            return new WireEntry.Read(item(item, uri, major, warnings), warnings);
        } catch (RuntimeException e) {
            return new WireEntry.Refused(label, "unreadable ninjs item: " + e.getMessage());
        }
    }

    /** The major version: as the item's standard names it, else from the shape of its keys. */
    static int version(JsonNode item) throws WireFormatException {
        JsonNode standard = item.has("$standard") ? item.get("$standard") : item.get("standard");
        if (standard != null && standard.isObject() && standard.hasNonNull("version")) {
            String name = standard.path("name").asText("ninjs");
            String version = standard.get("version").asText().strip();
            int major;
            try {
                major = Integer.parseInt(version.split("\\.")[0]);
            } catch (NumberFormatException e) {
                throw new WireFormatException("unknown " + name + " version '" + version + "'");
            }
            if (!KNOWN_MAJORS.contains(major)) {
                throw new WireFormatException("unknown " + name + " version " + version + " (read: 1.x, 2.x, 3.x)");
            }
            return major;
        }
        for (String camel : List.of("versionCreated", "firstCreated", "pubStatus", "contentCreated", "copyrightNotice",
                "usageTerms", "infoSources", "edNote", "copyrightHolder", "rightsInfo")) {
            if (item.has(camel)) {
                return 3;
            }
        }
        if (item.has("headlines") || item.has("bodies") || item.has("descriptions") || item.has("subjects")) {
            return 2;
        }
        return 1;
    }

    private WireItem item(JsonNode item, String uri, int major, List<String> warnings) {
        URI base = WireAddress.base(uri);
        Image image = leadImage(item, base);
        String type = WireItem.typeOf(text(item, "type"));
        if (type == null && item.has("eventDetails")) {
            type = "event"; // an event announcement, whatever its version forgot to say
        }
        String edNote = text(item, "ednote", "edNote");
        return new WireItem(
                "ninjs " + major + ".x",
                uri,
                versionNumber(text(item, "version"), warnings),
                type,
                headline(item),
                body(item, base),
                text(item, "by", "byline"),
                located(item),
                WireDates.parse(text(item, "firstcreated", "firstCreated"), "firstcreated", warnings),
                WireDates.parse(text(item, "versioncreated", "versionCreated"), "versioncreated", warnings),
                text(item, "language"),
                tags(item),
                urgency(item, warnings),
                text(item, "pubstatus", "pubStatus"),
                WireDates.parse(text(item, "embargoed", "embargoedUntil"), "embargoed", warnings),
                WireDates.parse(text(item, "expires"), "expires", warnings),
                text(item, "copyrightholder", "copyrightHolder"),
                text(item, "copyrightnotice", "copyrightNotice"),
                text(item, "usageterms", "usageTerms"),
                rightsInfo(item),
                edNote,
                infoSource(item),
                image.href(),
                image.caption(),
                image.credit(),
                correction(item, edNote));
    }

    static long versionNumber(String version, List<String> warnings) {
        if (version == null) {
            return 0;
        }
        try {
            return Long.parseLong(version.strip());
        } catch (NumberFormatException e) {
            warnings.add("version dropped: '" + version + "' is not a number");
            return 0;
        }
    }

    /** 1.x: {@code headline}, else a {@code headline_*} (main first); 2.x and 3.x: {@code headlines}, role main first. */
    private static String headline(JsonNode item) {
        String single = text(item, "headline");
        if (single != null) {
            return single;
        }
        String variant = text(item, "headline_main");
        if (variant != null) {
            return variant;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = item.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().startsWith("headline_") && field.getValue().isTextual() && !field.getValue().asText().isBlank()) {
                return field.getValue().asText().strip();
            }
        }
        return byRole(item.path("headlines"), "main");
    }

    /**
     * The richest body: HTML or XHTML first, then NITF, then plain text. 1.x keys ({@code body_html},
     * {@code body_xhtml}, {@code body_richtext}, {@code body_text}, other {@code body_*}) or 2.x/3.x {@code bodies}.
     */
    private static String body(JsonNode item, URI base) {
        for (String key : List.of("body_html", "body_xhtml", "body_richtext")) {
            String value = text(item, key);
            if (value != null) {
                String body = WireBodies.of(value, "text/html", base);
                if (body != null) {
                    return body;
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = item.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().startsWith("body_") && field.getValue().isTextual()) {
                String body = WireBodies.of(field.getValue().asText(), field.getKey().equals("body_text") ? "text/plain" : null, base);
                if (body != null) {
                    return body;
                }
            }
        }
        JsonNode bodies = item.path("bodies");
        for (String wanted : List.of("html", "nitf", "")) {
            for (JsonNode body : bodies) {
                String type = text(body, "contenttype", "contentType");
                String kind = type == null ? "" : type.contains("html") ? "html" : type.contains("nitf") ? "nitf" : "other";
                if (wanted.isEmpty() || wanted.equals(kind)) {
                    String html = WireBodies.of(text(body, "value"), type, base);
                    if (html != null) {
                        return html;
                    }
                }
            }
        }
        return null;
    }

    /** {@code located} is a string in every version. */
    private static String located(JsonNode item) {
        return text(item, "located");
    }

    /** Subject names (1.x {@code subject}, 2.x+ {@code subjects}) and {@code keywords}, each once. */
    private static List<String> tags(JsonNode item) {
        Set<String> tags = new LinkedHashSet<>();
        for (String key : List.of("subject", "subjects")) {
            for (JsonNode subject : item.path(key)) {
                String name = subject.isTextual() ? subject.asText() : text(subject, "name");
                if (name != null && !name.isBlank()) {
                    tags.add(name.strip());
                }
            }
        }
        for (JsonNode keyword : item.path("keywords")) {
            if (keyword.isTextual() && !keyword.asText().isBlank()) {
                tags.add(keyword.asText().strip());
            }
        }
        return List.copyOf(tags);
    }

    private static Integer urgency(JsonNode item, List<String> warnings) {
        JsonNode urgency = item.get("urgency");
        if (urgency == null || urgency.isNull()) {
            return null;
        }
        int value = urgency.isNumber() ? urgency.asInt() : parseOr(urgency.asText(), -1);
        if (value < 1 || value > 9) {
            warnings.add("urgency dropped: '" + urgency.asText() + "' is not 1 to 9");
            return null;
        }
        return value;
    }

    private static int parseOr(String text, int fallback) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** 2.x+ {@code rightsinfo}: its linked rights address, else its encoded rights text. */
    private static String rightsInfo(JsonNode item) {
        JsonNode rights = item.has("rightsinfo") ? item.get("rightsinfo") : item.get("rightsInfo");
        if (rights == null) {
            return null;
        }
        if (rights.isTextual()) {
            return rights.asText().strip();
        }
        String linked = text(rights, "linkedrights", "linkedRights");
        return linked != null ? linked : text(rights, "encodedrights", "encodedRights");
    }

    /** The first information source with a name (1.x {@code infosource}, 2.x {@code infosources}, 3.x {@code infoSources}). */
    private static String infoSource(JsonNode item) {
        for (String key : List.of("infosources", "infoSources", "infosource")) {
            JsonNode sources = item.path(key);
            if (sources.isTextual() && !sources.asText().isBlank()) {
                return sources.asText().strip();
            }
            for (JsonNode source : sources.isObject() ? List.of(sources) : sources) {
                String name = text(source, "name");
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /** A correction signal ({@code signals} naming "correction"), or editors' note saying the item corrects one. */
    private static boolean correction(JsonNode item, String edNote) {
        for (JsonNode signal : item.path("signals")) {
            if (signal.toString().toLowerCase(java.util.Locale.ROOT).contains("correction")) {
                return true;
            }
        }
        return edNote != null && CORRECTION.matcher(edNote).find();
    }

    private record Image(String href, String caption, String credit) {
        static final Image NONE = new Image(null, null, null);
    }

    /**
     * A picture item's own best rendition, with its caption and credit; otherwise the first picture or graphic
     * among the associations (1.x: an object of them by name; 2.x+: an array) that has a rendition to show.
     */
    private static Image leadImage(JsonNode item, URI base) {
        String type = WireItem.typeOf(text(item, "type"));
        if ("picture".equals(type) || "graphic".equals(type)) {
            String href = bestRendition(item.path("renditions"), base);
            if (href != null) {
                return new Image(href, caption(item), credit(item));
            }
        }
        JsonNode associations = item.path("associations");
        Iterator<JsonNode> all = associations.isObject() ? associations.elements() : associations.iterator();
        while (all.hasNext()) {
            JsonNode association = all.next();
            String kind = WireItem.typeOf(text(association, "type"));
            if (kind == null || kind.equals("picture") || kind.equals("graphic")) {
                String href = bestRendition(association.path("renditions"), base);
                if (href != null) {
                    String caption = caption(association);
                    return new Image(href, caption != null ? caption : headline(association), credit(association));
                }
            }
        }
        return Image.NONE;
    }

    /** The widest image rendition with a web address (1.x: renditions by name; 2.x+: an array). */
    private static String bestRendition(JsonNode renditions, URI base) {
        Iterator<JsonNode> all = renditions.isObject() ? renditions.elements() : renditions.iterator();
        String best = null;
        long bestWidth = -1;
        while (all.hasNext()) {
            JsonNode rendition = all.next();
            String href = WireAddress.absolute(text(rendition, "href"), base);
            String type = text(rendition, "mimetype", "contentType", "contenttype");
            if (href == null || (type != null && !type.startsWith("image/"))) {
                continue;
            }
            long width = rendition.path("width").asLong(0);
            if (width > bestWidth) {
                best = href;
                bestWidth = width;
            }
        }
        return best;
    }

    /** 2.x+: the description with role caption (else role text, else the first); 1.x: description_text. */
    private static String caption(JsonNode item) {
        String caption = byRoleOnly(item.path("descriptions"), "caption");
        if (caption == null) {
            caption = byRoleOnly(item.path("descriptions"), "text");
        }
        if (caption == null) {
            caption = text(item, "description_text");
        }
        return caption;
    }

    private static String credit(JsonNode item) {
        String credit = byRoleOnly(item.path("descriptions"), "creditline");
        if (credit == null) {
            credit = text(item, "by", "byline");
        }
        return credit != null ? credit : text(item, "copyrightnotice", "copyrightNotice");
    }

    /** The value of the entry whose role ends with {@code role}, else of the first entry with a value. */
    private static String byRole(JsonNode list, String role) {
        String matched = byRoleOnly(list, role);
        if (matched != null) {
            return matched;
        }
        for (JsonNode entry : list) {
            String value = text(entry, "value");
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String byRoleOnly(JsonNode list, String role) {
        for (JsonNode entry : list) {
            String r = text(entry, "role");
            String value = text(entry, "value");
            if (r != null && value != null && (r.equalsIgnoreCase(role) || r.toLowerCase(java.util.Locale.ROOT).endsWith(":" + role))) {
                return value;
            }
        }
        return null;
    }

    /** The first of {@code keys} the node has as non-blank text (numbers are read as text), stripped. */
    static String text(JsonNode node, String... keys) {
        for (String key : keys) {
            JsonNode value = node.get(key);
            if (value != null && (value.isTextual() || value.isNumber()) && !value.asText().isBlank()) {
                return value.asText().strip();
            }
        }
        return null;
    }
}
