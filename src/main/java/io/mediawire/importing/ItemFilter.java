package io.mediawire.importing;

/** Decides whether a feed item becomes a story; a subscription's filters are one. */
@FunctionalInterface
public interface ItemFilter {
    ItemFilter KEEP_ALL = item -> true;

    /**
     * @throws ItemFilterException when the filter cannot decide (a pattern took too long): the item
     *                             fails with that message and is tried again on a later run
     */
    boolean accepts(ItemText item);
}
