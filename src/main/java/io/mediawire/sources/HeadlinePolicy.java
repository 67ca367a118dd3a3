package io.mediawire.sources;

import java.util.List;
import java.util.Optional;

/**
 * What a source's licence lets the desk do with its headlines: restyle them freely, only shorten
 * them (leave words out, keep the rest in order), or nothing at all.
 */
public enum HeadlinePolicy {
    FREE("free"),
    SHORTEN_ONLY("shortenOnly"),
    LOCKED("locked");

    private final String value;

    HeadlinePolicy(String value) {
        this.value = value;
    }

    /** The stored and JSON spelling: {@code free}, {@code shortenOnly}, {@code locked}. */
    public String value() {
        return value;
    }

    /** The rule in a few words, for editors: what a new headline must be. */
    public String rule() {
        return switch (this) {
            case FREE -> "Free: the desk may restyle its headlines.";
            case SHORTEN_ONLY -> "Shorten only: keep the original's words in their order and leave some out.";
            case LOCKED -> "Locked: its headlines stay as the agency wrote them.";
        };
    }

    public static HeadlinePolicy parse(String text) {
        for (HeadlinePolicy policy : values()) {
            if (policy.value.equals(text == null ? null : text.strip())) {
                return policy;
            }
        }
        throw new InvalidSourceException("headlinePolicy must be free, shortenOnly or locked, not '" + text + "'");
    }

    /**
     * Why {@code proposed} may not replace the agency's {@code original} headline under this policy, as a sentence
     * naming the source; empty when it may. Going back to the original is always allowed.
     */
    public Optional<String> refusal(String sourceName, String original, String proposed) {
        if (this == FREE || proposed.strip().equals(original.strip())) {
            return Optional.empty();
        }
        if (this == LOCKED) {
            return Optional.of(sourceName + " does not allow its headlines to be changed (headline policy: locked). "
                    + "The headline must stay \"" + original.strip() + "\".");
        }
        return shorteningProblem(original, proposed).map(problem -> sourceName
                + " allows its headlines only to be shortened (headline policy: shortenOnly): keep the original's "
                + "words in their order and leave some out. " + problem + " Original: \"" + original.strip() + "\".");
    }

    /** Empty when {@code proposed} is {@code original} with words left out (case, punctuation and a final ellipsis aside). */
    private static Optional<String> shorteningProblem(String original, String proposed) {
        String trimmed = proposed.strip().replaceAll("(\\.\\.\\.|\u2026)$", "");
        List<String> from = Words.of(original);
        List<String> to = Words.of(trimmed);
        if (to.isEmpty()) {
            return Optional.of("The new headline has no words of the original.");
        }
        if (trimmed.strip().length() > original.strip().length()) {
            return Optional.of("The new headline is longer than the original.");
        }
        int at = 0;
        for (String word : to) {
            while (at < from.size() && !from.get(at).equals(word)) {
                at++;
            }
            if (at == from.size()) {
                return Optional.of(from.contains(word) ? "\"" + word + "\" is out of the original's order."
                        : "\"" + word + "\" is not in the original.");
            }
            at++;
        }
        return Optional.empty();
    }
}
