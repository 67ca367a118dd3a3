package io.mediawire.sources;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text as the words a reader sees: compatibility-normalized (ligatures, full-width letters), lower
 * case, split at everything that is not a letter, a mark or a digit. Headline policies and feed
 * filters compare words this way, so case and punctuation never decide.
 */
public final class Words {
    private Words() {
    }

    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return words;
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        for (String word : normal.split("[^\\p{L}\\p{M}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
