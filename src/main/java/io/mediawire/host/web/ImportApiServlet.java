package io.mediawire.host.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediawire.importing.ImportException;
import io.mediawire.importing.ImportJob;
import io.mediawire.importing.ImportJobJson;
import io.mediawire.importing.ImportService;
import io.mediawire.importing.ImportSource;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /.rest/mediawire/v1/imports}: POST starts an import job for an editor and answers 202
 * with the job; {@code GET .../<id>} reads the job's progress and per-item results while it runs.
 */
public final class ImportApiServlet extends HttpServlet {
    static final String PATH = "/.rest/mediawire/v1/imports";
    private static final long MAX_REQUEST_BYTES = 12L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ImportService imports;
    private final EditorAuthentication authentication;

    public ImportApiServlet(ImportService imports, EditorAuthentication authentication) {
        this.imports = imports;
        this.authentication = authentication;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String method = request.getMethod();
        boolean isRoot = request.getPathInfo() == null || request.getPathInfo().equals("/");
        if (!(("POST".equals(method) && isRoot) || ("GET".equals(method) && !isRoot))) {
            response.setHeader("Allow", isRoot ? "POST" : "GET");
            error(response, 405, "methodNotAllowed", method + " is not allowed here");
            return;
        }
        EditorAuthentication.Check check = authentication.check(request, "POST".equals(method));
        if (check.result() == EditorAuthentication.Result.THROTTLED) {
            response.setHeader("Retry-After", String.valueOf(check.retryAfterSeconds()));
            error(response, 429, "tooManyRequests", "too many failed sign-ins; try again in "
                    + check.retryAfterSeconds() + " s");
            return;
        }
        if (check.result() == EditorAuthentication.Result.ANONYMOUS) {
            BasicChallenge.offer(request, response);
            error(response, 401, "notAuthorized", "log in as an editor to import stories");
            return;
        }
        if (check.result() == EditorAuthentication.Result.BAD_CSRF) {
            error(response, 403, "accessDenied", "missing or invalid CSRF token");
            return;
        }
        if ("POST".equals(method)) {
            start(request, response, check.user());
        } else {
            show(request.getPathInfo().substring(1), response);
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response, String user) throws IOException {
        // Only JSON: a cross-site HTML form cannot send it without a CORS preflight, which this API
        // never grants, so credentials a browser happens to hold cannot be used to start imports.
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
        if (!type.startsWith("application/json")) {
            error(response, 415, "notAcceptable", "send the import as application/json");
            return;
        }
        JsonNode body;
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes((int) MAX_REQUEST_BYTES + 1);
            if (bytes.length > MAX_REQUEST_BYTES) {
                error(response, 413, "badRequest", "the request is larger than 12 MiB");
                return;
            }
            body = JSON.readTree(bytes);
        } catch (IOException e) {
            String reason = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            error(response, 400, "badRequest", "the request body is not JSON: " + reason);
            return;
        }
        if (body == null || !body.isObject()) {
            error(response, 400, "badRequest", "the request body must be a JSON object with \"urls\" or \"pages\"");
            return;
        }
        List<ImportSource> sources = new ArrayList<>();
        try {
            ImportService.checkSourceCount(body.path("urls").size() + body.path("pages").size());
            for (JsonNode url : body.path("urls")) {
                sources.add(ImportSource.url(url.asText()));
            }
            for (JsonNode page : body.path("pages")) {
                String html = page.path("html").asText(null);
                if (html == null) {
                    throw new ImportException("each page needs \"html\"");
                }
                String base = page.path("baseUrl").asText(null);
                sources.add(new ImportSource.Saved(html.getBytes(StandardCharsets.UTF_8),
                        base == null || base.isBlank() ? null : ImportSource.url(base).url(),
                        page.path("name").asText("uploaded page")));
            }
            ImportJob job = imports.submit(sources, body.path("publish").asBoolean(false), user);
            response.setStatus(202);
            response.setHeader("Location", PATH + "/" + job.id());
            write(response, ImportJobJson.write(job));
        } catch (ImportException e) {
            error(response, 400, "badRequest", e.getMessage());
        }
    }

    private void show(String id, HttpServletResponse response) throws IOException {
        var job = imports.job(id);
        if (job.isEmpty()) {
            error(response, 404, "notFound", "no import job " + id);
            return;
        }
        write(response, ImportJobJson.write(job.get()));
    }

    private static void write(HttpServletResponse response, JsonNode json) throws IOException {
        response.setContentType("application/json;charset=utf-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(json));
    }

    static void error(HttpServletResponse response, int status, String code, String message) throws IOException {
        response.setStatus(status);
        var error = JSON.createObjectNode();
        error.putObject("error").put("code", code).put("message", message);
        write(response, error);
    }
}
