package io.mediawire.host.web.authoring;

import io.mediawire.host.admincentral.AppDefinition;
import io.mediawire.host.security.User;
import io.mediawire.story.InvalidStoryException;
import io.mediawire.story.ReadOnlyFieldException;
import io.mediawire.story.RevisionKind;
import io.mediawire.story.Story;
import io.mediawire.story.StoryNodes;
import io.mediawire.story.StoryNotFoundException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The detail subapp: {@code story/<id>} shows the form (GET) and saves it (POST);
 * {@code story/<id>/<action>} runs one of the app's actions (POST), or for a confirmation
 * action shows the confirmation (GET), whose proceed button posts to its success action. Only
 * actions the action bar offers on a story, and the actions their confirmations lead to, run here.
 */
final class StoryServlet extends HttpServlet {
    static final String ACCEPT_REVISION = "acceptRevision";
    static final String DISMISS_REVISION = "dismissRevision";
    private static final Set<String> FORM_CONTROLS = Set.of("_csrf", "_action");
    private static final Map<String, String> DONE = Map.of(
            "saved", "Saved.", "published", "Published: the story is on the public site.",
            "unpublished", "Unpublished: the story is no longer on the public site.",
            "accepted", "Accepted: the story now shows the agency's new text.",
            "dismissed", "Dismissed: the story keeps its text; this version will not be offered again.");

    private final transient AuthoringContext context;

    StoryServlet(AuthoringContext context) {
        this.context = context;
    }

    private record Target(String id, String action) {
        static Optional<Target> of(HttpServletRequest request) {
            String info = request.getPathInfo();
            if (info == null || info.length() < 2) {
                return Optional.empty();
            }
            String[] parts = info.substring(1).split("/", -1);
            if (parts.length > 2 || parts[0].isEmpty() || (parts.length == 2 && parts[1].isEmpty())) {
                return Optional.empty();
            }
            return Optional.of(new Target(parts[0], parts.length == 2 ? parts[1] : null));
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Target> target = Target.of(request);
        Optional<Story> story = target.flatMap(t -> context.stories().byId(t.id()));
        if (story.isEmpty()) {
            notFound(request, response);
            return;
        }
        AppDefinition app = context.app();
        if (target.get().action() == null) {
            Map<String, Object> extra = new HashMap<>();
            String done = DONE.get(String.valueOf(request.getParameter("done")));
            if (done != null) {
                extra.put("notice", done);
            }
            detail(request, response, HttpServletResponse.SC_OK, story.get(), app, extra);
            return;
        }
        String actionName = target.get().action();
        Optional<AppDefinition.Action> action = app.itemActions().stream()
                .filter(a -> a.name().equals(actionName) && a.kind() == AppDefinition.Kind.CONFIRMATION).findFirst();
        if (action.isEmpty()) {
            // The action a confirmation leads to is reached through that confirmation.
            Optional<AppDefinition.Action> confirmation = app.confirmationLeadingTo(actionName);
            if (confirmation.isPresent()) {
                redirect(response, AdminPaths.story(story.get().id()) + "/" + confirmation.get().name());
            } else {
                notFound(request, response);
            }
            return;
        }
        Map<String, Object> item = new HashMap<>();
        item.put("title", story.get().headline());
        item.put("url", AdminPaths.story(story.get().id()));
        item.put("status", StoryPresenter.status(story.get().status()));
        Confirmations.render(context.pages(), request, response, app, AdminPaths.APP, action.get(), item,
                AdminPaths.story(story.get().id()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Target> target = Target.of(request);
        User user = AuthoringContext.session(request).user();
        AppDefinition app = context.app();
        if (target.isEmpty()) {
            notFound(request, response);
            return;
        }
        String id = target.get().id();
        try {
            if (target.get().action() == null) {
                context.stories().update(id, submittedFields(request, app), user.name());
                redirect(response, AdminPaths.story(id) + "?done=saved");
                return;
            }
            if (decideRevision(target.get().action(), id, request, response, user)) {
                return;
            }
            Optional<AppDefinition.Action> runnable = app.runnableOnItem(target.get().action());
            if (runnable.isEmpty()) {
                notFound(request, response);
                return;
            }
            AppDefinition.Action action = runnable.get();
            String here = AdminPaths.story(id) + "/" + action.name();
            switch (action.kind()) {
                case PUBLISH -> {
                    context.stories().publish(id, user.name());
                    redirect(response, AdminPaths.story(id) + "?done=published");
                }
                case UNPUBLISH -> {
                    context.stories().unpublish(id, user.name());
                    redirect(response, AdminPaths.story(id) + "?done=unpublished");
                }
                case CONFIRMATION -> redirect(response, here);
                case DELETE -> {
                    Optional<AppDefinition.Action> confirmation = app.confirmationLeadingTo(action.name());
                    if (confirmation.isPresent() && !"yes".equals(request.getParameter("confirmed"))) {
                        redirect(response, AdminPaths.story(id) + "/" + confirmation.get().name());
                        return;
                    }
                    context.stories().delete(id, user.name());
                    redirect(response, AdminPaths.APP + "?done=deleted");
                }
                default -> refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, id, app,
                        "The action '" + action.name() + "' does not run from a story's page.");
            }
        } catch (StoryNotFoundException e) {
            notFound(request, response);
        } catch (ReadOnlyFieldException e) {
            refuse(request, response, HttpServletResponse.SC_CONFLICT, id, app, e.getMessage());
        } catch (InvalidStoryException e) {
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, id, app, e.getMessage());
        }
    }

