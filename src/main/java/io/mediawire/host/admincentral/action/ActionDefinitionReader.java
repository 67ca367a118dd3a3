package io.mediawire.host.admincentral.action;

import io.mediawire.magnolia.ActionDefinition;
import io.mediawire.magnolia.ActionType;
import io.mediawire.magnolia.ConfiguredActionDefinition;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns one entry of an app's {@code actions} into its definition bean: {@code $type} (or
 * {@code class:}) picks the definition class among the known {@link ActionTypes}, the other keys
 * fill it. An unknown type or key is refused with the file and key in the message.
 */
public final class ActionDefinitionReader {
    private final ActionTypes types;

    public ActionDefinitionReader(ActionTypes types) {
        this.types = types;
    }

    /** @param where file and key path of the action, e.g. {@code media-wire/apps/x.yaml: subApps.browser.actions.edit} */
    public ActionDefinition read(String name, Map<String, Object> yaml, String where) {
        Object alias = yaml.get("$type");
        Object className = yaml.get("class");
        Class<? extends ActionDefinition> type;
        if (alias != null) {
            type = types.byAlias(alias.toString()).orElseThrow(() -> new IllegalStateException(where
                    + ": unknown $type '" + alias + "'; this host knows " + String.join(", ", types.aliases())));
        } else if (className != null) {
            type = types.byClassName(className.toString()).orElseThrow(() -> new IllegalStateException(where
                    + ": class " + className + " is not an action definition this host knows"));
        } else {
            throw new IllegalStateException(where + ": an action needs $type (one of "
                    + String.join(", ", types.aliases()) + ") or class");
        }
        Map<String, Object> properties = new LinkedHashMap<>(yaml);
        properties.remove("$type");
        properties.remove("class");
        ActionDefinition definition = DefinitionBinder.bind(properties, type, where, type.getAnnotation(ActionType.class).value());
        if (definition instanceof ConfiguredActionDefinition configured) {
            configured.setName(name);
        }
        return definition;
    }
}
