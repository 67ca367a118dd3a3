package io.mediawire.host.web;

import io.mediawire.host.cache.Dependency;
import io.mediawire.host.rendering.WebResources;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code /.resources/<module>/webresources/<path>}: stylesheets, scripts and images of light
 * modules. A URL carrying the file's hash ({@code ?v=}) may be cached for a year; others for an hour.
 */
final class WebResourcesServlet extends ReadOnlyServlet {
    private static final long serialVersionUID = 1L;

    private final transient WebResources resources;
    private final boolean developmentMode;

    WebResourcesServlet(WebResources resources, boolean developmentMode, ReadyAnswers answers) {
        super(answers);
        this.resources = resources;
        this.developmentMode = developmentMode;
    }

    @Override
    protected Reply reply(HttpServletRequest request) {
        Optional<WebResources.Resource> found = resources.find(request.getPathInfo());
        if (found.isEmpty()) {
            return Reply.text(HttpServletResponse.SC_NOT_FOUND, "Not found\n")
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Cache-Control", "public, max-age=60");
        }
        WebResources.Resource resource = found.get();
        String version = request.getParameter("v");
        boolean versioned = version != null && resource.hash().startsWith(version) && version.length() >= 8;
        Reply reply = Reply.of(HttpServletResponse.SC_OK, resource.contentType(), resource.bytes())
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", developmentMode ? "no-cache"
                        : versioned ? "public, max-age=31536000, immutable" : "public, max-age=3600")
                .validators("\"" + resource.hash().substring(0, 32) + "\"",
                        resource.lastModified() > 0 ? Instant.ofEpochMilli(resource.lastModified()) : null)
                .keep(Dependency.SITE);
        return textual(resource.contentType()) ? reply.compressible() : reply;
    }

    /** Stylesheets, scripts, SVG and JSON shrink well; images and fonts are compressed already. */
    private static boolean textual(String contentType) {
        return contentType.startsWith("text/") || contentType.contains("javascript") || contentType.contains("json")
                || contentType.contains("svg");
    }
}
