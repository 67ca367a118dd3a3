package io.mediawire.subscriptions;

import java.time.Instant;

/**
 * One poll of a subscription, as its run log keeps it ({@code mw:run}).
 *
 * @param trigger    {@code schedule} or {@code manual}
 * @param status     the feed's HTTP status, 0 when no answer came
 * @param outcome    {@code ok} (the feed was read), {@code notModified} (a 304: nothing to parse) or {@code failed}
 * @param unchanged  items dealt with by an earlier run
 * @param error      why the run failed, else the first item's failure, else null: the fetcher's or parser's words
 * @param problem    what went wrong, for {@link #explanation()}; null for a run without a problem
 */
public record RunRecord(Instant started, String trigger, long durationMs, int status, String outcome, int added,
                        int duplicate, int filtered, int failed, int unchanged, String error, RunProblem problem) {
    public static final String OK = "ok";
    public static final String NOT_MODIFIED = "notModified";
    public static final String FAILED = "failed";

    public boolean succeeded() {
        return !FAILED.equals(outcome);
    }

    /** The problem in plain words ("The feed answered 404 Not Found."), or null. */
    public String explanation() {
        return problem == null ? null : problem.explain(status, failed);
    }
}
