package io.mediawire.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * How one item of an import ended: imported (path), duplicate of an existing story (path), left
 * out by a subscription's filters, or failed with a reason a person understands. Any of them may
 * carry warnings: values of the item that were dropped or repaired (a bad date, an image address
 * that is no URL) without stopping it. So every item counts once, in exactly one outcome, and
 * warnings never count as failures.
 *
 * @param input    the article URL, feed item or file this result is about
 * @param warnings what was wrong with the item but did not stop it; never null
 */
public record ItemResult(String input, Outcome outcome, String headline, String path, String storyId, String reason,
                         List<String> warnings) {

    /** UPDATED: a known wire item's newer version or status (a kill), dealt with on the stored story. */
    public enum Outcome { IMPORTED, DUPLICATE, FILTERED, FAILED, UPDATED }

    public ItemResult {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public ItemResult(String input, Outcome outcome, String headline, String path, String storyId, String reason) {
        this(input, outcome, headline, path, storyId, reason, List.of());
    }

    static ItemResult imported(String input, String headline, String path, String id) {
        return new ItemResult(input, Outcome.IMPORTED, headline, path, id, null);
    }

    static ItemResult duplicate(String input, String headline, String path, String id, String matchedOn) {
        return new ItemResult(input, Outcome.DUPLICATE, headline, path, id, "same " + matchedOn);
    }

    static ItemResult updated(String input, String headline, String path, String id, String what) {
        return new ItemResult(input, Outcome.UPDATED, headline, path, id, what);
    }

    static ItemResult filtered(String input, String headline) {
        return new ItemResult(input, Outcome.FILTERED, headline, null, null, "left out by the subscription's filters");
    }

    static ItemResult failed(String input, String reason) {
        return new ItemResult(input, Outcome.FAILED, null, null, null, reason);
    }

    /** This result with more warnings after its own. */
    ItemResult withWarnings(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(warnings);
        all.addAll(more);
        return new ItemResult(input, outcome, headline, path, storyId, reason, all);
    }

    /** The line the command line prints: "imported /2025/...", "duplicate of /...", "failed: ...". */
    public String describe() {
        return switch (outcome) {
            case IMPORTED -> "imported " + path;
            case DUPLICATE -> "duplicate of " + path;
            case FILTERED -> "filtered: " + reason;
            case FAILED -> "failed: " + reason;
            case UPDATED -> "updated " + path + ": " + reason;
        };
    }

    /** {@link #describe()} followed by the warnings: "imported /2025/... (warning: unparseable date 'soon')". */
    public String describeWithWarnings() {
        if (warnings.isEmpty()) {
            return describe();
        }
        return describe() + " (" + (warnings.size() == 1 ? "warning: " : "warnings: ") + String.join("; ", warnings) + ")";
    }
}
