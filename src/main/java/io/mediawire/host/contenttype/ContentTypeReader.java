package io.mediawire.host.contenttype;

import io.mediawire.host.lightmodule.Definition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a {@code contentTypes/*.yaml} definition into a {@link ContentType}, naming what is wrong. */
public final class ContentTypeReader {
    private ContentTypeReader() {
    }

    public static ContentType read(Definition definition) {
        Map<String, Object> body = definition.body();
        Map<String, Object> datasource = map(body.get("datasource"), definition, "datasource");
        Map<String, Object> model = map(body.get("model"), definition, "model");
        Object workspace = datasource.get("workspace");
        if (!(workspace instanceof String ws) || ws.isBlank()) {
            throw new IllegalArgumentException(definition.file() + ": datasource.workspace is required");
        }
        Map<String, String> namespaces = new LinkedHashMap<>();
        if (datasource.get("namespaces") instanceof Map<?, ?> ns) {
            ns.forEach((k, v) -> namespaces.put(String.valueOf(k), String.valueOf(v)));
        }
        return new ContentType(definition.name(), ws, string(datasource.get("rootPath"), "/"), namespaces,
                Boolean.TRUE.equals(datasource.get("autoCreate")), string(datasource.get("nodeTypeDefinition"), null),
                string(model.get("nodeType"), "mgnl:content"), properties(model.get("properties"), definition));
    }

    private static List<ContentType.Property> properties(Object value, Definition definition) {
        List<ContentType.Property> result = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                Map<String, Object> p = map(item, definition, "model.properties[]");
                result.add(property(string(p.get("name"), null), p, definition));
            }
        } else if (value instanceof Map<?, ?> byName) {
            // The headless tutorial's form: properties keyed by name.
            byName.forEach((name, p) -> result.add(property(String.valueOf(name),
                    p == null ? Map.of() : map(p, definition, "model.properties." + name), definition)));
        }
        return List.copyOf(result);
    }

    private static ContentType.Property property(String name, Map<String, Object> p, Definition definition) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(definition.file() + ": a model property has no name");
        }
        return new ContentType.Property(name, string(p.get("type"), "String"),
                Boolean.TRUE.equals(p.get("required")), Boolean.TRUE.equals(p.get("multiple")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, Definition definition, String key) {
        if (value instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IllegalArgumentException(definition.file() + ": " + key + " must be a mapping");
    }

    private static String string(Object value, String fallback) {
        return value == null ? fallback : value.toString();
    }
}
