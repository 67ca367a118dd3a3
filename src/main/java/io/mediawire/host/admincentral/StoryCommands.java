package io.mediawire.host.admincentral;

import io.mediawire.host.admincentral.action.JcrCommandActionDefinition;
import java.util.Map;

/**
 * The Magnolia commands a {@code jcrCommandAction} may name here, by catalog, and the story store
 * call each becomes: {@code activate} and {@code deactivate} (in the {@code default} catalog and
 * in {@code versioned}, which in Magnolia versions the item first) are the store's publish and
 * unpublish; {@code delete} (the {@code default} catalog's deactivate-then-delete chain) is its
 * delete. The store keeps no versions, so {@code versioned} runs the same call.
 */
final class StoryCommands {
    private static final Map<String, Map<String, AppDefinition.Kind>> CATALOGS = Map.of(
            JcrCommandActionDefinition.DEFAULT_CATALOG, Map.of(
                    "activate", AppDefinition.Kind.PUBLISH,
                    "deactivate", AppDefinition.Kind.UNPUBLISH,
                    "delete", AppDefinition.Kind.DELETE),
            "versioned", Map.of(
                    "activate", AppDefinition.Kind.PUBLISH,
                    "deactivate", AppDefinition.Kind.UNPUBLISH));

    private StoryCommands() {
    }

    static AppDefinition.Kind kind(JcrCommandActionDefinition action, String where) {
        Map<String, AppDefinition.Kind> catalog = CATALOGS.get(action.getCatalog());
        if (catalog == null) {
            throw new IllegalStateException(where + ": catalog '" + action.getCatalog()
                    + "' is not one this host runs (default, versioned)");
        }
        AppDefinition.Kind kind = action.getCommand() == null ? null : catalog.get(action.getCommand());
        if (kind == null) {
            throw new IllegalStateException(where + ": command '" + action.getCommand() + "' is not in catalog '"
                    + action.getCatalog() + "' here; it holds " + String.join(", ", new java.util.TreeSet<>(catalog.keySet())));
        }
        return kind;
    }
}
