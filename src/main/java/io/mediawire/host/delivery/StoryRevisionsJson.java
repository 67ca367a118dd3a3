package io.mediawire.host.delivery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mediawire.story.Revision;
import io.mediawire.story.StoryNodes;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.jcr.Node;
import javax.jcr.RepositoryException;

/**
 * A delivered story's {@code revisions}: each version of the agency's text this site has shown, oldest
 * first, with its kind ({@code original}, {@code update}, {@code correction}), when it was seen and shown,
 * the agency's time and version label, the correction note, its {@code bodySha256}, and {@code current} for
 * the one on the page. Old bodies only when a single story is read with {@code ?revisionBodies=true}.
 * Revisions no editor accepted (waiting, dismissed) are the desk's business and never listed.
 */
public final class StoryRevisionsJson implements NodeJson.Extras {
    public static final String BODIES = "revisionBodies";

    private final ZoneId zone;

    public StoryRevisionsJson(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public void add(Node node, ObjectNode json) throws RepositoryException {
        add(node, json, Map.of());
    }

    @Override
    public void add(Node node, ObjectNode json, Map<String, List<String>> parameters) throws RepositoryException {
        if (!node.isNodeType("mw:story")) {
            return;
        }
        List<Revision> all = StoryNodes.revisions(node);
        if (all.isEmpty()) {
            return;
        }
        boolean bodies = parameters.getOrDefault(BODIES, List.of()).contains("true");
        String current = node.hasProperty("mw:revision") ? node.getProperty("mw:revision").getString() : all.get(0).name();
        ArrayNode list = json.putArray("revisions");
        for (Revision revision : all) {
            if (revision.status() != Revision.Status.ACCEPTED) {
                continue;
            }
            ObjectNode item = list.addObject();
            item.put("@name", revision.name());
            item.put("kind", revision.kind().id());
            item.put("current", revision.name().equals(current));
            put(item, "seen", revision.seen());
            put(item, "accepted", revision.decidedAt());
            put(item, "sourceTime", revision.sourceTime());
            if (revision.sourceVersion() != null) {
                item.put("sourceVersion", revision.sourceVersion());
            }
            if (revision.note() != null) {
                item.put("note", revision.note());
            }
            item.put("headline", revision.headline());
            item.put("bodySha256", revision.bodySha256());
            if (bodies) {
                item.put("body", revision.body());
            }
        }
    }

    private void put(ObjectNode item, String name, Instant at) {
        if (at != null) {
            item.put(name, NodeJson.DATE.format(at.atZone(zone)));
        }
    }
}
