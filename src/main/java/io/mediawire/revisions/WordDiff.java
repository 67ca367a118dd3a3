package io.mediawire.revisions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level difference between two texts: the longest common sequence of words (white space counts as
 * its own token, so spacing is kept), after the common beginning and end are set aside, which is most of a
 * news update. A middle too large to compare word by word ({@value #MAX_CELLS} cells) is shown as deleted
 * and inserted whole rather than spending seconds on it.
 */
public final class WordDiff {
    static final long MAX_CELLS = 4_000_000;
    private static final Pattern TOKENS = Pattern.compile("\\n\\n|\\s+|[^\\s]+");

    public enum Op { EQUAL, DELETE, INSERT }

    /** A run of text that is in both versions, only in the old one, or only in the new one. */
    public record Segment(Op op, String text) {
    }

    private WordDiff() {
    }

    public static List<Segment> compare(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        Runs runs = new Runs();
        runs.add(Op.EQUAL, a.subList(0, start));
        middle(a.subList(start, endA), b.subList(start, endB), runs);
        runs.add(Op.EQUAL, a.subList(endA, a.size()));
        return runs.segments;
    }

    private static void middle(List<String> a, List<String> b, Runs runs) {
        if ((long) a.size() * b.size() > MAX_CELLS) {
            runs.add(Op.DELETE, a);
            runs.add(Op.INSERT, b);
            return;
        }
        int n = a.size();
        int m = b.size();
        int[][] common = new int[n + 1][m + 1]; // common[i][j]: longest common sequence of a[i..] and b[j..]
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                runs.add(Op.EQUAL, a.get(i));
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                runs.add(Op.DELETE, a.get(i++));
            } else {
                runs.add(Op.INSERT, b.get(j++));
            }
        }
        runs.add(Op.DELETE, a.subList(i, n));
        runs.add(Op.INSERT, b.subList(j, m));
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKENS.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** Joins neighbouring tokens of the same kind into one run. */
    private static final class Runs {
        final List<Segment> segments = new ArrayList<>();

        void add(Op op, List<String> tokens) {
            tokens.forEach(token -> add(op, token));
        }

        void add(Op op, String token) {
            int last = segments.size() - 1;
            if (last >= 0 && segments.get(last).op() == op) {
                segments.set(last, new Segment(op, segments.get(last).text() + token));
            } else {
                segments.add(new Segment(op, token));
            }
        }
    }
}
