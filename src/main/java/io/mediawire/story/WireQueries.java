package io.mediawire.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;

/**
 * The scheduler's two questions about wire stories, asked of the repository's search index: which
 * held stories may go out now that their embargo lifted, and which published ones have expired.
 * Both sets are small (only wire stories with those times), so a query beats walking the dated tree.
 */
final class WireQueries {
    private WireQueries() {
    }

    static List<String> heldForLift(Session session, Instant now) throws RepositoryException {
        return ids(session, "SELECT * FROM [" + StoryNodes.TYPE + "] WHERE [" + StoryStore.PUBLISH_ON_LIFT
                + "] = CAST('true' AS BOOLEAN) AND [" + StoryNodes.EMBARGOED + "] <= CAST('" + jcrDate(now) + "' AS DATE)");
    }

    /** JCR's date literal: ISO 8601 with milliseconds, the only form the query parser takes. */
    private static String jcrDate(Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")
                .withZone(java.time.ZoneOffset.UTC).format(at);
    }

    static List<String> publishedExpired(Session session, Instant now) throws RepositoryException {
        return ids(session, "SELECT * FROM [" + StoryNodes.TYPE + "] WHERE [" + StoryNodes.ACTIVATION_STATUS
                + "] = 'true' AND [" + StoryNodes.EXPIRES + "] <= CAST('" + jcrDate(now) + "' AS DATE)");
    }

    private static List<String> ids(Session session, String sql) throws RepositoryException {
        Query query = session.getWorkspace().getQueryManager().createQuery(sql, Query.JCR_SQL2);
        List<String> ids = new ArrayList<>();
        for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext(); ) {
            ids.add(nodes.nextNode().getIdentifier());
        }
        return ids;
    }
}
