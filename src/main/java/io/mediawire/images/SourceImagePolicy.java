package io.mediawire.images;

/**
 * Whether the pictures of a story's source may be copied: a source's licence may forbid it, and the
 * source's settings then say whether its pictures are linked or left out. The sources implement this
 * ({@code io.mediawire.sources.SourceDirectory}, from each source's {@code copyImages} and
 * {@code linkImages}); a story of no known source has its pictures copied.
 */
@FunctionalInterface
public interface SourceImagePolicy {
    SourceImagePolicy COPY_ALL = sourceUrl -> ImageHandling.COPY;

    /** @param sourceUrl the story's canonical address at its source */
    ImageHandling handlingFor(String sourceUrl);
}
