package io.mediawire.host.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashesAreSaltedSlowAndVerifiable() {
        String a = hasher.hash("correct horse battery".toCharArray());
        String b = hasher.hash("correct horse battery".toCharArray());
        assertNotEquals(a, b, "a random salt per hash");
        String[] parts = a.split("\\$");
        assertEquals("pbkdf2-sha256", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 210_000);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
        assertFalse(a.contains("correct horse"));
        assertTrue(hasher.verify("correct horse battery".toCharArray(), a));
        assertTrue(hasher.verify("correct horse battery".toCharArray(), b));
        assertFalse(hasher.verify("correct horse batterY".toCharArray(), a));
    }

    @Test
    void theDecoyIsShapedLikeARealHashSoVerifyingAgainstItCostsTheSameAndNeverMatches() {
        String decoy = hasher.decoy();
        String real = hasher.hash("correct horse battery".toCharArray());
        String[] parts = decoy.split("\\$");
        String[] realParts = real.split("\\$");
        assertEquals(realParts[0], parts[0]);
        assertEquals(realParts[1], parts[1], "the same iteration count: the same time to verify");
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
        assertNotEquals(decoy, hasher.decoy());
        for (String guess : new String[] {"", "admin", "correct horse battery", parts[3]}) {
            assertFalse(hasher.verify(guess.toCharArray(), decoy), guess);
        }
    }

    @Test
    void malformedHashesNeverVerify() {
        for (String stored : new String[] {null, "", "plain", "pbkdf2-sha256$x$y$z", "md5$1$AA$AA",
                "pbkdf2-sha256$0$AAAA$AAAA", "pbkdf2-sha256$210000$AAAA$"}) {
            assertFalse(hasher.verify("x".toCharArray(), stored), String.valueOf(stored));
        }
    }

    @Test
    void weakPasswordsAreRefusedAndGeneratedOnesAreStrong() {
        assertThrows(Passwords.WeakPasswordException.class, () -> Passwords.check("short".toCharArray()));
        assertThrows(Passwords.WeakPasswordException.class, () -> Passwords.check("aaaaaaaaaaaaaaaa".toCharArray()));
        char[] generated = Passwords.generate();
        Passwords.check(generated);
        assertNotEquals(new String(generated), new String(Passwords.generate()));
    }
}
