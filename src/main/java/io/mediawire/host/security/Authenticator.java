package io.mediawire.host.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Who is calling: a browser with the session cookie, or a script (the command line's
 * {@code --server} mode) with HTTP Basic credentials. It works on {@link Credentials}, plain
 * values the web layer reads from the request; the authoring UI and the import API share one
 * instance.
 *
 * <p>CSRF: a cookie is sent by the browser on its own, so a cookie-authenticated request that
 * changes state must also carry the session's token ({@value #CSRF_FIELD} form field or
 * {@value #CSRF_HEADER} header). Basic credentials are only sent by a browser after a
 * {@code WWW-Authenticate} challenge, which this host gives only to a request that already sent
 * Basic credentials (the web layer's {@code BasicChallenge}), never to a browser; so they need no token.
 */
public final class Authenticator {
    public static final String SESSION_COOKIE = "MW_SESSION";
    public static final String CSRF_FIELD = "_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private final Login login;
    private final SessionStore sessions;
    private final LoginFormTokens loginForms;

    public Authenticator(Login login, SessionStore sessions, LoginFormTokens loginForms) {
        this.login = login;
        this.sessions = sessions;
        this.loginForms = loginForms;
    }

    /** The caller, by session cookie or else by HTTP Basic credentials (which counts as a sign-in attempt). */
    public Caller identify(Credentials credentials) {
        Optional<AuthSession> session = session(credentials);
        if (session.isPresent()) {
            return new Caller.SignedIn(session.get());
        }
        return basic(credentials);
    }

    /** The live session of the credentials' cookie. */
    public Optional<AuthSession> session(Credentials credentials) {
        return sessions.find(credentials.sessionId());
    }

    /**
     * True when a state-changing request may go ahead for {@code caller}: it signed in with Basic
     * credentials, or it carries its session's token, compared in constant time.
     */
    public boolean mayChangeState(Caller caller, Credentials credentials) {
        if (caller instanceof Caller.Basic) {
            return true;
        }
        return caller instanceof Caller.SignedIn signedIn && signedIn.session().csrfMatches(credentials.csrfToken());
    }

    public SessionStore sessions() {
        return sessions;
    }

    public Login login() {
        return login;
    }

    /** The sign-in form's tokens (login CSRF), which only this server can issue. */
    public LoginFormTokens loginForms() {
        return loginForms;
    }

    private Caller basic(Credentials credentials) {
        String header = credentials.authorization();
        if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return new Caller.Anonymous();
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(header.substring(6).strip());
        } catch (IllegalArgumentException e) {
            return new Caller.Anonymous();
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
                return new Caller.Anonymous();
            }
            String name = CharBuffer.wrap(text, 0, colon).toString();
            char[] password = Arrays.copyOfRange(text, colon + 1, text.length);
            try {
                Login.Result result = login.attempt(name, password, credentials.clientAddress());
                if (result instanceof Login.Success success) {
                    return new Caller.Basic(success.user());
                }
                if (result instanceof Login.Throttled throttled) {
                    return new Caller.Throttled(throttled.seconds());
                }
                return new Caller.Anonymous();
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
}
