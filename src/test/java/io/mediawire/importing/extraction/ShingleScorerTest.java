package io.mediawire.importing.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed cases of the benchmark's rules, so a scorer bug cannot hide a bad extractor. */
class ShingleScorerTest {

    private static final double EPS = 1e-9;

    @Test
    void tokensMatchPythonWordRuns() {
        // Expected list printed by python3: re.findall(r"\w+", same text)
        assertEquals(List.of("don", "t", "stop", "now_ok", "3", "5", "cafe", "²", "Ⅷ", "١٢", "مراجعه", "کنندگان", "क", "½"),
            ShingleScorer.tokens("don't stop\u2014now_ok 3.5 cafe\u0301 \u00b2 \u2167 \u0661\u0662 "
                + "\u0645\u0631\u0627\u062c\u0639\u0647\u200c\u06a9\u0646\u0646\u062f\u06af\u0627\u0646 \u0915\u093f \u00bd"));
        assertEquals(List.of(), ShingleScorer.tokens(" ,.- "));
        assertEquals(List.of(), ShingleScorer.tokens(null));
    }

    @Test
    void identicalTextsScoreOne() {
        ShingleScorer.DocScore d = ShingleScorer.score("a", "One two three four five.", "One two, three four five");
        assertEquals(1.0, d.precision(), EPS);
        assertEquals(1.0, d.recall(), EPS);
        assertTrue(d.exact());
    }

    @Test
    void caseIsNotNormalised() {
        ShingleScorer.DocScore d = ShingleScorer.score("a", "one two three four", "One two three four");
        assertEquals(0.0, d.f1(), EPS);
        assertFalse(d.exact());
    }

    @Test
    void shortPredictionIsOneShortShingle() {
        // truth shingles {abcd, bcde}; prediction {abcd}: tp 1, fp 0, fn 1
        ShingleScorer.DocScore d = ShingleScorer.score("a", "a b c d e", "a b c d");
        assertEquals(0.5, d.tp(), EPS);
        assertEquals(0.0, d.fp(), EPS);
        assertEquals(0.5, d.fn(), EPS);
        assertEquals(1.0, d.precision(), EPS);
        assertEquals(0.5, d.recall(), EPS);
        assertEquals(2.0 / 3, d.f1(), EPS);
    }

    @Test
    void shinglesAreAMultiset() {
        // truth shingles: xyzw x2, yzwx, zwxy, wxyz; prediction: xyzw once -> tp 1, fn 4
        ShingleScorer.DocScore d = ShingleScorer.score("a", "x y z w x y z w", "x y z w");
        assertEquals(1.0, d.precision(), EPS);
        assertEquals(0.2, d.recall(), EPS);
        // and extra copies are false positives: prediction xyzw x2 + 3 others vs truth xyzw once
        ShingleScorer.DocScore e = ShingleScorer.score("b", "x y z w", "x y z w x y z w");
        assertEquals(0.2, e.precision(), EPS);
        assertEquals(1.0, e.recall(), EPS);
    }

    @Test
    void extraTextLowersPrecisionOnly() {
        // truth: 6 tokens -> 3 shingles; prediction adds 2 tokens -> 5 shingles, 3 shared
        ShingleScorer.DocScore d = ShingleScorer.score("a", "the cat sat on the mat", "the cat sat on the mat all day");
        assertEquals(3.0 / 5, d.precision(), EPS);
        assertEquals(1.0, d.recall(), EPS);
    }

    @Test
    void emptyCases() {
        ShingleScorer.DocScore missing = ShingleScorer.score("a", "one two three four five", "");
        assertFalse(missing.hasPrediction());
        assertTrue(missing.hasTruth());
        assertEquals(0.0, missing.precision(), EPS);
        assertEquals(0.0, missing.recall(), EPS);
        ShingleScorer.DocScore both = ShingleScorer.score("b", "", "...");
        assertFalse(both.hasPrediction());
        assertFalse(both.hasTruth());
        assertEquals(1.0, both.precision(), EPS);
        assertTrue(both.exact());
    }

    @Test
    void corpusAveragesPrecisionOverPredictionsAndRecallOverTruths() {
        ShingleScorer.Result r = ShingleScorer.aggregate(List.of(
            ShingleScorer.score("perfect", "a b c d e", "a b c d e"),
            ShingleScorer.score("missing", "a b c d e", ""),
            ShingleScorer.score("half", "a b c d e", "a b c d")));
        assertEquals(1.0, r.precision(), EPS);          // (1 + 1) / 2, the missing one is not counted
        assertEquals(0.5, r.recall(), EPS);             // (1 + 0 + 0.5) / 3
        assertEquals(2.0 / 3, r.f1(), EPS);
        assertEquals(1.0 / 3, r.accuracy(), EPS);
    }

    @Test
    void noPredictionAtAllGivesZero() {
        ShingleScorer.Result r = ShingleScorer.aggregate(List.of(ShingleScorer.score("a", "a b c d", "")));
        assertTrue(Double.isNaN(r.precision()));
        assertEquals(0.0, r.f1(), EPS);
    }
}
