package io.mediawire.host.web.authoring;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** {@code /.magnolia/admincentral} opens the Media Wire app; any other unknown path is a 404 page. */
final class RootServlet extends HttpServlet {
    private final transient Pages pages;

    RootServlet(Pages pages) {
        this.pages = pages;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = AdminPaths.below(request.getRequestURI());
        if (path.isEmpty() || path.equals("/")) {
            response.sendRedirect(AdminPaths.APP);
            return;
        }
        pages.render(request, response, HttpServletResponse.SC_NOT_FOUND, "message", Map.of(
                "title", "Not found", "message", "There is no page at this address."));
    }
}
