package io.mediawire.host.security;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Who is calling: a browser with the session cookie, or a script (the command line's
 * {@code --server} mode) with HTTP Basic credentials. The authoring UI and the import API share
 * one instance, found with {@link #from(ServletContext)}.
 *
 * <p>CSRF: a cookie is sent by the browser on its own, so a cookie-authenticated request that
 * changes state must also carry the session's token ({@value #CSRF_FIELD} form field or
 * {@value #CSRF_HEADER} header). Basic credentials are only sent by a browser after a
 * {@code WWW-Authenticate} challenge, which this host never issues, so they need no token.
 */
public final class Authenticator {
    public static final String SESSION_COOKIE = "MW_SESSION";
    public static final String CSRF_FIELD = "_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    /** Set on the request (a Long, seconds) when Basic credentials were refused for throttling. */
    public static final String RETRY_AFTER_ATTRIBUTE = Authenticator.class.getName() + ".retryAfter";
    static final String CONTEXT_ATTRIBUTE = Authenticator.class.getName();
    private static final String SESSION_ATTRIBUTE = Authenticator.class.getName() + ".session";
    private static final String BASIC_ATTRIBUTE = Authenticator.class.getName() + ".basic";

    private final Login login;
    private final SessionStore sessions;

    public Authenticator(Login login, SessionStore sessions) {
        this.login = login;
        this.sessions = sessions;
    }

    /** The instance the authoring feature registered on this servlet context. */
    public static Authenticator from(ServletContext context) {
        Object authenticator = context.getAttribute(CONTEXT_ATTRIBUTE);
        if (authenticator == null) {
            throw new IllegalStateException("the authoring feature is not installed: no Authenticator on the servlet context");
        }
        return (Authenticator) authenticator;
    }

    public void register(ServletContext context) {
        context.setAttribute(CONTEXT_ATTRIBUTE, this);
    }

    /** The signed-in user, by session cookie or else by HTTP Basic credentials. */
    public Optional<User> authenticate(HttpServletRequest request) {
        Optional<AuthSession> session = session(request);
        if (session.isPresent()) {
            return Optional.of(session.get().user());
        }
        return basic(request);
    }

    /** The live session of this request's cookie. */
    public Optional<AuthSession> session(HttpServletRequest request) {
        Object cached = request.getAttribute(SESSION_ATTRIBUTE);
        if (cached instanceof AuthSession s) {
            return Optional.of(s);
        }
        Optional<AuthSession> session = sessions.find(cookieValue(request, SESSION_COOKIE));
        session.ifPresent(s -> request.setAttribute(SESSION_ATTRIBUTE, s));
        return session;
    }

    /**
     * True when a state-changing request may go ahead for {@code user}: either it carries
     * Basic credentials for that user, or its session's token, compared in constant time.
     */
    public boolean validCsrf(HttpServletRequest request, User user) {
        if (user == null) {
            return false;
        }
        if (request.getAttribute(BASIC_ATTRIBUTE) instanceof User basicUser && basicUser.name().equals(user.name())) {
            return true;
        }
        Optional<AuthSession> session = session(request);
        if (session.isEmpty() || !session.get().user().name().equals(user.name())) {
            return false;
        }
        String token = request.getHeader(CSRF_HEADER);
        if (token == null) {
            token = request.getParameter(CSRF_FIELD);
        }
        return session.get().csrfMatches(token);
    }

    public SessionStore sessions() {
        return sessions;
    }

    public Login login() {
        return login;
    }

    private Optional<User> basic(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(header.substring(6).strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        CharBuffer buffer = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(decoded));
        char[] text = new char[buffer.remaining()];
        buffer.get(text);
        Arrays.fill(decoded, (byte) 0);
        if (buffer.hasArray()) {
            Arrays.fill(buffer.array(), '\0');
        }
        try {
            int colon = indexOf(text, ':');
            if (colon <= 0) {
                return Optional.empty();
            }
            String name = CharBuffer.wrap(text, 0, colon).toString();
            char[] password = Arrays.copyOfRange(text, colon + 1, text.length);
            try {
                Login.Result result = login.attempt(name, password, request.getRemoteAddr());
                if (result instanceof Login.Success success) {
                    request.setAttribute(BASIC_ATTRIBUTE, success.user());
                    return Optional.of(success.user());
                }
                if (result instanceof Login.Throttled throttled) {
                    request.setAttribute(RETRY_AFTER_ATTRIBUTE, throttled.seconds());
                }
                return Optional.empty();
            } finally {
                Arrays.fill(password, '\0');
            }
        } finally {
            Arrays.fill(text, '\0');
        }
    }

    private static int indexOf(char[] text, char c) {
        for (int i = 0; i < text.length; i++) {
            if (text[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** The value of the named cookie, or null. */
    public static String cookieValue(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(name)) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
