package io.mediawire.subscriptions;

import io.mediawire.importing.fetch.FetchException;
import io.mediawire.importing.fetch.StatusText;
import java.util.Arrays;
import java.util.Optional;

/**
 * What went wrong in a run, as a code its log entry keeps ({@code mw:run/problem}) and as a sentence
 * an editor understands without knowing HTTP: "The feed answered 404 Not Found." The fetcher's or
 * parser's own message stays beside it as the detail.
 */
public enum RunProblem {
    HTTP_STATUS("httpStatus"),
    NOT_A_FEED_PAGE("notAFeedPage"),
    NOT_A_FEED("notAFeed"),
    UNREADABLE_FEED("unreadableFeed"),
    TIMEOUT("timeout"),
    NETWORK("network"),
    BLOCKED_ADDRESS("blockedAddress"),
    TOO_LARGE("tooLarge"),
    ROBOTS("robots"),
    RATE_LIMITED("rateLimited"),
    TOO_MANY_REDIRECTS("tooManyRedirects"),
    BAD_URL("badUrl"),
    CONTENT_TYPE("contentType"),
    /** The run read the feed but stopped at its time limit; the rest comes next run. */
    RUN_DEADLINE("runDeadline"),
    /** The feed was read, but items of it could not be imported. */
    ITEMS_FAILED("itemsFailed"),
    UNEXPECTED("unexpected");

    private final String code;

    RunProblem(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<RunProblem> parse(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }

    static RunProblem of(FetchException.Reason reason) {
        return switch (reason) {
            case BAD_URL -> BAD_URL;
            case BLOCKED_ADDRESS -> BLOCKED_ADDRESS;
            case HTTP_STATUS -> HTTP_STATUS;
            case TIMEOUT -> TIMEOUT;
            case TOO_LARGE -> TOO_LARGE;
            case TOO_MANY_REDIRECTS -> TOO_MANY_REDIRECTS;
            case UNSUPPORTED_CONTENT_TYPE -> CONTENT_TYPE;
            case ROBOTS_DISALLOWED -> ROBOTS;
            case RATE_LIMITED -> RATE_LIMITED;
            case NETWORK -> NETWORK;
        };
    }

    /**
     * The run in plain words: what went wrong, or null for a run without a problem.
     *
     * @param status the feed's HTTP status (0: no answer)
     * @param failed items that could not be imported
     */
    public String explain(int status, int failed) {
        return switch (this) {
            case HTTP_STATUS -> "The feed answered " + statusText(status) + ".";
            case NOT_A_FEED_PAGE -> "The address is not a feed: it is a web page.";
            case NOT_A_FEED -> "The address is not a feed: it answered with something other than RSS, Atom or JSON Feed.";
            case UNREADABLE_FEED -> "The feed could not be read: it is broken or not well-formed.";
            case TIMEOUT -> "The feed did not answer in time.";
            case NETWORK -> "The feed's server could not be reached.";
            case BLOCKED_ADDRESS -> "The address is not allowed: it leads to a private or internal network.";
            case TOO_LARGE -> "The feed is too large to read.";
            case ROBOTS -> "The agency's robots.txt does not allow reading this feed.";
            case RATE_LIMITED -> "The agency asked us to slow down (too many requests); the next run waits as asked.";
            case TOO_MANY_REDIRECTS -> "The address redirects too many times.";
            case BAD_URL -> "The address is not a valid web address.";
            case CONTENT_TYPE -> "The address answered with something that is not a feed.";
            case RUN_DEADLINE -> "The run reached its time limit; the remaining items come with the next run.";
            case ITEMS_FAILED -> failed == 1 ? "One item could not be imported." : failed + " items could not be imported.";
            case UNEXPECTED -> "Something went wrong on our side.";
        };
    }

    private static String statusText(int status) {
        String text = StatusText.of(status);
        return text.isEmpty() ? "with status " + status : status + " " + text;
    }
}
