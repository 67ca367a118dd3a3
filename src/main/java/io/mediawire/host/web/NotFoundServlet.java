package io.mediawire.host.web;

import io.mediawire.host.rendering.PublicSite;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Every address that no feature serves (the default mapping, {@code /}): the site's own 404 page,
 * whatever the method, instead of the container's error page.
 */
final class NotFoundServlet extends ReadOnlyServlet {
    private static final long serialVersionUID = 1L;

    private final transient PublicSite site;

    NotFoundServlet(PublicSite site) {
        this.site = site;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("HEAD".equals(request.getMethod())) {
            doHead(request, response);
        } else {
            doGet(request, response); // nothing is here to post to or ask options of either: the same 404
        }
    }

    @Override
    protected Reply reply(HttpServletRequest request) {
        return SiteServlet.reply(site, site.notFound(SiteServlet.baseUrl(request)));
    }
}
