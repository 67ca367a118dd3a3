package io.mediawire.host.delivery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mediawire.images.StoryImages;
import io.mediawire.story.StoryStore;
import java.util.Set;
import javax.jcr.Node;
import javax.jcr.RepositoryException;

/**
 * What a delivered story carries beyond its stored properties, and what it leaves out: {@code images}, its
 * copied pictures with the local address of each original ({@code @link}) and of its renditions beside the
 * agency's address ({@code sourceUrl}), as Magnolia's asset reference resolver gives {@code @link} and
 * {@code renditions}; and not {@code fetchedUrl}, where the importer happened to fetch the page (a mirror,
 * an address with tokens), which is for the desk only.
 */
public final class StoryImagesJson implements NodeJson.Extras {
    /** Stored story properties that stay out of the public API, as values and as filters. */
    public static final Set<String> INTERNAL = Set.of("fetchedUrl");
    private static final String STORY = "mw:story";

    private final StoryStore stories;
    private final StoryImages images;

    public StoryImagesJson(StoryStore stories, StoryImages images) {
        this.stories = stories;
        this.images = images;
    }

    @Override
    public void add(Node node, ObjectNode json) throws RepositoryException {
        if (!node.isNodeType(STORY)) {
            return;
        }
        var story = stories.byId(node.getIdentifier());
        if (story.isEmpty()) {
            return;
        }
        ArrayNode list = json.putArray("images");
        for (StoryImages.CopiedImage image : images.copied(story.get().original())) {
            ObjectNode entry = list.addObject();
            entry.put("sourceUrl", image.sourceUrl());
            entry.put("lead", image.lead());
            entry.put("@id", image.asset().id());
            entry.put("@link", image.link());
            entry.put("mimeType", image.asset().mimeType());
            entry.put("width", image.asset().width());
            entry.put("height", image.asset().height());
            if (image.asset().caption() != null) {
                entry.put("caption", image.asset().caption());
            }
            if (image.asset().credit() != null) {
                entry.put("credit", image.asset().credit());
            }
            ObjectNode renditions = entry.putObject("renditions");
            image.renditions().forEach((variation, link) -> renditions.putObject(variation).put("@link", link));
        }
    }
}
