package io.mediawire.host.web;

import io.mediawire.host.cache.Dependency;
import io.mediawire.host.rendering.PageRequest;
import io.mediawire.host.rendering.PublicSite;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Section and article pages: GET and HEAD, with ETag / Last-Modified revalidation. */
final class SiteServlet extends ReadOnlyServlet {
    private static final long serialVersionUID = 1L;

    private final transient PublicSite site;

    SiteServlet(PublicSite site, ReadyAnswers answers) {
        super(answers);
        this.site = site;
    }

    @Override
    protected Reply reply(HttpServletRequest request) {
        if (request.getPathInfo() == null) {
            return Reply.redirect(HttpServletResponse.SC_MOVED_PERMANENTLY, "/media-wire/");
        }
        return reply(site, site.serve(new PageRequest(request.getPathInfo(), request.getParameter("page"), baseUrl(request))));
    }

    /** A page of the site as sent: its headers, and validators when it is a 200. */
    static Reply reply(PublicSite site, PublicSite.ServedPage page) {
        // Scripts never run here: story bodies are sanitized, and the policy makes sure. JSON-LD is data, not script.
        Reply reply = Reply.of(page.status(), "text/html;charset=utf-8", page.body())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", page.contentSecurityPolicy())
                .header("Referrer-Policy", "strict-origin-when-cross-origin")
                .compressible();
        if (page.status() == HttpServletResponse.SC_OK) {
            // Every page shows public content at large (a list, or recent posts), right until a relative time changes.
            return reply.header("Cache-Control", site.developmentMode() ? "no-cache" : "public, max-age=60")
                    .validators(page.etag(), page.lastModified())
                    .keep(Dependency.PUBLIC_CONTENT, page.from(), page.until());
        }
        if (page.status() == HttpServletResponse.SC_NOT_FOUND) {
            // Kept too: a story's URL turns from 404 to 200 by a publish, which drops public content.
            return reply.header("Cache-Control", "public, max-age=30").keep(Dependency.PUBLIC_CONTENT, page.from(), page.until());
        }
        return reply.header("Cache-Control", "no-store");
    }

    static String baseUrl(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