    /** Accepts or dismisses the revision waiting (the guard has checked the session and its CSRF token). */
    private boolean decideRevision(String action, String id, HttpServletRequest request, HttpServletResponse response,
                                   User user) {
        if (ACCEPT_REVISION.equals(action)) {
            RevisionKind kind = "correction".equals(request.getParameter("kind")) ? RevisionKind.CORRECTION : null;
            context.revisions().accept(id, user.name(), kind, request.getParameter("note"));
            redirect(response, AdminPaths.story(id) + "?done=accepted");
            return true;
        }
        if (DISMISS_REVISION.equals(action)) {
            context.revisions().dismiss(id, user.name());
            redirect(response, AdminPaths.story(id) + "?done=dismissed");
            return true;
        }
        return false;
    }

    /**
     * The submitted fields, checked against the app's form: fields the form shows read-only
     * are refused here unless the store itself guards them (it accepts an unchanged echo and
     * refuses any change with its own message).
     */
    private static Map<String, Object> submittedFields(HttpServletRequest request, AppDefinition app) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (FORM_CONTROLS.contains(name)) {
                continue;
            }
            if (parameter.getValue().length != 1) {
                throw new InvalidStoryException(name + " was sent " + parameter.getValue().length + " times; send it once");
            }
            boolean editableInForm = app.editableFields().stream().anyMatch(f -> f.name().equals(name));
            if (!editableInForm && !StoryNodes.READ_ONLY.contains(name)) {
                if (app.field(name).isPresent()) {
                    throw new ReadOnlyFieldException(name);
                }
                throw new InvalidStoryException(name + " is not a field of this form");
            }
            fields.put(name, parameter.getValue()[0]);
        }
        return fields;
    }

    private void detail(HttpServletRequest request, HttpServletResponse response, int status, Story story,
                        AppDefinition app, Map<String, Object> extra) throws IOException {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("app", app);
        model.put("story", context.presenter().detail(story, app));
        model.put("sections", ActionbarView.story(app, story));
        model.put("revision", context.revisionPresenter().view(story, context.revisions()::revisions));
        context.pages().render(request, response, status, "story", model);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String id,
                        AppDefinition app, String message) throws IOException {
        Optional<Story> story = context.stories().byId(id);
        if (story.isEmpty()) {
            notFound(request, response);
            return;
        }
        detail(request, response, status, story.get(), app, Map.of("error", message));
    }

    private void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        context.pages().render(request, response, HttpServletResponse.SC_NOT_FOUND, "message", Map.of(
                "title", "Story not found", "message", "There is no such story; it may have been deleted."));
    }

    private static void redirect(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }
}
