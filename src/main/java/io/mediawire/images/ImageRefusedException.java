package io.mediawire.images;

/**
 * Bytes that are not copied into the site, with the reason an editor reads in the import outcome
 * ("not an image: the address answered with an HTML page").
 */
public final class ImageRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImageRefusedException(String reason) {
        super(reason);
    }

    public ImageRefusedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
