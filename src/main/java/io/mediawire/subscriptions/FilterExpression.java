package io.mediawire.subscriptions;

import io.mediawire.sources.Words;
import java.util.List;

/** A parsed filter: terms over fields, combined with AND, OR and NOT. */
sealed interface FilterExpression {
    boolean matches(FilterText item);

    record And(FilterExpression left, FilterExpression right) implements FilterExpression {
        @Override
        public boolean matches(FilterText item) {
            return left.matches(item) && right.matches(item);
        }
    }

    record Or(FilterExpression left, FilterExpression right) implements FilterExpression {
        @Override
        public boolean matches(FilterText item) {
            return left.matches(item) || right.matches(item);
        }
    }

    record Not(FilterExpression inner) implements FilterExpression {
        @Override
        public boolean matches(FilterText item) {
            return !inner.matches(item);
        }
    }

    /**
     * Words in this order, next to each other, in one of the field's texts ({@code storm}, {@code "storm warning"});
     * a last word ending in {@code *} matches any word it begins ({@code flood*}: floods, flooding).
     */
    record Phrase(FilterField field, List<String> words, boolean prefix) implements FilterExpression {
        static Phrase of(FilterField field, String text) {
            boolean prefix = text.endsWith("*");
            List<String> words = Words.of(prefix ? text.substring(0, text.length() - 1) : text);
            return new Phrase(field, words, prefix);
        }

        @Override
        public boolean matches(FilterText item) {
            for (List<String> text : item.words(field)) {
                if (occursIn(text)) {
                    return true;
                }
            }
            return false;
        }

        private boolean occursIn(List<String> text) {
            int n = words.size();
            for (int start = 0; start + n <= text.size(); start++) {
                boolean all = true;
                for (int i = 0; i < n && all; i++) {
                    String word = text.get(start + i);
                    all = prefix && i == n - 1 ? word.startsWith(words.get(i)) : word.equals(words.get(i));
                }
                if (all) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A regular expression found anywhere in one of the field's texts, within a bounded matching time. */
    record Pattern(FilterField field, BoundedRegex regex) implements FilterExpression {
        @Override
        public boolean matches(FilterText item) {
            for (String text : item.raw(field)) {
                if (regex.find(text)) {
                    return true;
                }
            }
            return false;
        }
    }
}
