package io.mediawire.host.delivery;

/**
 * A request the delivery API refuses with 400, carrying Magnolia's error code
 * ({@code invalidQuery}, {@code invalidValueFormat}, {@code badRequest}).
 */
public final class InvalidQueryException extends RuntimeException {
    public static final String INVALID_QUERY = "invalidQuery";
    public static final String INVALID_VALUE_FORMAT = "invalidValueFormat";
    public static final String BAD_REQUEST = "badRequest";

    private final String code;

    public InvalidQueryException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
