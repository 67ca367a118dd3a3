package io.mediawire.host.web.authoring;

import io.mediawire.host.security.Authenticator;
import io.mediawire.host.web.RequestCredentials;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** POST only (the guard has checked the CSRF token): ends the session on the server and in the browser. */
final class LogoutServlet extends HttpServlet {
    private final transient Authenticator authenticator;

    LogoutServlet(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        authenticator.session(RequestCredentials.of(request)).ifPresent(s -> authenticator.sessions().end(s.id()));
        Cookies.clear(request, response, Authenticator.SESSION_COOKIE, "/");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", AdminPaths.LOGIN + "?loggedOut=1");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Sign out with the button (POST).");
    }
}
