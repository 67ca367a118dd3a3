package io.mediawire.story;

import java.util.List;

/** One page of a newest-first listing, with the total it was cut from. */
public record Page<T>(List<T> items, long offset, int limit, long total) {
    public boolean hasNext() {
        return offset + items.size() < total;
    }
}
