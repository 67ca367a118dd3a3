package io.mediawire.host.delivery;

import io.mediawire.host.lightmodule.Definition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a {@code restEndpoints} definition into an {@link EndpointDefinition}, naming what is wrong. */
public final class EndpointDefinitionReader {
    private static final Pattern JCR_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(:[A-Za-z][A-Za-z0-9_]*)?");
    private static final Pattern ENDPOINT_PATH = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*");
    private static final Pattern ROOT_PATH = Pattern.compile("/|(/[A-Za-z0-9._-]+)+");
    /** Keys earlier Media Wire versions read from the endpoint, and where that setting lives now. */
    private static final Map<String, String> MOVED = Map.of(
            "allowedOrigins", "CORS is configured in decorations/site/config.yaml (site: cors:), as Magnolia's CORS filter reads it",
            "cacheMaxAge", "successful answers carry max-age=60, the host's browser cache policy");
    private static final Logger LOG = LoggerFactory.getLogger(EndpointDefinitionReader.class);

    private EndpointDefinitionReader() {
    }

    /** Whether a definition asks for this endpoint type ({@code $type} or Magnolia's {@code class}). */
    public static boolean isDeliveryEndpoint(Definition definition) {
        Object type = definition.body().get("$type");
        Object cls = definition.body().get("class");
        return EndpointDefinition.TYPE.equals(type)
                || "info.magnolia.rest.delivery.jcr.v2.JcrDeliveryEndpointDefinition".equals(cls);
    }

    public static EndpointDefinition read(Definition definition) {
        Map<String, Object> body = definition.body();
        String where = definition.file() + ": ";
        String endpointPath = text(body.get("endpointPath"), definition.name());
        if (endpointPath.startsWith("/")) {
            endpointPath = endpointPath.substring(1);
        }
        if (!ENDPOINT_PATH.matcher(endpointPath).matches()) {
            throw new IllegalArgumentException(where + "endpointPath must be segments of letters, digits, '-' or '_': " + endpointPath);
        }
        String workspace = text(body.get("workspace"), endpointPath.substring(endpointPath.lastIndexOf('/') + 1));
        String rootPath = text(body.get("rootPath"), "/");
        if (rootPath.length() > 1 && rootPath.endsWith("/")) {
            rootPath = rootPath.substring(0, rootPath.length() - 1);
        }
        if (!ROOT_PATH.matcher(rootPath).matches()) {
            throw new IllegalArgumentException(where + "rootPath must be an absolute path: " + rootPath);
        }
        List<String> nodeTypes = names(body.get("nodeTypes"), List.of("mgnl:content"), where + "nodeTypes");
        List<String> childNodeTypes = names(body.get("childNodeTypes"), List.of("mgnl:contentNode"), where + "childNodeTypes");
        int depth = number(body.get("depth"), 0, 0, EndpointDefinition.MAX_DEPTH, where + "depth");
        int limit = number(body.get("limit"), 10, 1, EndpointDefinition.MAX_LIMIT, where + "limit");
        boolean system = !Boolean.FALSE.equals(body.get("includeSystemProperties")); // Magnolia's default: true
        boolean bypassAcls = "true".equals(String.valueOf(body.get("bypassWorkspaceAcls"))); // Magnolia's default: false
        for (Map.Entry<String, String> moved : MOVED.entrySet()) {
            if (body.containsKey(moved.getKey())) {
                LOG.warn("{}{} is not a key of a Magnolia endpoint definition and is ignored; {}", where, moved.getKey(),
                        moved.getValue());
            }
        }
        return new EndpointDefinition(definition.id(), endpointPath, workspace, rootPath, nodeTypes, childNodeTypes,
                depth, limit, system, bypassAcls);
    }

    private static List<String> names(Object value, List<String> fallback, String key) {
        if (value == null) {
            return fallback;
        }
        List<String> names = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> names.add(String.valueOf(v)));
        } else {
            names.add(String.valueOf(value));
        }
        for (String name : names) {
            if (!JCR_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(key + ": not a node type name: " + name);
            }
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException(key + " must name at least one node type");
        }
        return names;
    }

    private static int number(Object value, int fallback, int min, int max, String key) {
        if (value == null) {
            return fallback;
        }
        long n;
        try {
            n = value instanceof Number num ? num.longValue() : Long.parseLong(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, got " + value);
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException(key + " must be between " + min + " and " + max + ", got " + n);
        }
        return (int) n;
    }

    private static String text(Object value, String fallback) {
        return value == null || value.toString().isBlank() ? fallback : value.toString().strip();
    }
}
