package io.mediawire.host.web.authoring;

import io.mediawire.host.admincentral.AppDefinition;
import io.mediawire.importing.MediaWireImportActionDefinition;
import io.mediawire.story.Story;
import io.mediawire.story.StoryStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The app's action bar as the templates draw it: its sections, groups and items in YAML order,
 * each item a button (POST) or a link (GET, for what opens a page first: a confirmation, a
 * dialog). The list page shows the sections available at the root; a story's page those available
 * on its node type, minus what the story's status rules out (Magnolia's publishing availability
 * rules) and minus the edit action, whose subapp the page already is.
 */
final class ActionbarView {
    private ActionbarView() {
    }

    static List<Map<String, Object>> root(AppDefinition app) {
        return sections(app, app.rootSections(), a -> a.isAvailableAtRoot() ? rootItem(a) : Optional.empty());
    }

    static List<Map<String, Object>> story(AppDefinition app, Story story) {
        return sections(app, app.itemSections(),
                a -> a.isAvailableOn(app.itemNodeType()) ? storyItem(app, a, story) : Optional.empty());
    }

    private static Optional<Map<String, Object>> rootItem(AppDefinition.Action action) {
        // Commands need an item; at the root this UI runs the custom actions it has a dialog for.
        if (action.definition() instanceof MediaWireImportActionDefinition) {
            return Optional.of(item(action, AdminPaths.IMPORT, "get", "primary"));
        }
        return Optional.empty();
    }

    private static Optional<Map<String, Object>> storyItem(AppDefinition app, AppDefinition.Action action, Story story) {
        String url = AdminPaths.story(story.id()) + "/" + action.name();
        return switch (action.kind()) {
            case PUBLISH -> story.status() != StoryStatus.PUBLISHED ? Optional.of(item(action, url, "post", "primary"))
                    : Optional.empty();
            case UNPUBLISH -> story.isPublished() ? Optional.of(item(action, url, "post", "")) : Optional.empty();
            case DELETE -> Optional.of(item(action, url, "post", "danger"));
            case CONFIRMATION -> {
                boolean deletes = action.confirmation()
                        .map(c -> app.actions().get(c.getSuccessActionName()).kind() == AppDefinition.Kind.DELETE)
                        .orElse(false);
                yield Optional.of(item(action, url, "get", deletes ? "danger" : ""));
            }
            case ADD, EDIT, CUSTOM -> Optional.empty();
        };
    }

    static Map<String, Object> item(AppDefinition.Action action, String url, String method, String style) {
        return Map.of("name", action.name(), "label", action.label(), "kind", action.kind().name().toLowerCase(Locale.ROOT),
                "url", url, "method", method, "style", style);
    }

    /** What one action of the bar is on a page: a button or a link, or nothing (not offered there). */
    interface ItemView {
        Optional<Map<String, Object>> of(AppDefinition.Action action);
    }

    /** The sections with the items {@code view} offers; groups and sections left empty are dropped. */
    static List<Map<String, Object>> sections(AppDefinition app, List<AppDefinition.Section> sections, ItemView view) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (AppDefinition.Section section : sections) {
            List<Map<String, Object>> groups = new ArrayList<>();
            for (AppDefinition.Group group : section.groups()) {
                List<Map<String, Object>> items = group.items().stream().map(app.actions()::get)
                        .map(view::of).flatMap(Optional::stream).toList();
                if (!items.isEmpty()) {
                    groups.add(Map.of("name", group.name(), "items", items));
                }
            }
            if (!groups.isEmpty()) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("name", section.name());
                s.put("label", section.label());
                s.put("groups", groups);
                result.add(s);
            }
        }
        return result;
    }
}
