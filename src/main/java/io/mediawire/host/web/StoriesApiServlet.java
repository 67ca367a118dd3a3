package io.mediawire.host.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mediawire.story.Story;
import io.mediawire.story.StoryNotFoundException;
import io.mediawire.story.StoryStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code /.rest/mediawire/v1/stories/<id>}: GET a story as editors see it, with its source's
 * display name; PUT or PATCH changes the desk's fields (headline, tags) under the same rules as the
 * authoring form: fields fixed at import may be echoed, never changed, and a headline the source's
 * licence forbids is refused (422 {@code headlinePolicy}). POST {@code <id>/publish} and {@code <id>/unpublish}
 * go through the store like the form's actions: a story its agency's terms hold back (embargo, withheld,
 * canceled, expired) is refused with 409 {@code publishRefused} and the reason.
 */
final class StoriesApiServlet extends EditorApiServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/.rest/mediawire/v1/stories";

    private final transient StoryStore stories;

    StoriesApiServlet(StoryStore stories, EditorAuthentication authentication) {
        super(authentication, "edit stories");
        this.stories = stories;
    }

    @Override
    void handle(String method, List<String> path, HttpServletRequest request, HttpServletResponse response, String user)
            throws IOException {
        if (path.size() == 2 && (path.get(1).equals("publish") || path.get(1).equals("unpublish"))) {
            if (!method.equals("POST")) {
                JsonApi.notAllowed(response, method, "POST");
                return;
            }
            Story changed = path.get(1).equals("publish") ? stories.publish(path.get(0), user)
                    : stories.unpublish(path.get(0), user);
            JsonApi.write(response, 200, json(changed));
            return;
        }
        if (path.size() != 1) {
            JsonApi.error(response, 404, "notFound", "address a story: " + PATH + "/<id>");
            return;
        }
        String id = path.get(0);
        switch (method) {
            case "GET" -> JsonApi.write(response, 200, json(stories.byId(id).orElseThrow(() -> new StoryNotFoundException(id))));
            case "PUT", "PATCH" -> {
                Map<String, Object> fields = fields(request, response, "the story's fields: {\"headline\": ...}");
                if (fields != null) {
                    JsonApi.write(response, 200, json(stories.update(id, fields, user)));
                }
            }
            default -> JsonApi.notAllowed(response, method, "GET, PUT, PATCH");
        }
    }

    private ObjectNode json(Story story) {
        ObjectNode node = JsonApi.JSON.createObjectNode();
        node.put("id", story.id());
        node.put("path", story.path());
        node.put("status", story.status().name().toLowerCase(java.util.Locale.ROOT));
        node.put("headline", story.headline());
        node.put("originalHeadline", story.original().headline());
        story.tags().forEach(node.putArray("tags")::add);
        node.put("sourceName", story.original().sourceName());
        node.put("sourceDisplayName", stories.sourceName(story));
        node.put("sourceUrl", story.original().url());
        node.put("source", story.source());
        node.put("subscription", story.subscription());
        node.put("created", story.created() == null ? null : story.created().toString());
        node.put("published", story.published() == null ? null : story.published().toString());
        // changes at the source: a revision waiting for an editor, the one on the page, a withdrawal
        node.put("changedAtSource", story.changes().changedAtSource());
        node.put("pendingRevision", story.changes().pendingRevision());
        node.put("revisionKind", story.changes().revisionKind());
        node.put("sourceModified", story.changes().sourceModified() == null ? null
                : story.changes().sourceModified().toString());
        node.put("withdrawn", story.changes().withdrawn() == null ? null : story.changes().withdrawn().toString());
        node.put("withdrawalReason", story.changes().withdrawalReason());
        if (story.wire().isWire()) {
            node.set("wire", wire(story.wire())); // editors' API: the note to editors belongs here, never in delivery
        }
        return node;
    }

    private static ObjectNode wire(io.mediawire.story.WireTerms wire) {
        ObjectNode node = JsonApi.JSON.createObjectNode();
        node.put("uri", wire.uri());
        node.put("version", wire.version());
        node.put("urgency", wire.urgency());
        node.put("pubStatus", wire.pubStatus());
        node.put("embargoed", wire.embargoed() == null ? null : wire.embargoed().toString());
        node.put("expires", wire.expires() == null ? null : wire.expires().toString());
        node.put("copyrightHolder", wire.copyrightHolder());
        node.put("copyrightNotice", wire.copyrightNotice());
        node.put("usageTerms", wire.usageTerms());
        node.put("rightsInfo", wire.rightsInfo());
        node.put("credit", wire.credit());
        node.put("dateline", wire.dateline());
        node.put("edNote", wire.edNote());
        node.put("deskFlag", wire.deskFlag());
        return node;
    }
}
