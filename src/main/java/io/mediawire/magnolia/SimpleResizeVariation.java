package io.mediawire.magnolia;

/**
 * One image variation of a theme that scales to a width, keeping the proportions, as Magnolia's
 * {@code info.magnolia.templating.imaging.variation.SimpleResizeVariation} (keys {@code width},
 * {@code height}; only {@code width} is used here). A variation never enlarges: an image narrower
 * than {@code width} is served as it is.
 */
public record SimpleResizeVariation(String name, int width) {
    public SimpleResizeVariation {
        if (width < 1) {
            throw new IllegalArgumentException("variation " + name + " needs a positive width, got " + width);
        }
    }

    public int getWidth() {
        return width;
    }
}
