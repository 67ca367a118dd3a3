package io.mediawire.revisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void changedWordsAreMarkedAndTheRestIsShared() {
        List<WordDiff.Segment> diff = WordDiff.compare("Three people were hurt on Monday.",
                "Five people were badly hurt on Monday.");
        assertEquals(List.of(
                new WordDiff.Segment(WordDiff.Op.DELETE, "Three"),
                new WordDiff.Segment(WordDiff.Op.INSERT, "Five"),
                new WordDiff.Segment(WordDiff.Op.EQUAL, " people were"),
                new WordDiff.Segment(WordDiff.Op.INSERT, " badly"),
                new WordDiff.Segment(WordDiff.Op.EQUAL, " hurt on Monday.")), diff);
    }

    @Test
    void bothSidesAreServedEscapedParagraphByParagraphWithDelAndIns() {
        DiffView view = DiffView.of("Bridge collapses", "<p>Three people were hurt.</p><p>Road closed &lt;script&gt;.</p>",
                "Bridge collapses in the old town", "<p>Five people were hurt.</p><p>Road closed &lt;script&gt;.</p>"
                        + "<p>More later.</p>");
        assertEquals("<p><del>Three</del> people were hurt.</p><p>Road closed &lt;script&gt;.</p>", view.before());
        assertEquals("<p><ins>Five</ins> people were hurt.</p><p>Road closed &lt;script&gt;.</p><p><ins>More later.</ins></p>",
                view.after());
        assertEquals("Bridge collapses<ins> in the old town</ins>", view.headlineAfter());
        assertEquals("Bridge collapses", view.headlineBefore());
        assertEquals(1, view.deletedWords());
        assertEquals(3, view.insertedWords());
        assertFalse(view.after().contains("<script>"), "text from the agency is never markup in the diff");
    }

    @Test
    void aMiddleTooLargeToCompareWordByWordIsShownReplacedWhole() {
        String before = "start " + "a ".repeat(2500) + "end";
        String after = "start " + "b ".repeat(2500) + "end";
        List<WordDiff.Segment> diff = WordDiff.compare(before, after);
        assertEquals(4, diff.size());
        assertEquals(WordDiff.Op.DELETE, diff.get(1).op());
        assertEquals(WordDiff.Op.INSERT, diff.get(2).op());
        assertTrue(diff.get(3).text().endsWith("end"));
    }
}
