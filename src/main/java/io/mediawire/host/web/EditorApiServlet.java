package io.mediawire.host.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mediawire.sources.InvalidSourceException;
import io.mediawire.sources.SourceNotFoundException;
import io.mediawire.story.HeadlinePolicyException;
import io.mediawire.story.InvalidStoryException;
import io.mediawire.story.PublishRefusedException;
import io.mediawire.story.StoryNotFoundException;
import io.mediawire.subscriptions.InvalidSubscriptionException;
import io.mediawire.subscriptions.RunInProgressException;
import io.mediawire.subscriptions.SubscriptionNotFoundException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A resource of the editors' JSON API: the caller must be an editor (with the CSRF token when a
 * browser session changes something); the product's refusals become JSON errors: a bad field 400,
 * a headline the source's licence forbids 422 {@code headlinePolicy}, an unknown id 404, a run
 * already under way 409.
 */
abstract class EditorApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final long MAX_REQUEST_BYTES = 1024 * 1024;

    private final transient EditorAuthentication authentication;
    private final String task;

    /** @param task what an anonymous caller is told to log in for, e.g. "manage sources" */
    EditorApiServlet(EditorAuthentication authentication, String task) {
        this.authentication = authentication;
        this.task = task;
    }

    /** One request from an editor; {@code path} is the path below the servlet's mapping, split at slashes. */
    abstract void handle(String method, List<String> path, HttpServletRequest request, HttpServletResponse response,
                         String user) throws IOException;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        String user = JsonApi.editor(request, response, authentication, !RequestCredentials.isSafe(method), task);
        if (user == null) {
            return;
        }
        String info = request.getPathInfo() == null ? "" : request.getPathInfo();
        List<String> path = Arrays.stream(info.split("/")).filter(s -> !s.isEmpty()).toList();
        try {
            handle(method, path, request, response, user);
        } catch (HeadlinePolicyException e) {
            JsonApi.error(response, 422, "headlinePolicy", e.getMessage());
        } catch (PublishRefusedException e) {
            JsonApi.error(response, 409, "publishRefused", e.getMessage());
        } catch (InvalidSourceException | InvalidSubscriptionException | InvalidStoryException e) {
            JsonApi.error(response, 400, "badRequest", e.getMessage());
        } catch (SourceNotFoundException | SubscriptionNotFoundException | StoryNotFoundException e) {
            JsonApi.error(response, 404, "notFound", e.getMessage());
        } catch (RunInProgressException e) {
            JsonApi.error(response, 409, "conflict", e.getMessage());
        }
    }

    /** The request's fields, or null when the request was answered (not JSON, too large, not an object). */
    static Map<String, Object> fields(HttpServletRequest request, HttpServletResponse response, String what)
            throws IOException {
        ObjectNode body = JsonApi.object(request, response, MAX_REQUEST_BYTES, what);
        return body == null ? null : JsonApi.fields(body);
    }
}
