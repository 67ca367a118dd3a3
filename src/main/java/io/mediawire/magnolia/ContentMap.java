package io.mediawire.magnolia;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

/**
 * A node as templates see it ({@code content}), Magnolia's {@code info.magnolia.jcr.util.ContentMap}:
 * its properties by name plus {@code @name}, {@code @path}, {@code @id}, {@code @depth} and
 * {@code @nodeType}. Dates are {@link Date}s (FreeMarker's date type), other values as JCR gives
 * them. Unlike Magnolia's, the values are read once, when the map is made.
 */
public final class ContentMap extends AbstractMap<String, Object> {
    private final Map<String, Object> values;
    private final Node node;

    private ContentMap(Map<String, Object> values, Node node) {
        this.values = Collections.unmodifiableMap(values);
        this.node = node;
    }

    public static ContentMap of(Node node) {
        try {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("@name", node.getName());
            values.put("@path", node.getPath());
            values.put("@id", node.getIdentifier());
            values.put("@depth", node.getDepth());
            values.put("@nodeType", node.getPrimaryNodeType().getName());
            for (PropertyIterator properties = node.getProperties(); properties.hasNext(); ) {
                Property property = properties.nextProperty();
                if (!property.getName().startsWith("jcr:") && property.getType() != PropertyType.BINARY) {
                    values.put(property.getName(), property.isMultiple() ? list(property.getValues()) : value(property.getValue()));
                }
            }
            return new ContentMap(values, node);
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot read the node for a template: " + e.getMessage(), e);
        }
    }

    /** The node the map was read from. */
    public Node getJCRNode() {
        return node;
    }

    private static List<Object> list(Value[] values) throws RepositoryException {
        List<Object> list = new ArrayList<>(values.length);
        for (Value value : values) {
            list.add(value(value));
        }
        return Collections.unmodifiableList(list);
    }

    private static Object value(Value value) throws RepositoryException {
        return switch (value.getType()) {
            case PropertyType.DATE -> Date.from(value.getDate().toInstant());
            case PropertyType.BOOLEAN -> value.getBoolean();
            case PropertyType.LONG -> value.getLong();
            case PropertyType.DOUBLE -> value.getDouble();
            case PropertyType.DECIMAL -> value.getDecimal();
            default -> value.getString();
        };
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return values.entrySet();
    }

    @Override
    public Object get(Object key) {
        return values.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return values.containsKey(key);
    }
}
