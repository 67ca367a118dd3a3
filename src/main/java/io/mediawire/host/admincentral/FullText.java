package io.mediawire.host.admincentral;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns what an editor types into a search box into a JCR full-text expression that means
 * "all these words": every query-syntax character is escaped, and words are lower-cased so
 * {@code OR}/{@code AND}/{@code NOT} are searched for, not obeyed. The result is still passed as
 * a bind variable, never spliced into the query text.
 */
public final class FullText {
    private static final String SPECIAL = "\\+-!():^[]\"{}~*?|&/'";

    private FullText() {
    }

    /** The expression, or null when the text has nothing searchable (only spaces or punctuation). */
    public static String expression(String text) {
        if (text == null) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.add(escape(word.toLowerCase(Locale.ROOT)));
            }
            if (words.size() == 20) {
                break; // a longer query is a paste, not a search
            }
        }
        return words.isEmpty() ? null : String.join(" ", words);
    }

    static String escape(String word) {
        StringBuilder escaped = new StringBuilder(word.length() + 4);
        for (char c : word.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
