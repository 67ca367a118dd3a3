package io.mediawire.host.web;

import io.mediawire.host.rendering.PageRequest;
import io.mediawire.host.rendering.PublicSite;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Section and article pages: GET and HEAD, with ETag / Last-Modified revalidation. */
final class SiteServlet extends HttpServlet {
    /** Scripts never run here: story bodies are sanitized, and this makes sure. JSON-LD is data, not script. */

    private final transient PublicSite site;

    SiteServlet(PublicSite site) {
        this.site = site;
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
        if (request.getPathInfo() == null) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", "/media-wire/");
            return;
        }
        PublicSite.ServedPage page = site.serve(new PageRequest(request.getPathInfo(), request.getParameter("page"),
                baseUrl(request)));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", PublicSite.CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (page.status() == 200) {
            response.setHeader("Cache-Control", site.developmentMode() ? "no-cache" : "public, max-age=60");
            response.setHeader("ETag", page.etag());
            response.setDateHeader("Last-Modified", page.lastModified().toEpochMilli());
            if (Conditional.notModified(request, page.etag(), page.lastModified())) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        } else {
            response.setHeader("Cache-Control", page.status() == 404 ? "public, max-age=30" : "no-store");
        }
        response.setStatus(page.status());
        response.setContentType("text/html;charset=utf-8");
        response.setContentLength(page.body().length);
        if (withBody) {
            response.getOutputStream().write(page.body());
        }
    }

    private static String baseUrl(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
