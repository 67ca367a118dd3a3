package io.mediawire.importing.fetch;

import java.net.URI;

/** Fetches one page or feed for an import. {@link SafeFetcher} is the one that goes to the network. */
@FunctionalInterface
public interface PageFetcher {
    /** @throws FetchException with a reason and a message an editor can act on */
    FetchedDocument fetch(URI url) throws FetchException;
}
