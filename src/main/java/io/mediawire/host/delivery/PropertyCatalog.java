package io.mediawire.host.delivery;

import io.mediawire.host.contenttype.ContentType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The properties a query may filter and order by: the content type's model plus Magnolia's
 * system properties. Anything else is refused before a query is built, so no user-chosen name
 * ever reaches JCR-SQL2.
 */
public final class PropertyCatalog {
    /** How a filter value is parsed and bound. */
    public enum Kind { STRING, DATE, LONG, DOUBLE, BOOLEAN }

    private final Map<String, Kind> kinds;

    private PropertyCatalog(Map<String, Kind> kinds) {
        this.kinds = Map.copyOf(kinds);
    }

    /**
     * @param contentType     the model of the endpoint's items, or null when none matches
     * @param systemPropertiesShown whether {@code mgnl:*By} and {@code mgnl:template} may be queried:
     *                        only when the endpoint shows them, so user names cannot be probed
     */
    public static PropertyCatalog of(ContentType contentType, boolean systemPropertiesShown) {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        if (contentType != null) {
            for (ContentType.Property p : contentType.properties()) {
                if (!StoryImagesJson.INTERNAL.contains(p.name())) {
                    kinds.put(p.name(), kindOf(p.type()));
                }
            }
        }
        kinds.put("mgnl:created", Kind.DATE);
        kinds.put("mgnl:lastModified", Kind.DATE);
        kinds.put("mgnl:lastActivated", Kind.DATE);
        if (systemPropertiesShown) {
            kinds.put("mgnl:createdBy", Kind.STRING);
            kinds.put("mgnl:lastModifiedBy", Kind.STRING);
            kinds.put("mgnl:lastActivatedBy", Kind.STRING);
            kinds.put("mgnl:template", Kind.STRING);
        }
        return new PropertyCatalog(kinds);
    }

    public Optional<Kind> kind(String property) {
        return Optional.ofNullable(kinds.get(property));
    }

    public java.util.Set<String> names() {
        return kinds.keySet();
    }

    private static Kind kindOf(String type) {
        return switch (type == null ? "String" : type) {
            case "Date" -> Kind.DATE;
            case "Long" -> Kind.LONG;
            case "Double", "Decimal" -> Kind.DOUBLE;
            case "Boolean" -> Kind.BOOLEAN;
            default -> Kind.STRING; // String, richText, asset, references: compared as text
        };
    }
}
