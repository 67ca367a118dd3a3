package io.mediawire.host.contenttype;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A Magnolia 6 content type: where its items live and what properties they have. */
public record ContentType(String name, String workspace, String rootPath, Map<String, String> namespaces,
                          boolean autoCreate, String nodeTypeDefinition, String nodeType, List<Property> properties) {

    /**
     * One model property, with the keys Magnolia's content types have. How a field is labelled and
     * whether it can be edited is the app form's business ({@code subApps.detail.form.properties}).
     */
    public record Property(String name, String type, boolean required, boolean multiple) {
    }

    public Optional<Property> property(String name) {
        return properties.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
