package io.mediawire.story;

/** A story or an edit the store will not accept; the message names the field and why. */
public class InvalidStoryException extends RuntimeException {
    public InvalidStoryException(String message) {
        super(message);
    }
}
