package io.mediawire.host.web.authoring;

import io.mediawire.host.security.AuthSession;
import io.mediawire.host.security.Authenticator;
import io.mediawire.host.security.Caller;
import io.mediawire.host.security.Credentials;
import io.mediawire.host.web.RequestCredentials;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * In front of every {@code /.magnolia/admincentral/*} request: security headers; anonymous
 * visitors go to the login page; every request that is not GET or HEAD needs the session's CSRF
 * token, else 403 and nothing happens. The login page and the static files are the only open
 * paths (the login form has its own token).
 */
final class AdminCentralGuard extends HttpFilter {
    private final Authenticator authenticator;
    private final Pages pages;

    AdminCentralGuard(Authenticator authenticator, Pages pages) {
        this.authenticator = authenticator;
        this.pages = pages;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(response);
        String path = AdminPaths.below(request.getRequestURI());
        if (path.equals("/login") || path.startsWith("/static/")) {
            chain.doFilter(request, response);
            return;
        }
        Credentials credentials = RequestCredentials.of(request);
        Optional<AuthSession> session = authenticator.session(credentials);
        if (session.isEmpty() || !session.get().user().canEdit()) {
            String next = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            boolean safeMethod = RequestCredentials.isSafe(request.getMethod());
            response.setStatus(safeMethod ? HttpServletResponse.SC_FOUND : HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", AdminPaths.LOGIN + (safeMethod ? "?next=" + AdminPaths.encode(next) : ""));
            return;
        }
        request.setAttribute(Pages.SESSION_ATTRIBUTE, session.get());
        if (!RequestCredentials.isSafe(request.getMethod())
                && !authenticator.mayChangeState(new Caller.SignedIn(session.get()), credentials)) {
            pages.render(request, response, HttpServletResponse.SC_FORBIDDEN, "message", Map.of(
                    "title", "Request refused",
                    "message", "This form did not carry a valid security token (CSRF), so nothing was changed. "
                            + "Go back, reload the page and try again."));
            return;
        }
        chain.doFilter(request, response);
    }
}
