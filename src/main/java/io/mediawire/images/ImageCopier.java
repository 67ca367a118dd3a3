package io.mediawire.images;

import io.mediawire.importing.fetch.FetchException;
import io.mediawire.importing.fetch.FetchedDocument;
import io.mediawire.importing.fetch.SafeFetcher;
import io.mediawire.story.AgencyCopy;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The import's image step: fetches each picture of a story through the importer's own
 * {@link SafeFetcher} (same address rules, redirects checked hop by hop, timeouts), under the image
 * size cap, checks the bytes ({@link ImageInspector}) and stores them as assets. A picture that
 * cannot be copied is a warning on the story's outcome, never its failure. Addresses already copied
 * are not fetched again.
 */
public final class ImageCopier {
    /** Pictures copied per story; a body with hundreds of images is a gallery page, not a wire story. */
    public static final int MAX_IMAGES = 40;
    private static final String ACCEPT = "image/webp,image/png,image/jpeg,image/gif;q=0.9,*/*;q=0.1";

    private final SafeFetcher fetcher;
    private final AssetStore assets;
    private final ImageLimits limits;
    private final ImageInspector inspector;
    private final SourceImagePolicy policy;

    public ImageCopier(SafeFetcher fetcher, AssetStore assets, ImageLimits limits, SourceImagePolicy policy) {
        this.fetcher = fetcher;
        this.assets = assets;
        this.limits = limits;
        this.inspector = new ImageInspector(limits);
        this.policy = policy;
    }

    /**
     * What the copy of one story's pictures gave.
     *
     * @param assets   the assets the story shows, in the order of its pictures
     * @param warnings one line per picture left out, naming it and why
     */
    public record Copied(List<Asset> assets, List<String> warnings) {
        public static final Copied NOTHING = new Copied(List.of(), List.of());
    }

    public Copied copy(AgencyCopy story) {
        if (policy.handlingFor(story.url()) != ImageHandling.COPY) {
            return Copied.NOTHING;
        }
        List<ImageReference> references = StoryImageReferences.of(story);
        List<Asset> copied = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (ImageReference reference : references.subList(0, Math.min(MAX_IMAGES, references.size()))) {
            try {
                copied.add(copy(reference));
            } catch (FetchException e) {
                warnings.add("image not copied: " + e.getMessage());
            } catch (ImageRefusedException e) {
                warnings.add("image not copied: " + e.getMessage() + ": " + reference.url());
            } catch (IllegalArgumentException e) {
                warnings.add("image not copied: not a web address: " + reference.url());
            }
        }
        if (references.size() > MAX_IMAGES) {
            warnings.add((references.size() - MAX_IMAGES) + " more images not copied: a story copies at most "
                    + MAX_IMAGES);
        }
        return new Copied(copied, warnings);
    }

    private Asset copy(ImageReference reference) throws FetchException, ImageRefusedException {
        var known = assets.bySourceUrl(reference.url());
        if (known.isPresent()) {
            return known.get();
        }
        FetchedDocument fetched = fetcher.fetchBytes(URI.create(reference.url()), ACCEPT, limits.maxBytes());
        InspectedImage image = inspector.inspect(fetched.body());
        return assets.store(fetched.body(), image, reference);
    }

    /** Notes that the story (now stored) shows the copied assets. */
    public void recordUse(String storyId, Copied copied) {
        assets.recordUse(storyId, copied.assets());
    }
}
