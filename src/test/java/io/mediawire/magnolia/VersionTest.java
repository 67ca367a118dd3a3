package io.mediawire.magnolia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VersionTest {
    @Test
    void comparesNumerically() {
        assertTrue(Version.parse("1.10").compareTo(Version.parse("1.9")) > 0);
        assertEquals(0, Version.parse("1.0").compareTo(Version.parse("1.0.0")));
        assertEquals(0, Version.parse("1.2-SNAPSHOT").compareTo(Version.parse("1.2")));
    }

    @Test
    void readsMagnoliaRanges() {
        Version v = Version.parse("6.3.0");
        assertTrue(v.isIn("*"));
        assertTrue(v.isIn("6.2/*"));
        assertFalse(v.isIn("6.4/*"));
        assertTrue(v.isIn("6.0/6.3"));
        assertFalse(v.isIn("6.2"));
        assertTrue(v.isIn("6.3"));
    }

    @Test
    void refusesNonsense() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Version.parse("one.two"));
        assertEquals("version 'one.two' is not of the form 1.2.3", e.getMessage());
    }
}
