package io.mediawire.images;

/**
 * Names in the {@code dam} workspace, after Magnolia's {@code info.magnolia.dam.jcr.AssetNodeTypes}: an
 * {@code mgnl:asset} node with the asset's descriptive properties, and its {@code jcr:content} child, an
 * {@code mgnl:resource} holding the bytes and what Magnolia reads about them. Media Wire's own bookkeeping
 * is in {@code mw:} properties, which Magnolia's apps leave alone.
 */
public final class AssetNodeTypes {
    public static final String WORKSPACE = "dam";
    public static final String ASSET = "mgnl:asset";
    public static final String RESOURCE = "mgnl:resource";
    public static final String FOLDER = "mgnl:folder";
    public static final String CONTENT_NODE = "mgnl:contentNode";
    /** The asset's binary child, as in Magnolia. */
    public static final String CONTENT = "jcr:content";

    // on the asset (Magnolia's names)
    public static final String NAME = "name";
    public static final String TITLE = "title";
    public static final String CAPTION = "caption";
    public static final String COPYRIGHT = "copyright";

    // on jcr:content (Magnolia's names)
    public static final String DATA = "jcr:data";
    public static final String MIME_TYPE = "jcr:mimeType";
    public static final String FILE_NAME = "fileName";
    public static final String EXTENSION = "extension";
    public static final String SIZE = "size";
    public static final String WIDTH = "width";
    public static final String HEIGHT = "height";

    // Media Wire's own
    public static final String SHA256 = "mw:sha256";
    public static final String SOURCE_URLS = "mw:sourceUrls";
    public static final String USED_BY = "mw:usedBy";
    public static final String URL = "mw:url";
    public static final String ASSET_REF = "mw:asset";

    /** The folder Media Wire's copies live in (by the first two hex digits of their hash below it). */
    public static final String ASSETS_FOLDER = "media-wire";
    /** Index of every address an image was copied from, by the hash of the address. */
    public static final String SOURCES_FOLDER = "mw:imageSources";

    private AssetNodeTypes() {
    }
}
