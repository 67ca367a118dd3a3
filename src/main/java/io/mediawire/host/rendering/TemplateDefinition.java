package io.mediawire.host.rendering;

import io.mediawire.host.lightmodule.Definition;
import io.mediawire.magnolia.RenderableDefinition;
import java.util.Map;

/** A template of the registry as the models get it, plus the keys only the renderer reads ({@code modelClass}). */
final class TemplateDefinition implements RenderableDefinition {
    private final Definition definition;

    TemplateDefinition(Definition definition) {
        this.definition = definition;
    }

    @Override
    public String getId() {
        return definition.id();
    }

    @Override
    public String getName() {
        return definition.name();
    }

    @Override
    public String getTemplateScript() {
        Object script = definition.body().get("templateScript");
        return script == null ? null : script.toString();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> getParameters() {
        return definition.body().get("parameters") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** The {@code modelClass} key, or null. */
    String modelClass() {
        Object model = definition.body().get("modelClass");
        return model == null || model.toString().isBlank() ? null : model.toString().strip();
    }

    /** {@code def} as the script sees it. */
    Map<String, Object> asMap() {
        return DefinitionModel.of(definition);
    }

    @Override
    public String toString() {
        return definition.id();
    }
}
