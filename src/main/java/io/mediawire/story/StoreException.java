package io.mediawire.story;

/** The repository failed under the store; nothing of the failed change was saved. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
