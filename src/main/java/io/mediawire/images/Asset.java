package io.mediawire.images;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * An image stored in the {@code dam} workspace, as Magnolia's DAM API calls it
 * ({@code info.magnolia.dam.api.Asset}): one per distinct content (SHA-256 of the bytes).
 *
 * @param id        the asset node's JCR identifier, the {@code jcr:<id>} of its links
 * @param fileName  with the extension of the real format, e.g. {@code harbour-ferry.jpg}
 * @param sourceUrl the first address the bytes were copied from
 * @param caption   the caption the first story gave it (Magnolia's {@code caption}), may be null
 * @param credit    who the picture is by, when the story said so (Magnolia's {@code copyright}), may be null
 * @param alt       the alternative text the first story gave it (kept as Magnolia's {@code title}), may be null
 */
public record Asset(String id, String sha256, String fileName, String mimeType, int width, int height, long size,
                    String sourceUrl, String caption, String credit, String alt) {

    /**
     * The original's address, as Magnolia's DAM download servlet serves it and {@code JcrAsset.getLink()} writes
     * it: {@code /dam/jcr:<id>/<fileName>}.
     */
    public String link() {
        return "/dam/jcr:" + id + "/" + encodedFileName();
    }

    /** The file name as one URL path segment. */
    public String encodedFileName() {
        return URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public ImageFormat format() {
        return ImageFormat.ofMimeType(mimeType).orElse(ImageFormat.JPEG);
    }
}
