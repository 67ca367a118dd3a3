package io.mediawire.host.web.authoring;

import io.mediawire.host.admincentral.AppDefinition;
import io.mediawire.host.admincentral.action.OpenDetailSubappActionDefinition;
import io.mediawire.subscriptions.MediaWireSubscriptionAction;
import io.mediawire.subscriptions.MediaWireSubscriptionActionDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The action bars of the Sources and Feeds apps: at the root, the add actions (links to the detail
 * subapp's add view of the app they name); on an item, its confirmations (links to their page), the
 * delete and the subscription actions (buttons), and the add actions that start from the item (a new
 * feed of this source).
 */
final class WireActionbar {
    private WireActionbar() {
    }

    static List<Map<String, Object>> root(AppDefinition app) {
        return ActionbarView.sections(app, app.rootSections(), action -> action.isAvailableAtRoot()
                ? addLink(action, null) : Optional.empty());
    }

    /**
     * @param itemUrl  the item's detail page; its actions are below it
     * @param sourceId the source a new feed would belong to: the item itself in the Sources app, else null
     * @param actions  builds a subscription action to ask whether it applies to the item (null: none do)
     */
    static List<Map<String, Object>> item(AppDefinition app, String itemUrl, String sourceId,
                                          Function<AppDefinition.Action, Optional<MediaWireSubscriptionAction>> actions) {
        return ActionbarView.sections(app, app.itemSections(), action -> {
            if (!action.isAvailableOn(app.itemNodeType())) {
                return Optional.empty();
            }
            String url = itemUrl + "/" + action.name();
            return switch (action.kind()) {
                case ADD -> addLink(action, sourceId);
                case CONFIRMATION -> Optional.of(ActionbarView.item(action, url, "get", "danger"));
                case DELETE -> Optional.of(ActionbarView.item(action, url, "post", "danger"));
                case CUSTOM -> actions == null ? Optional.empty() : actions.apply(action)
                        .map(a -> ActionbarView.item(action, url, "post", "run".equals(operation(action)) ? "primary" : ""));
                case EDIT, PUBLISH, UNPUBLISH -> Optional.empty();
            };
        });
    }

    private static String operation(AppDefinition.Action action) {
        return action.definition() instanceof MediaWireSubscriptionActionDefinition d
                ? d.getOperation() : "";
    }

    /** An add action: the add view of the app it names (this app when it names none). */
    private static Optional<Map<String, Object>> addLink(AppDefinition.Action action, String sourceId) {
        if (action.kind() != AppDefinition.Kind.ADD
                || !(action.definition() instanceof OpenDetailSubappActionDefinition detail)) {
            return Optional.empty();
        }
        String app = detail.getAppName() == null ? "" : detail.getAppName();
        return switch (app) {
            case "mediaWireSources" -> Optional.of(ActionbarView.item(action, AdminPaths.SOURCES_ADD, "get", "primary"));
            case "mediaWireFeeds" -> Optional.of(ActionbarView.item(action, AdminPaths.subscribe(sourceId, null), "get",
                    sourceId == null ? "primary" : ""));
            default -> Optional.empty();
        };
    }
}
