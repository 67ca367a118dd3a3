package io.mediawire.host.contenttype;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A Magnolia 6 content type: where its items live and what properties they have. */
public record ContentType(String name, String workspace, String rootPath, Map<String, String> namespaces,
                          boolean autoCreate, String nodeTypeDefinition, String nodeType, List<Property> properties) {

    /** One model property; {@code readOnly} is Media Wire's mark for fields fixed at import. */
    public record Property(String name, String type, String label, boolean required, boolean multiple,
                           boolean readOnly) {
    }

    public Optional<Property> property(String name) {
        return properties.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
