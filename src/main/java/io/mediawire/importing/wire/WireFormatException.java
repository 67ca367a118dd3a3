package io.mediawire.importing.wire;

/** The whole document cannot be read (not JSON, not well-formed XML, an unknown version): nothing in it was taken. */
public class WireFormatException extends Exception {
    public WireFormatException(String message) {
        super(message);
    }

    public WireFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
