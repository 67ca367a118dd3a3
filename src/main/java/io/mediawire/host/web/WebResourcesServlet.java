package io.mediawire.host.web;

import io.mediawire.host.rendering.WebResources;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code /.resources/<module>/webresources/<path>}: stylesheets, scripts and images of light
 * modules. A URL carrying the file's hash ({@code ?v=}) may be cached for a year; others for an hour.
 */
final class WebResourcesServlet extends HttpServlet {
    private final transient WebResources resources;
    private final boolean developmentMode;

    WebResourcesServlet(WebResources resources, boolean developmentMode) {
        this.resources = resources;
        this.developmentMode = developmentMode;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody) throws IOException {
        Optional<WebResources.Resource> found = resources.find(request.getPathInfo());
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=utf-8");
            response.setHeader("Cache-Control", "public, max-age=60");
            if (withBody) {
                response.getWriter().write("Not found\n");
            }
            return;
        }
        WebResources.Resource resource = found.get();
        String etag = "\"" + resource.hash().substring(0, 32) + "\"";
        String version = request.getParameter("v");
        boolean versioned = version != null && resource.hash().startsWith(version) && version.length() >= 8;
        response.setHeader("Cache-Control", developmentMode ? "no-cache"
                : versioned ? "public, max-age=31536000, immutable" : "public, max-age=3600");
        response.setHeader("ETag", etag);
        Instant lastModified = resource.lastModified() > 0 ? Instant.ofEpochMilli(resource.lastModified()) : null;
        if (lastModified != null) {
            response.setDateHeader("Last-Modified", lastModified.toEpochMilli());
        }
        if (Conditional.notModified(request, etag, lastModified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(resource.contentType());
        response.setContentLength(resource.bytes().length);
        if (withBody) {
            response.getOutputStream().write(resource.bytes());
        }
    }
}
