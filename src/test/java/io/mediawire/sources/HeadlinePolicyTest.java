package io.mediawire.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeadlinePolicyTest {
    private static final String ORIGINAL = "Storm closes the mountain pass for three days";

    @Test
    void freeAllowsAnyHeadline() {
        assertEquals(Optional.empty(), HeadlinePolicy.FREE.refusal("Agency", ORIGINAL, "Winter arrives early"));
    }

    @Test
    void lockedAllowsOnlyTheOriginal() {
        assertEquals(Optional.empty(), HeadlinePolicy.LOCKED.refusal("Agency", ORIGINAL, "  " + ORIGINAL + " "));
        String refusal = HeadlinePolicy.LOCKED.refusal("Alpine Wire", ORIGINAL, "Pass closed").orElseThrow();
        assertEquals("Alpine Wire does not allow its headlines to be changed (headline policy: locked). "
                + "The headline must stay \"" + ORIGINAL + "\".", refusal);
    }

    @Test
    void shortenOnlyAllowsLeavingWordsOut() {
        for (String shorter : new String[]{"Storm closes mountain pass", "storm closes the pass!",
                "Storm closes the mountain pass…", "STORM CLOSES PASS FOR DAYS"}) {
            assertEquals(Optional.empty(), HeadlinePolicy.SHORTEN_ONLY.refusal("Agency", ORIGINAL, shorter), shorter);
        }
    }

    @Test
    void shortenOnlyRefusesNewWordsReorderingAndLength() {
        String newWord = HeadlinePolicy.SHORTEN_ONLY.refusal("Alpine Wire", ORIGINAL, "Storm shuts mountain pass").orElseThrow();
        assertTrue(newWord.startsWith("Alpine Wire allows its headlines only to be shortened (headline policy: shortenOnly)"),
                newWord);
        assertTrue(newWord.contains("\"shuts\" is not in the original."), newWord);
        assertTrue(newWord.endsWith("Original: \"" + ORIGINAL + "\"."), newWord);
        String reordered = HeadlinePolicy.SHORTEN_ONLY.refusal("A", ORIGINAL, "Mountain pass storm").orElseThrow();
        assertTrue(reordered.contains("\"storm\" is out of the original's order."), reordered);
        assertTrue(HeadlinePolicy.SHORTEN_ONLY.refusal("A", "Short one", "Short one, one").isPresent());
        assertTrue(HeadlinePolicy.SHORTEN_ONLY.refusal("A", ORIGINAL, "…").orElseThrow().contains("no words"));
    }

    @Test
    void policiesAreSpelledAsStored() {
        assertEquals(HeadlinePolicy.SHORTEN_ONLY, HeadlinePolicy.parse("shortenOnly"));
        InvalidSourceException e = assertThrows(InvalidSourceException.class, () -> HeadlinePolicy.parse("SHORTEN"));
        assertEquals("headlinePolicy must be free, shortenOnly or locked, not 'SHORTEN'", e.getMessage());
    }
}
