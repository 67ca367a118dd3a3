package io.mediawire.host.web.authoring;

import io.mediawire.host.admincentral.action.ActionFactory;
import io.mediawire.importing.ImportException;
import io.mediawire.importing.ImportJob;
import io.mediawire.importing.ImportService;
import io.mediawire.importing.ImportSource;
import io.mediawire.importing.ItemResult;
import io.mediawire.importing.MediaWireImportAction;
import io.mediawire.importing.MediaWireImportActionDefinition;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The app's import dialog ({@code $type: mediaWireImportAction}, offered by the action bar's root
 * section, built by its definition's implementation class): an article or feed URL, or an
 * uploaded saved page with its original URL. Starting it shows the job's page, which refreshes
 * itself (no script needed) until every item has its outcome, each linked to its story.
 */
final class ImportDialogServlet extends HttpServlet {
    static final long MAX_UPLOAD_BYTES = 5L * 1024 * 1024;

    private final AuthoringContext shared;
    private final ImportService imports;

    ImportDialogServlet(AuthoringContext shared, ImportService imports) {
        this.shared = shared;
        this.imports = imports;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String jobId = jobId(request);
        if (jobId == null) {
            Optional<MediaWireImportAction> action = action();
            if (action.isEmpty()) {
                noImport(request, response);
                return;
            }
            showForm(request, response, 200, Map.of(), action.get());
            return;
        }
        Optional<ImportJob> job = request.getAttribute(Pages.SESSION_ATTRIBUTE) instanceof io.mediawire.host.security.AuthSession s
                ? imports.job(jobId, s.user().name(), s.user().isAdmin()) : Optional.empty();
        if (job.isEmpty()) {
            shared.pages().render(request, response, 404, "message", Map.of("title", "No such import",
                    "message", "This import is not known, or was started by another editor."));
            return;
        }
        shared.pages().render(request, response, 200, "importJob", jobModel(job.get()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (jobId(request) != null) {
            response.sendError(405);
            return;
        }
        Optional<MediaWireImportAction> action = action();
        if (action.isEmpty()) {
            noImport(request, response);
            return;
        }
        String url = trimmed(request.getParameter("url"));
        String baseUrl = trimmed(request.getParameter("baseUrl"));
        boolean publish = "on".equals(request.getParameter("publish")) || "true".equals(request.getParameter("publish"));
        Map<String, Object> echo = new HashMap<>();
        echo.put("url", url == null ? "" : url);
        echo.put("baseUrl", baseUrl == null ? "" : baseUrl);
        try {
            List<ImportSource> sources = new ArrayList<>();
            if (url != null) {
                sources.add(ImportSource.url(url));
            }
            Part file = isMultipart(request) ? request.getPart("file") : null;
            if (file != null && file.getSize() > 0) {
                if (file.getSize() > MAX_UPLOAD_BYTES) {
                    throw new ImportException("the uploaded file is larger than 5 MiB");
                }
                URI base = baseUrl == null ? null : ImportSource.url(baseUrl).url();
                try (InputStream in = file.getInputStream()) {
                    sources.add(new ImportSource.Saved(in.readAllBytes(), base, fileName(file)));
                }
            }
            if (sources.isEmpty()) {
                throw new ImportException("give an article or feed URL, or choose a saved page to upload");
            }
            String user = request.getAttribute(Pages.SESSION_ATTRIBUTE) instanceof io.mediawire.host.security.AuthSession s
                    ? s.user().name() : "unknown";
            ImportJob job = action.get().execute(sources, publish, user);
            response.setStatus(303);
            response.setHeader("Location", AdminPaths.IMPORT + "/" + job.id());
        } catch (ImportException e) {
            echo.put("error", e.getMessage());
            showForm(request, response, 400, echo, action.get());
        }
    }

    private void showForm(HttpServletRequest request, HttpServletResponse response, int status, Map<String, Object> values,
                          MediaWireImportAction action) throws IOException {
        Map<String, Object> model = new HashMap<>(values);
        model.putIfAbsent("url", "");
        model.putIfAbsent("baseUrl", "");
        model.put("label", action.label());
        model.put("publishByDefault", action.publishByDefault());
        shared.pages().render(request, response, status, "import", model);
    }

    /** The import the app's action bar offers at the root, built from its definition; none when it offers none. */
    private Optional<MediaWireImportAction> action() {
        return shared.app().rootAction(MediaWireImportActionDefinition.class)
                .map(definition -> ActionFactory.create(definition, MediaWireImportAction.class, imports));
    }

    private void noImport(HttpServletRequest request, HttpServletResponse response) throws IOException {
        shared.pages().render(request, response, 404, "message", Map.of("title", "No import here",
                "message", "The app's action bar offers no import action (mediaWireImportAction)."));
    }

    private Map<String, Object> jobModel(ImportJob job) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (ItemResult result : job.results()) {
            Map<String, Object> item = new HashMap<>();
            item.put("input", result.input());
            item.put("outcome", result.outcome().name().toLowerCase(java.util.Locale.ROOT));
            item.put("message", result.describe());
            item.put("warnings", result.warnings());
            item.put("headline", result.headline() == null ? "" : result.headline());
            item.put("storyLink", result.storyId() == null ? "" : AdminPaths.story(result.storyId()));
            items.add(item);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("job", Map.of("id", job.id(), "state", job.state().name().toLowerCase(java.util.Locale.ROOT),
                "sources", job.sources(), "total", job.total(), "done", job.results().size(),
                "imported", job.count(ItemResult.Outcome.IMPORTED), "duplicate", job.count(ItemResult.Outcome.DUPLICATE),
                "failed", job.count(ItemResult.Outcome.FAILED), "withWarnings", job.countWithWarnings(),
                "running", job.state() != ImportJob.State.DONE));
        model.put("items", items);
        // A one-off feed import may be the first look at a feed worth following: the Feeds app's form, pre-filled.
        model.put("feeds", job.feeds().stream().map(feed -> Map.of("url", feed.url().toString(),
                "title", feed.title() == null ? "" : feed.title(),
                "subscribeUrl", AdminPaths.subscribe(null, feed.url().toString()))).distinct().toList());
        return model;
    }

    private static String jobId(HttpServletRequest request) {
        String below = request.getRequestURI().substring(AdminPaths.IMPORT.length());
        if (below.isEmpty() || below.equals("/")) {
            return null;
        }
        return below.substring(1);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        return request.getContentType() != null && request.getContentType().startsWith("multipart/form-data");
    }

    private static String fileName(Part part) {
        String name = part.getSubmittedFileName();
        return name == null || name.isBlank() ? "uploaded page" : name.replaceAll("[\\r\\n]", "");
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
