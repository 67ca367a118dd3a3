package io.mediawire.host.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

/**
 * Writes nodes in Magnolia's delivery v2 shape: {@code @name}, {@code @path}, {@code @id},
 * {@code @nodeType}, the properties as strings (multi-values as arrays of strings, dates as
 * ISO-8601 with milliseconds and the site zone's offset), embedded children keyed by name down
 * to the endpoint's depth, and {@code @nodes} listing them in order.
 */
public final class NodeJson {
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    private final ObjectMapper mapper;
    private final ZoneId zone;
    private final Extras extras;

    /** What a node's JSON gets beyond its properties (a story's copied pictures). */
    @FunctionalInterface
    public interface Extras {
        Extras NONE = (node, json) -> { };

        void add(Node node, ObjectNode json) throws RepositoryException;

        /** With the request's parameters, for extras a client may ask more of; by default the same. */
        default void add(Node node, ObjectNode json, Map<String, List<String>> parameters) throws RepositoryException {
            add(node, json);
        }

        /** These extras, then {@code next}'s. */
        default Extras and(Extras next) {
            Extras first = this;
            return new Extras() {
                @Override
                public void add(Node node, ObjectNode json) throws RepositoryException {
                    first.add(node, json);
                    next.add(node, json);
                }

                @Override
                public void add(Node node, ObjectNode json, Map<String, List<String>> parameters)
                        throws RepositoryException {
                    first.add(node, json, parameters);
                    next.add(node, json, parameters);
                }
            };
        }
    }

    public NodeJson(ObjectMapper mapper, ZoneId zone) {
        this(mapper, zone, Extras.NONE);
    }

    public NodeJson(ObjectMapper mapper, ZoneId zone, Extras extras) {
        this.mapper = mapper;
        this.zone = zone;
        this.extras = extras;
    }

    public ObjectNode write(Node node, EndpointDefinition endpoint) throws RepositoryException {
        return write(node, endpoint, endpoint.depth(), Map.of());
    }

    /** @param parameters the request's query parameters, for what the extras may add on request */
    public ObjectNode write(Node node, EndpointDefinition endpoint, Map<String, List<String>> parameters)
            throws RepositoryException {
        return write(node, endpoint, endpoint.depth(), parameters);
    }

    private ObjectNode write(Node node, EndpointDefinition endpoint, int depthLeft, Map<String, List<String>> parameters)
            throws RepositoryException {
        ObjectNode json = mapper.createObjectNode();
        json.put("@name", node.getName());
        json.put("@path", node.getPath());
        json.put("@id", node.getIdentifier());
        json.put("@nodeType", node.getPrimaryNodeType().getName());
        for (PropertyIterator properties = node.getProperties(); properties.hasNext(); ) {
            Property property = properties.nextProperty();
            if (shown(property, endpoint)) {
                if (property.isMultiple()) {
                    ArrayNode values = json.putArray(property.getName());
                    for (Value value : property.getValues()) {
                        values.add(text(value));
                    }
                } else {
                    json.put(property.getName(), text(property.getValue()));
                }
            }
        }
        extras.add(node, json, parameters);
        ArrayNode names = mapper.createArrayNode();
        if (depthLeft > 0) {
            for (NodeIterator children = node.getNodes(); children.hasNext(); ) {
                Node child = children.nextNode();
                if (isChildType(child, endpoint)) {
                    json.set(child.getName(), write(child, endpoint, depthLeft - 1, parameters));
                    names.add(child.getName());
                }
            }
        }
        json.set("@nodes", names);
        return json;
    }

    /** The children of {@code node} a client may see, each written like a node. */
    public ArrayNode children(Node node, EndpointDefinition endpoint) throws RepositoryException {
        ArrayNode result = mapper.createArrayNode();
        for (NodeIterator children = node.getNodes(); children.hasNext(); ) {
            Node child = children.nextNode();
            if (isChildType(child, endpoint)) {
                result.add(write(child, endpoint, Math.max(0, endpoint.depth() - 1), Map.of()));
            }
        }
        return result;
    }

    private static boolean isChildType(Node child, EndpointDefinition endpoint) throws RepositoryException {
        for (String type : endpoint.childNodeTypes()) {
            if (child.isNodeType(type)) {
                return true;
            }
        }
        return false;
    }

    /** jcr:* never (the @ fields carry id and type); mgnl:* when the endpoint says so; other namespaces never. */
    private static boolean shown(Property property, EndpointDefinition endpoint) throws RepositoryException {
        String name = property.getName();
        if (property.getType() == PropertyType.BINARY) {
            return false;
        }
        if (name.indexOf(':') < 0) {
            return !StoryImagesJson.INTERNAL.contains(name);
        }
        return endpoint.includeSystemProperties() && name.startsWith("mgnl:");
    }

    private String text(Value value) throws RepositoryException {
        if (value.getType() == PropertyType.DATE) {
            Calendar date = value.getDate();
            return DATE.format(date.toInstant().atZone(zone));
        }
        return value.getString();
    }
}
