package io.mediawire.images;

/**
 * A picture as the page shows it.
 *
 * @param src    the address the page loads: a local rendition or original, or (for a source whose
 *               pictures are linked) the agency's https address
 * @param srcset the local renditions with their widths ("… 480w, … 960w"), null when linked
 * @param width  the picture's width in pixels, 0 when unknown (linked)
 * @param height the picture's height in pixels, 0 when unknown (linked)
 * @param key    what makes two pictures the same: the asset id, or the linked address
 */
public record ShownImage(String src, String srcset, int width, int height, String alt, String caption, String key) {
    /** The rendered column is at most 44rem wide; on narrower screens a picture fills the width. */
    public static final String SIZES = "(max-width: 44rem) 100vw, 44rem";

    public boolean local() {
        return srcset != null;
    }
}
