package io.mediawire.images;

/**
 * Bytes that passed {@link ImageInspector}: their real format and pixel size.
 *
 * @param hasAlpha whether the image has transparency, so a rendition keeps it (PNG rather than JPEG)
 */
public record InspectedImage(ImageFormat format, int width, int height, boolean hasAlpha) {
}
