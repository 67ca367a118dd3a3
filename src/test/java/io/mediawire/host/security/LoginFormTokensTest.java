package io.mediawire.host.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginFormTokensTest {
    final MutableClock clock = new MutableClock(Instant.parse("2025-03-10T09:00:00Z"));
    final LoginFormTokens tokens = new LoginFormTokens(clock, Duration.ofMinutes(30));

    @Test
    void anIssuedTokenInCookieAndFormIsAccepted() {
        String token = tokens.issue();
        assertTrue(tokens.accepts(token, token));
    }

    @Test
    void aPairTheClientChoseIsRefused() {
        assertFalse(tokens.accepts("abc", "abc"));
        assertFalse(tokens.accepts("abc.99999999999.xyz", "abc.99999999999.xyz"));
        assertFalse(tokens.accepts(null, null));
        assertFalse(tokens.accepts("", ""));
    }

    @Test
    void cookieAndFormMustCarryTheSameIssuedToken() {
        String one = tokens.issue();
        String other = tokens.issue();
        assertFalse(tokens.accepts(one, other));
        assertFalse(tokens.accepts(null, one));
    }

    @Test
    void aChangedExpiryBreaksTheSignature() {
        String token = tokens.issue();
        String[] parts = token.split("\\.");
        String later = parts[0] + "." + (Long.parseLong(parts[1]) + 86_400) + "." + parts[2];
        assertFalse(tokens.accepts(later, later));
    }

    @Test
    void aTokenExpiresOnTheServerWhateverTheCookieSays() {
        String token = tokens.issue();
        clock.advance(Duration.ofMinutes(29));
        assertTrue(tokens.accepts(token, token));
        clock.advance(Duration.ofMinutes(1));
        assertFalse(tokens.accepts(token, token));
    }

    @Test
    void anotherServersTokenIsRefused() {
        String foreign = new LoginFormTokens(clock).issue();
        assertFalse(tokens.accepts(foreign, foreign));
    }
}
