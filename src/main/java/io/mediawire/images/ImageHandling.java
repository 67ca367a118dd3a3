package io.mediawire.images;

/** What the site does with a source's pictures. */
public enum ImageHandling {
    /** Copied into the site at import and served from it: readers never load the agency's server. */
    COPY,
    /** Not copied (the licence does not allow it): shown from the agency's https address, nothing else. */
    LINK,
    /** Not copied and not shown. */
    LEAVE_OUT
}
