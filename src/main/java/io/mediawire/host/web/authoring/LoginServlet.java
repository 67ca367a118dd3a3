package io.mediawire.host.web.authoring;

import io.mediawire.host.security.AuthSession;
import io.mediawire.host.security.Authenticator;
import io.mediawire.host.security.LocalRedirects;
import io.mediawire.host.security.Login;
import io.mediawire.host.security.LoginFormTokens;
import io.mediawire.host.web.RequestCredentials;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The login page. The form carries a token that must match a short-lived cookie set with the
 * form and be one this server signed (login CSRF: another site cannot sign a browser into its own
 * account, not even by planting a cookie of its choosing; see {@link LoginFormTokens}). A successful
 * sign-in starts a new session and goes to {@code next} when that is a local path.
 */
final class LoginServlet extends HttpServlet {
    static final String FORM_COOKIE = "MW_LOGIN";

    private final transient Authenticator authenticator;
    private final transient Pages pages;

    LoginServlet(Authenticator authenticator, Pages pages) {
        this.authenticator = authenticator;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = LocalRedirects.safe(request.getParameter("next"), AdminPaths.APP);
        if (authenticator.session(RequestCredentials.of(request)).isPresent()) {
            response.sendRedirect(next);
            return;
        }
        form(request, response, HttpServletResponse.SC_OK, next, "", null, null);
    }

    private static String notice(HttpServletRequest request) {
        return "1".equals(request.getParameter("loggedOut")) ? "You are signed out." : null;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = LocalRedirects.safe(request.getParameter("next"), AdminPaths.APP);
        String name = request.getParameter("username") == null ? "" : request.getParameter("username").strip();
        String formToken = request.getParameter("_login");
        if (!authenticator.loginForms().accepts(RequestCredentials.cookie(request, FORM_COOKIE), formToken)) {
            form(request, response, HttpServletResponse.SC_FORBIDDEN, next, name,
                    "The login form had expired or did not come from this site. Please sign in again.", null);
            return;
        }
        String password = request.getParameter("password");
        Login.Result result = authenticator.login().attempt(name, password == null ? null : password.toCharArray(),
                request.getRemoteAddr());
        if (result instanceof Login.Success success) {
            // A sign-in always starts a fresh session; an older one in this browser ends.
            authenticator.session(RequestCredentials.of(request)).ifPresent(old -> authenticator.sessions().end(old.id()));
            AuthSession session = authenticator.sessions().start(success.user());
            Cookies.clear(request, response, FORM_COOKIE, AdminPaths.LOGIN);
            Cookies.set(request, response, Authenticator.SESSION_COOKIE, session.id(), "/", 0);
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", next);
        } else if (result instanceof Login.Throttled throttled) {
            response.setHeader("Retry-After", Long.toString(throttled.seconds()));
            form(request, response, 429, next, name, "Too many failed sign-ins for this user from your address. "
                    + "Wait " + throttled.seconds() + " seconds and try again.", throttled.seconds());
        } else {
            form(request, response, HttpServletResponse.SC_UNAUTHORIZED, next, name, "Wrong user name or password.", null);
        }
    }

    private void form(HttpServletRequest request, HttpServletResponse response, int status, String next, String name,
                      String error, Long retryAfter) throws IOException {
        String token = authenticator.loginForms().issue();
        Cookies.set(request, response, FORM_COOKIE, token, AdminPaths.LOGIN,
                authenticator.loginForms().lifetime().toSeconds());
        Map<String, Object> model = new HashMap<>();
        model.put("next", next);
        model.put("loginToken", token);
        model.put("username", name);
        if (error != null) {
            model.put("error", error);
        }
        if (retryAfter != null) {
            model.put("retryAfter", retryAfter);
        }
        String notice = notice(request);
        if (notice != null && error == null) {
            model.put("notice", notice);
        }
        pages.render(request, response, status, "login", model);
    }
}
