package io.mediawire.host.security;

/**
 * What a request offers to say who is calling, as plain values; the web layer reads them from HTTP.
 *
 * @param sessionId     the session cookie's value ({@value Authenticator#SESSION_COOKIE}), or null
 * @param authorization the {@code Authorization} header, or null
 * @param csrfToken     the token a state-changing request carries ({@value Authenticator#CSRF_HEADER}
 *                      header or {@value Authenticator#CSRF_FIELD} field), or null
 * @param clientAddress the caller's address, which sign-in throttling counts failures by
 */
public record Credentials(String sessionId, String authorization, String csrfToken, String clientAddress) {
}
