package io.mediawire.subscriptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.importing.ItemFilterException;
import io.mediawire.importing.ItemText;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedFilterTest {
    static final ItemText STORM = new ItemText("Storm warning for the coast",
            "Gale-force winds are expected tonight. Ferries to the islands are cancelled; flooding is likely.",
            "Jane Doe", List.of("Weather", "Transport news"));
    static final ItemText FOOTBALL = new ItemText("Harbour FC wins the cup",
            "A late goal decided the final. Sponsored by Seaside Bank.", "Sam Smith", List.of("Sport"));

    private static boolean keeps(String expression, ItemText item) {
        return FeedFilter.compile(expression).accepts(item);
    }

    @Test
    void aBlankFilterKeepsEverything() {
        assertTrue(keeps("", FOOTBALL));
        assertTrue(keeps("   ", STORM));
        assertTrue(keeps(null, STORM));
    }

    @Test
    void wordsMatchWholeWordsInAnyFieldIgnoringCaseAndPunctuation() {
        assertTrue(keeps("STORM", STORM));
        assertTrue(keeps("ferries", STORM), "a word only in the body");
        assertTrue(keeps("doe", STORM), "the author");
        assertTrue(keeps("transport", STORM), "a category");
        assertFalse(keeps("ferry", STORM), "whole words: ferries is not ferry");
        assertTrue(keeps("ferr*", STORM), "a prefix");
        assertTrue(keeps("gale", STORM), "gale-force has the word gale");
    }

    @Test
    void phrasesMatchWordsSideBySideWithinOneText() {
        assertTrue(keeps("\"storm warning\"", STORM));
        assertTrue(keeps("\"force  winds\"", STORM), "spacing and the hyphen do not matter");
        assertFalse(keeps("\"warning storm\"", STORM));
        assertFalse(keeps("\"weather transport\"", STORM), "a phrase never runs from one category into the next");
        assertTrue(keeps("category:\"transport news\"", STORM));
    }

    @Test
    void fieldsNarrowATermOrAGroup() {
        assertFalse(keeps("title:ferries", STORM), "ferries is in the body only");
        assertTrue(keeps("body:ferries", STORM));
        assertTrue(keeps("author:jane", STORM));
        assertFalse(keeps("author:storm", STORM));
        assertTrue(keeps("title:(cup OR storm)", STORM));
        assertTrue(keeps("category:sport", FOOTBALL));
        assertFalse(keeps("category:sport", STORM));
    }

    @Test
    void andOrNotCombineAsWritten() {
        assertTrue(keeps("storm AND ferries", STORM));
        assertTrue(keeps("storm ferries", STORM), "side by side means AND");
        assertFalse(keeps("storm AND cup", STORM));
        assertTrue(keeps("cup OR storm", STORM));
        assertFalse(keeps("NOT storm", STORM));
        assertTrue(keeps("weather OR sport AND NOT sponsored", STORM));
        assertFalse(keeps("(weather OR sport) AND NOT sponsored", FOOTBALL), "excluded by a word in the body");
        assertTrue(keeps("storm OR cup AND NOT storm", FOOTBALL), "AND binds tighter than OR");
        assertTrue(keeps("not", new ItemText("Not guilty", "", "", List.of())), "lower-case not is a word");
    }

    @Test
    void includeAndExcludeCombineIntoOneExpression() {
        String rule = FeedFilter.combine("weather OR sport", "sponsored");
        assertEquals("(weather OR sport) AND NOT (sponsored)", rule);
        assertTrue(keeps(rule, STORM));
        assertFalse(keeps(rule, FOOTBALL));
        assertEquals("NOT (sponsored)", FeedFilter.combine(" ", "sponsored"));
        assertEquals("storm", FeedFilter.combine("storm", null));
    }

    @Test
    void patternsAreJavaRegularExpressionsCaseSensitiveUnlessFlagged() {
        assertTrue(keeps("/Gale-force\\s+winds/", STORM));
        assertFalse(keeps("/gale-force/", STORM));
        assertTrue(keeps("/gale-force/i", STORM));
        assertTrue(keeps("title:/^Harbour FC/", FOOTBALL));
        assertTrue(keeps("body:/Sponsored by \\w+ Bank/ AND NOT category:weather", FOOTBALL));
        assertTrue(keeps("/a\\/b/", new ItemText("a/b", "", "", List.of())), "\\/ is a slash inside a pattern");
        assertTrue(keeps("/.*islands.*/", STORM), "a naive quadratic pattern is fine on paragraph-long text");
    }

    @Test
    void syntaxErrorsNameTheProblemAndItsPosition() {
        assertEquals("filters: a '(' is not closed at position 15 of '(storm OR rain'",
                assertThrows(InvalidFilterException.class, () -> FeedFilter.compile("(storm OR rain")).getMessage());
        assertEquals("filters: a term is missing at the end at position 10 of 'storm AND'",
                assertThrows(InvalidFilterException.class, () -> FeedFilter.compile("storm AND")).getMessage());
        assertEquals("filters: unknown field 'headline' (fields: title, body, author, category, any) at position 1 of 'headline:storm'",
                assertThrows(InvalidFilterException.class, () -> FeedFilter.compile("headline:storm")).getMessage());
        assertEquals("filters: a ')' without its '(' at position 6 of 'storm)'",
                assertThrows(InvalidFilterException.class, () -> FeedFilter.compile("storm)")).getMessage());
        assertTrue(assertThrows(InvalidFilterException.class, () -> FeedFilter.compile("\"storm"))
                .getMessage().startsWith("filters: a '\"' is not closed"));
        assertTrue(assertThrows(InvalidFilterException.class, () -> FeedFilter.compile("OR storm"))
                .getMessage().startsWith("filters: OR needs a term on each side"));
        assertTrue(assertThrows(InvalidFilterException.class, () -> FeedFilter.compile("(".repeat(40) + "a" + ")".repeat(40)))
                .getMessage().startsWith("filters: nested more than 32 levels deep"));
    }

    @Test
    void anInvalidRegularExpressionIsRefusedWithJavasReason() {
        InvalidFilterException e = assertThrows(InvalidFilterException.class, () -> FeedFilter.compile("/storm(/"));
        assertTrue(e.getMessage().startsWith("filters: /storm(/ is not a valid regular expression: Unclosed group"),
                e.getMessage());
        assertEquals("filters: unknown pattern flag 'x' after /storm/ (flags: i, m, s)",
                assertThrows(InvalidFilterException.class, () -> FeedFilter.compile("/storm/x")).getMessage());
    }

    @Test
    void catastrophicBacktrackingIsRefusedWhenTheFilterIsSaved() {
        // what this JDK's engine still cannot match in time (its loop memo defuses the textbook (a+)+$)
        for (String pattern : List.of("/((a+)+)+b/", "/(a|aa)+\\1$/", "/(.*,){3}x/", "/((\\d+)+)+!x/")) {
            InvalidFilterException e = assertThrows(InvalidFilterException.class, () -> FeedFilter.compile(pattern),
                    pattern);
            assertTrue(e.getMessage().contains("can take exponential time (catastrophic backtracking"), e.getMessage());
        }
    }

    @Test
    void aPatternThatRunsTooLongOnAnItemIsStoppedNotLeftRunning() {
        // Quadratic, so it passes the probes on save, but too slow on a long line without the x.
        FeedFilter slow = FeedFilter.compile("/.*,x/");
        assertTrue(slow.accepts(new ItemText("t", "a paragraph, then another,x", "", List.of())));
        ItemText commas = new ItemText("t", ",".repeat(20_000), "", List.of());
        long start = System.nanoTime();
        ItemFilterException e = assertThrows(ItemFilterException.class, () -> slow.accepts(commas));
        assertEquals("the pattern /.*,x/ took too long on this item and was stopped", e.getMessage());
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "bounded by the work budget, not by patience");
    }
}
