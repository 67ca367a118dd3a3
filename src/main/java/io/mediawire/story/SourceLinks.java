package io.mediawire.story;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;

/** Finds the stories a source's host change concerns and links each to the source that claims it now. */
final class SourceLinks {
    static final int BATCH = 200;
    /** Host names as {@code io.mediawire.sources} accepts them: nothing a LIKE pattern would read as a wildcard. */
    private static final Pattern HOST = Pattern.compile("[a-z0-9.:\\[\\]-]+");

    private SourceLinks() {
    }

    static String hostOf(String url) {
        try {
            String host = url == null ? null : URI.create(url).getHost();
            return host != null ? host : String.valueOf(url);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /**
     * Ids of stories whose source URL is on one of {@code hosts} or a subdomain (stored URLs are
     * normalized: lower case, default port dropped), and of stories linked to {@code formerSource}.
     */
    static List<String> candidates(Session session, Collection<String> hosts, String formerSource) throws RepositoryException {
        List<String> conditions = new ArrayList<>();
        for (String host : hosts) {
            if (!HOST.matcher(host).matches()) {
                throw new IllegalArgumentException("not a host name: " + host);
            }
            // the host itself, then its subdomains; with or without a port
            for (String pattern : List.of("%://" + host + "/%", "%://" + host + ":%", "%://%." + host + "/%",
                    "%://%." + host + ":%")) {
                conditions.add("s.[" + StoryNodes.SOURCE_URL + "] LIKE '" + pattern + "'");
            }
        }
        if (formerSource != null) {
            conditions.add("s.[" + StoryNodes.SOURCE + "] = '" + formerSource.replace("'", "''") + "'");
        }
        Set<String> ids = new LinkedHashSet<>();
        if (conditions.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT s.* FROM [" + StoryNodes.TYPE + "] AS s WHERE " + String.join(" OR ", conditions);
        Query query = session.getWorkspace().getQueryManager().createQuery(sql, Query.JCR_SQL2);
        for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext(); ) {
            ids.add(nodes.nextNode().getIdentifier());
        }
        return List.copyOf(ids);
    }

    /**
     * Sets the story's source to the one the rules name for its URL now, and the source's display name beside it;
     * true when that changed the story. A subscription's story stays with the subscription's source, whatever its host.
     */
    static boolean relink(Session session, String id, SourceRules rules) throws RepositoryException {
        Node node;
        try {
            node = session.getNodeByIdentifier(id);
        } catch (ItemNotFoundException deletedMeanwhile) {
            return false;
        }
        String url = StoryNodes.string(node, StoryNodes.SOURCE_URL);
        String current = StoryNodes.string(node, StoryNodes.SOURCE);
        String linked = node.hasProperty(StoryNodes.SUBSCRIPTION) ? current : rules.sourceIdFor(url).orElse(null);
        String name = rules.displayName(linked, url).orElse(null);
        if (Objects.equals(current, linked) && Objects.equals(StoryNodes.string(node, StoryNodes.SOURCE_DISPLAY_NAME), name)) {
            return false;
        }
        node.setProperty(StoryNodes.SOURCE, linked);
        node.setProperty(StoryNodes.SOURCE_DISPLAY_NAME, name);
        return true;
    }
}
