package io.mediawire.host.web.authoring;

import io.mediawire.host.admincentral.AppDefinition;
import io.mediawire.host.admincentral.StoryBrowser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** The Media Wire app's browser: stories as a paged list with the app's columns, search and sort. */
final class StoryListServlet extends HttpServlet {
    private static final Map<String, String> DONE = Map.of("deleted", "The story was deleted.");

    private final transient AuthoringContext context;

    StoryListServlet(AuthoringContext context) {
        this.context = context;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AppDefinition app = context.app();
        StoryBrowser.Request query = new StoryBrowser.Request(request.getParameter("q"),
                StoryBrowser.Sort.parse(request.getParameter("sort")), intParameter(request, "page", 1),
                intParameter(request, "size", StoryBrowser.DEFAULT_PAGE_SIZE));
        StoryBrowser.Result result = context.browser().find(query);
        Map<String, Object> model = new HashMap<>();
        model.put("app", app);
        model.put("q", query.text());
        model.put("sort", query.sort().id());
        model.put("sorts", Arrays.stream(StoryBrowser.Sort.values())
                .map(s -> Map.of("id", s.id(), "label", s.label())).toList());
        model.put("columns", app.columns());
        model.put("rows", result.stories().stream().map(s -> context.presenter().row(s, app)).toList());
        model.put("page", result.page());
        model.put("hasPrevious", result.hasPrevious());
        model.put("hasNext", result.hasNext());
        result.total().ifPresent(total -> model.put("total", total));
        result.pages().ifPresent(pages -> model.put("pages", pages));
        model.put("previousUrl", pageUrl(query, result.page() - 1));
        model.put("nextUrl", pageUrl(query, result.page() + 1));
        model.put("sections", ActionbarView.root(app));
        String done = DONE.get(String.valueOf(request.getParameter("done")));
        if (done != null) {
            model.put("notice", done);
        }
        context.pages().render(request, response, HttpServletResponse.SC_OK, "list", model);
    }

    private static String pageUrl(StoryBrowser.Request query, int page) {
        StringBuilder url = new StringBuilder(AdminPaths.APP).append("?page=").append(page);
        if (!query.text().isEmpty()) {
            url.append("&q=").append(AdminPaths.encode(query.text()));
        }
        if (query.sort() != StoryBrowser.Sort.IMPORTED) {
            url.append("&sort=").append(query.sort().id());
        }
        if (query.pageSize() != StoryBrowser.DEFAULT_PAGE_SIZE) {
            url.append("&size=").append(query.pageSize());
        }
        return url.toString();
    }

    private static int intParameter(HttpServletRequest request, String name, int fallback) {
        String value = request.getParameter(name);
        try {
            return value == null ? fallback : Math.max(1, Math.min(Integer.parseInt(value.strip()), 1_000_000));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
