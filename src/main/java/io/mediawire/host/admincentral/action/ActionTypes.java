package io.mediawire.host.admincentral.action;

import io.mediawire.magnolia.ActionDefinition;
import io.mediawire.magnolia.ActionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The action definition classes this host knows, by their {@link ActionType} alias: the Magnolia
 * actions the authoring UI runs itself, and the ones modules declare in
 * {@code META-INF/services/io.mediawire.magnolia.ActionDefinition} (Magnolia scans the class
 * path for annotated classes; a services file names them explicitly).
 */
public final class ActionTypes {
    /** The Magnolia actions the host implements. */
    static final List<Class<? extends ActionDefinition>> BUILT_IN = List.of(
            OpenDetailSubappActionDefinition.class, JcrCommandActionDefinition.class, ConfirmationActionDefinition.class);

    private final Map<String, Class<? extends ActionDefinition>> byAlias;

    private ActionTypes(Map<String, Class<? extends ActionDefinition>> byAlias) {
        this.byAlias = byAlias;
    }

    /** The built-in types plus every definition class the class loader's modules declare. */
    public static ActionTypes discover(ClassLoader modules) {
        List<Class<? extends ActionDefinition>> types = new ArrayList<>(BUILT_IN);
        ServiceLoader.load(ActionDefinition.class, modules).stream().map(ServiceLoader.Provider::type).forEach(types::add);
        return of(types);
    }

    /** Exactly these definition classes; each needs an {@link ActionType} alias of its own. */
    public static ActionTypes of(List<Class<? extends ActionDefinition>> types) {
        Map<String, Class<? extends ActionDefinition>> byAlias = new TreeMap<>();
        for (Class<? extends ActionDefinition> type : types) {
            ActionType alias = type.getAnnotation(ActionType.class);
            if (alias == null) {
                throw new IllegalStateException(type.getName() + " is declared as an action definition but has no @ActionType");
            }
            Class<? extends ActionDefinition> before = byAlias.putIfAbsent(alias.value(), type);
            if (before != null && before != type) {
                throw new IllegalStateException("two action definitions claim $type " + alias.value() + ": "
                        + before.getName() + " and " + type.getName());
            }
        }
        return new ActionTypes(Map.copyOf(byAlias));
    }

    public Optional<Class<? extends ActionDefinition>> byAlias(String alias) {
        return Optional.ofNullable(byAlias.get(alias));
    }

    /** A definition class named by {@code class:}; only known ones, so YAML cannot load arbitrary classes. */
    public Optional<Class<? extends ActionDefinition>> byClassName(String className) {
        return byAlias.values().stream().filter(type -> type.getName().equals(className)).findFirst();
    }

    /** The aliases, sorted, for error messages. */
    public List<String> aliases() {
        return new TreeMap<>(byAlias).keySet().stream().toList();
    }
}
