package io.mediawire.host.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

/**
 * What the editors' JSON APIs ({@code /.rest/mediawire/v1/...}) share: who may call (an editor,
 * with the CSRF token when a browser session changes something), JSON request bodies only (a
 * cross-site HTML form cannot send one without a preflight this host never grants), and errors as
 * {@code {"error":{"code","message"}}} with the matching status.
 */
final class JsonApi {
    static final ObjectMapper JSON = new ObjectMapper();

    private JsonApi() {
    }

    /**
     * The editor calling, or null when the request was answered here: 429 (throttled), 401 (no
     * editor; {@code task} says what the caller wanted, e.g. "import stories"), 403 (bad CSRF token).
     */
    static String editor(HttpServletRequest request, HttpServletResponse response, EditorAuthentication authentication,
                         boolean changesState, String task) throws IOException {
        EditorAuthentication.Check check = editorCheck(request, response, authentication, changesState, task);
        return check == null ? null : check.user();
    }

    /** As {@link #editor}, with the whole check (is the editor an admin?). */
    static EditorAuthentication.Check editorCheck(HttpServletRequest request, HttpServletResponse response,
                                                  EditorAuthentication authentication, boolean changesState, String task)
            throws IOException {
        EditorAuthentication.Check check = authentication.check(request, changesState);
        switch (check.result()) {
            case THROTTLED -> {
                response.setHeader("Retry-After", String.valueOf(check.retryAfterSeconds()));
                error(response, 429, "tooManyRequests", "too many failed sign-ins; try again in "
                        + check.retryAfterSeconds() + " s");
                return null;
            }
            case ANONYMOUS -> {
                BasicChallenge.offer(request, response);
                error(response, 401, "notAuthorized", "log in as an editor to " + task);
                return null;
            }
            case BAD_CSRF -> {
                error(response, 403, "accessDenied", "missing or invalid CSRF token");
                return null;
            }
            default -> {
                return check;
            }
        }
    }

    /**
     * The request's JSON body, or null when the request was answered here: 415 (not JSON; {@code what} names
     * what should have been sent, e.g. "the import"), 413 (over {@code maxBytes}), 400 (not parsable, or not an object).
     */
    static ObjectNode object(HttpServletRequest request, HttpServletResponse response, long maxBytes, String what)
            throws IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/json")) {
            error(response, 415, "notAcceptable", "send " + what + " as application/json");
            return null;
        }
        JsonNode body;
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes((int) maxBytes + 1);
            if (bytes.length > maxBytes) {
                error(response, 413, "badRequest", "the request is larger than " + (maxBytes / 1024 / 1024) + " MiB");
                return null;
            }
            body = JSON.readTree(bytes);
        } catch (IOException e) {
            String reason = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            error(response, 400, "badRequest", "the request body is not JSON: " + reason);
            return null;
        }
        if (body == null || !body.isObject()) {
            error(response, 400, "badRequest", "the request body must be a JSON object");
            return null;
        }
        return (ObjectNode) body;
    }

    /** A JSON object's members as plain values (strings, numbers, booleans, lists, maps). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> fields(ObjectNode body) {
        return JSON.convertValue(body, Map.class);
    }

    static void write(HttpServletResponse response, int status, JsonNode json) throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json;charset=utf-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(json));
    }

    static void error(HttpServletResponse response, int status, String code, String message) throws IOException {
        ObjectNode error = JSON.createObjectNode();
        error.putObject("error").put("code", code).put("message", message);
        write(response, status, error);
    }

    /** Whether {@code method} only reads (GET, HEAD); otherwise answers 405 here. */
    static boolean readsOnly(String method, HttpServletResponse response) throws IOException {
        if ("GET".equals(method) || "HEAD".equals(method)) {
            return true;
        }
        notAllowed(response, method, "GET, HEAD");
        return false;
    }

    /** 405 with the methods this resource allows. */
    static void notAllowed(HttpServletResponse response, String method, String allow) throws IOException {
        response.setHeader("Allow", allow);
        error(response, 405, "methodNotAllowed", method + " is not allowed here");
    }
}
