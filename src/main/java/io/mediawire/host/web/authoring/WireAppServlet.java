package io.mediawire.host.web.authoring;

import io.mediawire.host.admincentral.AppDefinition;
import io.mediawire.host.security.User;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The routes the Sources and Feeds apps share, below the app's path: the list (GET), the form of a new
 * item (GET {@code /add}, POST saves it), an item's page (GET; POST saves its form) and its actions
 * ({@code /<kind>/<id>/<action>}: a confirmation is a page, GET; the actions run on POST). Only actions
 * the item's action bar offers run, and a delete only with {@code confirmed=yes} from its confirmation,
 * as in the story app. The guard in front has checked the session and the CSRF token.
 */
abstract class WireAppServlet extends HttpServlet {
    /** What an item's page says after an action, by the {@code done} parameter. */
    private static final Map<String, String> DONE = Map.of("added", "Added.", "saved", "Saved.",
            "ran", "Run finished: see the log below.", "paused", "Paused: it is not polled until resumed.",
            "resumed", "Resumed: it is polled at once, then at its interval.", "deleted", "Deleted.");

    final transient WireApps wire;
    private final String appId;
    private final String appUrl;
    private final String kind;

    /**
     * @param appId  the app definition's id, e.g. {@code media-wire:mediaWireFeeds}
     * @param appUrl where the app is served ({@link AdminPaths#FEEDS})
     * @param kind   the path segment of an item, {@code source} or {@code feed}
     */
    WireAppServlet(WireApps wire, String appId, String appUrl, String kind) {
        this.wire = wire;
        this.appId = appId;
        this.appUrl = appUrl;
        this.kind = kind;
    }

    /** Read per request, as the story app's: development mode's reloads show at once. */
    final AppDefinition app() {
        return wire.apps().read(appId);
    }

    final String appUrl() {
        return appUrl;
    }

    final String itemUrl(String id) {
        return appUrl + "/" + kind + "/" + AdminPaths.encode(id);
    }

    /** The item's title and page for a confirmation; empty when there is no such item. */
    abstract Optional<String> title(String id);

    abstract void list(HttpServletRequest request, HttpServletResponse response, Map<String, Object> model)
            throws IOException;

    /** The form of a new item: blank, or with what the request's query fills in. */
    abstract void addForm(HttpServletRequest request, HttpServletResponse response) throws IOException;

    abstract void create(HttpServletRequest request, HttpServletResponse response, User user) throws IOException;

    /** The item's page; false when there is no such item. */
    abstract boolean detail(HttpServletRequest request, HttpServletResponse response, int status, String id,
                            Map<String, Object> model) throws IOException;

    abstract void update(HttpServletRequest request, HttpServletResponse response, String id, User user)
            throws IOException;

    abstract void delete(String id, User user);

    /** An action of the module's own ({@code CUSTOM}); false when it does not apply here. */
    boolean custom(HttpServletRequest request, HttpServletResponse response, String id, AppDefinition.Action action)
            throws IOException {
        return false;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ItemPath> path = ItemPath.of(request.getPathInfo(), kind);
        if (path.isEmpty()) {
            notFound(request, response);
            return;
        }
        ItemPath at = path.get();
        if (at.list()) {
            list(request, response, notice(request));
        } else if (at.add()) {
            addForm(request, response);
        } else if (at.action() == null) {
            if (!detail(request, response, HttpServletResponse.SC_OK, at.id(), notice(request))) {
                notFound(request, response);
            }
        } else {
            confirmation(request, response, at.id(), at.action());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ItemPath> path = ItemPath.of(request.getPathInfo(), kind);
        User user = AuthoringContext.session(request).user();
        if (path.isEmpty() || path.get().list()) {
            notFound(request, response);
            return;
        }
        ItemPath at = path.get();
        if (at.add()) {
            create(request, response, user);
            return;
        }
        if (title(at.id()).isEmpty()) {
            notFound(request, response);
            return;
        }
        if (at.action() == null) {
            update(request, response, at.id(), user);
            return;
        }
        AppDefinition app = app();
        Optional<AppDefinition.Action> runnable = app.runnableOnItem(at.action());
        if (runnable.isEmpty()) {
            notFound(request, response);
            return;
        }
        AppDefinition.Action action = runnable.get();
        switch (action.kind()) {
            case CONFIRMATION -> redirect(response, itemUrl(at.id()) + "/" + action.name());
            case DELETE -> {
                Optional<AppDefinition.Action> confirmation = app.confirmationLeadingTo(action.name());
                if (confirmation.isPresent() && !"yes".equals(request.getParameter("confirmed"))) {
                    redirect(response, itemUrl(at.id()) + "/" + confirmation.get().name());
                    return;
                }
                delete(at.id(), user);
                redirect(response, appUrl() + "?done=deleted");
            }
            case CUSTOM -> {
                if (!custom(request, response, at.id(), action)) {
                    refuse(request, response, at.id(), action);
                }
            }
            default -> refuse(request, response, at.id(), action);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String id, AppDefinition.Action action)
            throws IOException {
        detail(request, response, HttpServletResponse.SC_BAD_REQUEST, id,
                Map.of("error", "The action '" + action.label() + "' does not apply here."));
    }

    private void confirmation(HttpServletRequest request, HttpServletResponse response, String id, String actionName)
            throws IOException {
        Optional<String> title = title(id);
        if (title.isEmpty()) {
            notFound(request, response);
            return;
        }
        AppDefinition app = app();
        Optional<AppDefinition.Action> action = app.itemActions().stream()
                .filter(a -> a.name().equals(actionName) && a.kind() == AppDefinition.Kind.CONFIRMATION).findFirst();
        if (action.isEmpty()) {
            // The action a confirmation leads to is reached through that confirmation.
            Optional<AppDefinition.Action> confirmation = app.confirmationLeadingTo(actionName);
            if (confirmation.isPresent()) {
                redirect(response, itemUrl(id) + "/" + confirmation.get().name());
            } else {
                notFound(request, response);
            }
            return;
        }
        Map<String, Object> item = new HashMap<>();
        item.put("title", title.get());
        item.put("url", itemUrl(id));
        Confirmations.render(wire.pages(), request, response, app, appUrl(), action.get(), item, itemUrl(id));
    }

    private static Map<String, Object> notice(HttpServletRequest request) {
        String done = DONE.get(String.valueOf(request.getParameter("done")));
        return done == null ? Map.of() : Map.of("notice", done);
    }

    void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        wire.pages().render(request, response, HttpServletResponse.SC_NOT_FOUND, "message", Map.of(
                "title", "Not found", "message", "There is no such " + kind + "; it may have been deleted."));
    }

    static void redirect(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }
}
