package io.mediawire.importing.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores extracted bodies against true bodies with the rules of {@code tools/score_extraction.py}
 * (the Zyte article-extraction-benchmark): 4-token shingle multisets, per-document shares,
 * corpus precision over documents with a prediction, corpus recall over documents with a truth.
 */
public final class ShingleScorer {

    static final int SHINGLE_SIZE = 4;

    /** One document's normalised true-positive, false-positive and false-negative shares. */
    public record DocScore(String id, double tp, double fp, double fn, boolean exact) {
        public boolean hasPrediction() { return tp + fp > 0; }
        public boolean hasTruth() { return tp + fn > 0; }
        public double precision() { return ratio(tp, fp, fn); }
        public double recall() { return ratio(tp, fn, fp); }
        public double f1() {
            double p = precision(), r = recall();
            return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        }
    }

    /** Corpus figures; precision is NaN when no document has a prediction. */
    public record Result(double precision, double recall, double f1, double accuracy, List<DocScore> documents) {}

    private ShingleScorer() {
    }

    public static DocScore score(String id, String truth, String prediction) {
        List<String> trueTokens = tokens(truth);
        List<String> predTokens = tokens(prediction);
        Map<List<String>, Integer> trueShingles = shingles(trueTokens);
        Map<List<String>, Integer> predShingles = shingles(predTokens);
        long hit = 0, extra = 0, missed = 0;
        for (Map.Entry<List<String>, Integer> e : predShingles.entrySet()) {
            int inTruth = trueShingles.getOrDefault(e.getKey(), 0);
            hit += Math.min(inTruth, e.getValue());
            extra += Math.max(0, e.getValue() - inTruth);
        }
        for (Map.Entry<List<String>, Integer> e : trueShingles.entrySet()) {
            missed += Math.max(0, e.getValue() - predShingles.getOrDefault(e.getKey(), 0));
        }
        long total = hit + extra + missed;
        boolean exact = trueTokens.equals(predTokens);
        if (total == 0) {
            return new DocScore(id, 0, 0, 0, exact);
        }
        return new DocScore(id, (double) hit / total, (double) extra / total, (double) missed / total, exact);
    }

    /** Aggregates documents the way the python script does (macro averages, then harmonic mean). */
    public static Result aggregate(Collection<DocScore> docs) {
        double pSum = 0, rSum = 0;
        int pN = 0, rN = 0, exact = 0;
        for (DocScore d : docs) {
            if (d.hasPrediction()) { pSum += d.precision(); pN++; }
            if (d.hasTruth()) { rSum += d.recall(); rN++; }
            if (d.exact()) exact++;
        }
        double precision = pN > 0 ? pSum / pN : Double.NaN;
        double recall = rN > 0 ? rSum / rN : Double.NaN;
        double p = Double.isNaN(precision) ? 0 : precision;
        double r = Double.isNaN(recall) ? 0 : recall;
        double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        double accuracy = docs.isEmpty() ? 0 : (double) exact / docs.size();
        return new Result(precision, recall, f1, accuracy, List.copyOf(docs));
    }

    /** Maximal runs of word characters, as python's {@code re.findall(r"\w+")} on a str. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            boolean word = isWordChar(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    /**
     * Python's {@code \w} for str patterns: alphanumeric (letters Lu/Ll/Lt/Lm/Lo and any numeric
     * character) or underscore. Unlike Java's UNICODE_CHARACTER_CLASS it excludes combining marks.
     */
    static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
            || type == Character.OTHER_NUMBER;
    }

    static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        if (tokens.size() <= SHINGLE_SIZE) {
            counts.put(List.copyOf(tokens), 1);
            return counts;
        }
        for (int start = 0; start + SHINGLE_SIZE <= tokens.size(); start++) {
            counts.merge(List.copyOf(tokens.subList(start, start + SHINGLE_SIZE)), 1, Integer::sum);
        }
        return counts;
    }

    private static double ratio(double tp, double wrong, double otherWrong) {
        if (wrong == 0 && otherWrong == 0) {
            return 1.0;
        }
        if (tp == 0 && wrong == 0) {
            return 0.0;
        }
        return tp / (tp + wrong);
    }
}
