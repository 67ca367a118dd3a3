package io.mediawire.subscriptions;

import io.mediawire.importing.ItemFilterException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A regular expression an editor wrote, matched with a bound on its work. Java's engine backtracks;
 * since JDK 9 it remembers where simple nested loops failed, which defuses the textbook
 * {@code (a+)+$}, but loops of nested loops ({@code ((a+)+)+b}), back references and runs of
 * wildcards ({@code (.*?,){5}x}) still take exponential or high-polynomial time. Two guards: on
 * save, the pattern is tried on short probe texts made of its own characters and refused when it
 * blows up there; on every match, the characters the engine reads are counted and the match gives
 * up past a budget that grows with the text (what the probes cannot foresee).
 */
final class BoundedRegex {
    /**
     * Reads of the text a match may make: a linear pattern reads each character a few times, a quadratic one such
     * as {@code .*storm.*} fits on paragraph-long lines; some tens of milliseconds at most.
     */
    static final long BASE_BUDGET = 1_000_000;
    static final long PER_CHARACTER = 1_000;
    /**
     * What a probe of {@value #PROBE_LENGTH} characters may cost before the pattern is called catastrophic: a
     * quadratic pattern reads a few thousand characters there, a cubic one about a million.
     */
    static final long PROBE_BUDGET = 300_000;
    static final int PROBE_LENGTH = 48;

    private final String source;
    private final Pattern pattern;

    private BoundedRegex(String source, Pattern pattern) {
        this.source = source;
        this.pattern = pattern;
    }

    /**
     * @param flags letters after the closing slash: {@code i} ignore case, {@code m} multi-line, {@code s} dot
     *              matches new lines
     */
    static BoundedRegex compile(String source, String flags) {
        int bits = Pattern.UNICODE_CASE;
        for (char flag : flags.toCharArray()) {
            bits |= switch (flag) {
                case 'i' -> Pattern.CASE_INSENSITIVE;
                case 'm' -> Pattern.MULTILINE;
                case 's' -> Pattern.DOTALL;
                default -> throw new InvalidFilterException("unknown pattern flag '" + flag + "' after /" + source
                        + "/ (flags: i, m, s)");
            };
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(source, bits);
        } catch (PatternSyntaxException e) {
            throw new InvalidFilterException("/" + source + "/ is not a valid regular expression: "
                    + e.getDescription() + (e.getIndex() >= 0 ? " near position " + (e.getIndex() + 1) : ""));
        }
        BoundedRegex regex = new BoundedRegex(source, pattern);
        regex.probe();
        return regex;
    }

    /** True when the pattern occurs in {@code text}; {@link ItemFilterException} when it cannot tell in time. */
    boolean find(String text) {
        return find(text, BASE_BUDGET + PER_CHARACTER * text.length());
    }

    private boolean find(String text, long budget) {
        try {
            return pattern.matcher(new CountingText(text, budget)).find();
        } catch (BudgetSpent e) {
            throw new ItemFilterException("the pattern /" + source + "/ took too long on this item and was stopped");
        } catch (StackOverflowError e) {
            throw new ItemFilterException("the pattern /" + source + "/ nests too deeply for this item's text");
        }
    }

    private void probe() {
        for (String probe : probes()) {
            try {
                find(probe, PROBE_BUDGET);
            } catch (ItemFilterException e) {
                throw new InvalidFilterException("/" + source + "/ can take exponential time (catastrophic "
                        + "backtracking, e.g. on \"" + probe.substring(0, 12) + "…\"): rewrite it without nested "
                        + "repetition such as (a+)+");
            }
        }
    }

    /** Runs of each literal character of the pattern, and of a letter, a digit and a space, each ending in a mismatch. */
    private Set<String> probes() {
        Set<Character> characters = new LinkedHashSet<>();
        for (char c : source.toCharArray()) {
            if ("()[]{}*+?|^$\\".indexOf(c) < 0 && !Character.isISOControl(c)) {
                characters.add(c);
            }
        }
        characters.add('a');
        characters.add('0');
        characters.add(' ');
        Set<String> probes = new LinkedHashSet<>();
        for (char c : characters) {
            String run = String.valueOf(c).repeat(PROBE_LENGTH);
            probes.add(run + "!");
            probes.add(run + "\n!");
            probes.add("ab".repeat(PROBE_LENGTH / 2) + c + "!");
        }
        return probes;
    }

    @Override
    public String toString() {
        return "/" + source + "/";
    }

    private static final class BudgetSpent extends RuntimeException {
        BudgetSpent() {
            super(null, null, false, false);
        }
    }

    /** The text, counting each character read; past the budget every read throws. */
    private static final class CountingText implements CharSequence {
        private final String text;
        private final long[] left;
        private final int offset;
        private final int length;

        CountingText(String text, long budget) {
            this(text, new long[]{budget}, 0, text.length());
        }

        private CountingText(String text, long[] left, int offset, int length) {
            this.text = text;
            this.left = left;
            this.offset = offset;
            this.length = length;
        }

        @Override
        public char charAt(int index) {
            if (--left[0] < 0) {
                throw new BudgetSpent();
            }
            return text.charAt(offset + index);
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new CountingText(text, left, offset + start, end - start);
        }

        @Override
        public String toString() {
            return text.substring(offset, offset + length);
        }
    }
}
