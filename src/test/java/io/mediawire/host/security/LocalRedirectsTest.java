package io.mediawire.host.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LocalRedirectsTest {
    @Test
    void acceptsPathsOnThisHost() {
        assertTrue(LocalRedirects.isLocalPath("/.magnolia/admincentral/mediaWire?q=a%20b&sort=headline"));
        assertTrue(LocalRedirects.isLocalPath("/"));
        assertEquals("/x", LocalRedirects.safe("/x", "/fallback"));
    }

    @Test
    void refusesEverythingThatCouldLeaveTheHost() {
        for (String next : new String[] {null, "", "https://evil.example/", "//evil.example", "/\\evil.example",
                "\\\\evil.example", "javascript:alert(1)", "http:/evil", " /x", "/x\r\nLocation: https://evil.example",
                "/x\ty", "evil.example", "/" + "a".repeat(2001)}) {
            assertFalse(LocalRedirects.isLocalPath(next), String.valueOf(next));
            assertEquals("/fallback", LocalRedirects.safe(next, "/fallback"));
        }
    }
}
