package io.mediawire.host.web.authoring;

import io.mediawire.host.rendering.PageRequest;
import io.mediawire.host.rendering.PublicSite;
import io.mediawire.story.Story;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /.magnolia/admincentral/mediaWire/preview/<id>}: a story's article page as the public will
 * see it once published, drafts included, for signed-in editors only (the guard runs first).
 */
final class PreviewServlet extends HttpServlet {
    private final AuthoringContext shared;

    PreviewServlet(AuthoringContext shared) {
        this.shared = shared;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        Optional<Story> story = shared.stories().byId(id);
        if (story.isEmpty()) {
            shared.pages().render(request, response, 404, "message", Map.of("title", "No such story",
                    "message", "There is no story to preview at this address."));
            return;
        }
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        PublicSite.ServedPage page = shared.site().preview(story.get(), new PageRequest(story.get().path(), null, base));
        response.setStatus(page.status());
        response.setContentType("text/html;charset=UTF-8");
        // A preview is for the desk only: never cached, never indexed.
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        // The public page's own policy (no script at all), in place of the authoring UI's.
        response.setHeader("Content-Security-Policy", page.contentSecurityPolicy());
        response.getOutputStream().write(page.body());
    }
}
