package io.mediawire.importing.identity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BodyFingerprintTest {
    private static final String ORIGINAL = """
            The council voted 7-2 on Tuesday to approve the new harbour plan.

            "It's a good day for the town," the mayor said.""";

    @Test
    void isLowerCaseHexSha256OfTheCanonicalText() {
        assertEquals("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9", BodyFingerprint.of("hello world"));
        assertEquals("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9", BodyFingerprint.of("  Hello,\n\tWORLD!  "));
    }

    @Test
    void reflowedWhitespaceGivesTheSameFingerprint() {
        String reflowed = "The council voted 7-2 on Tuesday\nto approve the new\u00A0harbour plan.\n\n\n   \"It's a good day\n for the town,\"   the mayor said.";
        assertEquals(BodyFingerprint.of(ORIGINAL), BodyFingerprint.of(reflowed));
    }

    @Test
    void caseAndTypographicPunctuationDoNotMatter() {
        String typographic = "THE COUNCIL VOTED 7–2 ON TUESDAY TO APPROVE THE NEW HARBOUR PLAN. “It’s a good day for the town”, the mayor said…";
        assertEquals(BodyFingerprint.of(ORIGINAL), BodyFingerprint.of(typographic));
    }

    @Test
    void aChangedWordGivesADifferentFingerprint() {
        assertNotEquals(BodyFingerprint.of(ORIGINAL), BodyFingerprint.of(ORIGINAL.replace("approve", "reject")));
        assertNotEquals(BodyFingerprint.of(ORIGINAL), BodyFingerprint.of(ORIGINAL.replace("7-2", "7-3")));
        assertNotEquals(BodyFingerprint.of(ORIGINAL), BodyFingerprint.of(ORIGINAL + " More follows."));
    }

    @Test
    void canonicalTextKeepsOnlyWords() {
        assertEquals("the council voted 7 2 it s a good day café", BodyFingerprint.canonicalText("The  council voted 7-2! «It’s a good day» — Cafe\u0301"));
    }

    @Test
    void refusesTextWithoutWords() {
        assertEquals("text has no words to fingerprint", assertThrows(IllegalArgumentException.class, () -> BodyFingerprint.of(" \n—… ")).getMessage());
        assertEquals("text is null", assertThrows(IllegalArgumentException.class, () -> BodyFingerprint.of(null)).getMessage());
    }
}
