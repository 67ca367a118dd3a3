package io.mediawire.magnolia;

import java.util.Map;

/**
 * The image variations of the site's theme and the links to their renditions, as Magnolia's
 * {@code info.magnolia.templating.imaging.ImagingSupport} ({@code VariationAwareImagingSupport},
 * configured under a theme's {@code imaging}) gives them. Magnolia's
 * {@code createLink(Property binary, String variation)} takes the asset's binary property; here the
 * asset's identifier and file name, which is what the link is made of.
 */
public interface ImagingSupport {
    /** No theme, no variations: links go to the original. */
    ImagingSupport NONE = new ImagingSupport() {
        @Override
        public Map<String, SimpleResizeVariation> getVariations() {
            return Map.of();
        }

        @Override
        public String createLink(String assetId, String encodedFileName, String variation) {
            return "/dam/jcr:" + assetId + "/" + encodedFileName;
        }
    };

    /** The variations by name, in the order the theme defines them. */
    Map<String, SimpleResizeVariation> getVariations();

    /**
     * The address of an asset's rendition in {@code variation}, site-relative:
     * {@code /.imaging/mte/<theme>/<variation>/dam/jcr:<id>/<file>}.
     */
    String createLink(String assetId, String encodedFileName, String variation);
}
