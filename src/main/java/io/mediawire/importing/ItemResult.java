package io.mediawire.importing;

/**
 * How one item of an import ended: imported (path), duplicate of an existing story (path), left
 * out by a subscription's filters, or failed with a reason a person understands.
 *
 * @param input the article URL, feed item or file this result is about
 */
public record ItemResult(String input, Outcome outcome, String headline, String path, String storyId, String reason) {

    public enum Outcome { IMPORTED, DUPLICATE, FILTERED, FAILED }

    static ItemResult imported(String input, String headline, String path, String id) {
        return new ItemResult(input, Outcome.IMPORTED, headline, path, id, null);
    }

    static ItemResult duplicate(String input, String headline, String path, String id, String matchedOn) {
        return new ItemResult(input, Outcome.DUPLICATE, headline, path, id, "same " + matchedOn);
    }

    static ItemResult filtered(String input, String headline) {
        return new ItemResult(input, Outcome.FILTERED, headline, null, null, "left out by the subscription's filters");
    }

    static ItemResult failed(String input, String reason) {
        return new ItemResult(input, Outcome.FAILED, null, null, null, reason);
    }

    /** The line the command line prints: "imported /2025/...", "duplicate of /...", "failed: ...". */
    public String describe() {
        return switch (outcome) {
            case IMPORTED -> "imported " + path;
            case DUPLICATE -> "duplicate of " + path;
            case FILTERED -> "filtered: " + reason;
            case FAILED -> "failed: " + reason;
        };
    }
}
