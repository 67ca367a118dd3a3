package io.mediawire.host.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The sign-in form's token against login CSRF (another site signing a browser into the attacker's
 * account). The form and a cookie carry the same token, and the token must be one this server
 * issued: {@code nonce.expiry.signature}, signed with HMAC-SHA256 under a key made at start. A
 * pair the client makes up itself ({@code MW_LOGIN=abc} with {@code _login=abc}) is refused, and
 * so is an issued token past its expiry, whatever the cookie's own Max-Age. The host keeps the key in
 * the repository ({@link AccessWorkspace#secret}), so every node of a cluster accepts the others' forms.
 */
public final class LoginFormTokens {
    public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(30);
    private static final String ALGORITHM = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;
    private final Clock clock;
    private final Duration lifetime;

    public LoginFormTokens(Clock clock) {
        this(clock, DEFAULT_LIFETIME);
    }

    public LoginFormTokens(Clock clock, Duration lifetime) {
        this(newSecret(), clock, lifetime);
    }

    /** Tokens signed with a key every node of a cluster shares: a form loaded from one node signs in on another. */
    public LoginFormTokens(byte[] secret, Clock clock) {
        this(secret, clock, DEFAULT_LIFETIME);
    }

    private LoginFormTokens(byte[] secret, Clock clock, Duration lifetime) {
        this.key = new SecretKeySpec(secret, ALGORITHM);
        this.clock = clock;
        this.lifetime = lifetime;
    }

    static byte[] newSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** A new token for a sign-in form and its cookie. */
    public String issue() {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String payload = ENCODER.encodeToString(nonce) + "." + clock.instant().plus(lifetime).getEpochSecond();
        return payload + "." + sign(payload);
    }

    /** True when the cookie and the form carry the same token, signed here and not yet expired. */
    public boolean accepts(String cookieToken, String formToken) {
        if (!Tokens.equal(cookieToken, formToken)) {
            return false;
        }
        int signatureStart = formToken.lastIndexOf('.');
        int expiryStart = signatureStart < 0 ? -1 : formToken.lastIndexOf('.', signatureStart - 1);
        if (expiryStart <= 0) {
            return false;
        }
        String payload = formToken.substring(0, signatureStart);
        byte[] expected = sign(payload).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, formToken.substring(signatureStart + 1).getBytes(StandardCharsets.UTF_8))) {
            return false;
        }
        try {
            return clock.instant().getEpochSecond() < Long.parseLong(payload.substring(expiryStart + 1));
        } catch (NumberFormatException e) {
            return false; // cannot happen for a correctly signed token; refuse rather than trust it
        }
    }

    public Duration lifetime() {
        return lifetime;
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return ENCODER.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
