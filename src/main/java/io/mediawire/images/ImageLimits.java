package io.mediawire.images;

/**
 * How large a copied image may be.
 *
 * @param maxBytes  the download cap; an agency photo is a few megabytes, a 12-megapixel JPEG at high
 *                  quality about 8 MB
 * @param maxPixels width times height, read from the header before anything is decoded: a small file can
 *                  claim a huge canvas (a "decompression bomb"), and decoding allocates four bytes per pixel
 */
public record ImageLimits(long maxBytes, long maxPixels) {
    public static final ImageLimits DEFAULTS = new ImageLimits(20L * 1024 * 1024, 50_000_000L);

    public ImageLimits {
        if (maxBytes <= 0 || maxPixels <= 0) {
            throw new IllegalArgumentException("image limits must be positive");
        }
    }
}
