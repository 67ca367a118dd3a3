package io.mediawire.host.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mediawire.importing.ImportException;
import io.mediawire.importing.ImportJob;
import io.mediawire.importing.ImportJobJson;
import io.mediawire.importing.ImportService;
import io.mediawire.importing.ImportSource;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
            JsonApi.notAllowed(response, method, isRoot ? "POST" : "GET");
            return;
        }
        EditorAuthentication.Check editor = JsonApi.editorCheck(request, response, authentication, "POST".equals(method),
                "import stories");
        if (editor == null) {
            return;
        }
        if ("POST".equals(method)) {
            start(request, response, editor.user());
        } else {
            show(request.getPathInfo().substring(1), editor, response);
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response, String user) throws IOException {
        ObjectNode body = JsonApi.object(request, response, MAX_REQUEST_BYTES, "the import");
        if (body == null) {
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
            response.setHeader("Location", PATH + "/" + job.id());
            JsonApi.write(response, 202, ImportJobJson.write(job));
        } catch (ImportException e) {
            JsonApi.error(response, 400, "badRequest", e.getMessage());
        }
    }

    /** Another editor's job is "not found", as an unknown one: job ids are no secret in logs and links. */
    private void show(String id, EditorAuthentication.Check editor, HttpServletResponse response) throws IOException {
        var job = imports.job(id, editor.user(), editor.admin());
        if (job.isEmpty()) {
            JsonApi.error(response, 404, "notFound", "no import job " + id);
            return;
        }
        JsonApi.write(response, 200, ImportJobJson.write(job.get()));
    }
}
