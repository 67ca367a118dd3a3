package io.mediawire.host.web.authoring;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers on every authoring page: no inline script or style (the JS and CSS come from the
 * light module's webresources), no framing, no sniffing, no referrer to other sites, no caching
 * of pages that show unpublished stories. Story bodies may show images from their sources.
 */
final class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' https: data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    private SecurityHeaders() {
    }

    static void apply(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Cache-Control", "no-store");
    }
}
