package io.mediawire.host.modules;

/** A module descriptor that cannot be read; the message names the file and the problem. */
public class InvalidDescriptorException extends RuntimeException {
    public InvalidDescriptorException(String message) {
        super(message);
    }
}
