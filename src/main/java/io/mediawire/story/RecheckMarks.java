package io.mediawire.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;
import javax.jcr.query.QueryManager;

/** The re-check state on a story node, in Media Wire's namespace (bookkeeping: never in a public answer). */
final class RecheckMarks {
    private static final String NEXT = "mw:recheckAt";
    private static final String STEP = "mw:recheckStep";
    private static final String ETAG = "mw:recheckEtag";
    private static final String LAST_MODIFIED = "mw:recheckLastModified";
    private static final String MISSES = "mw:recheckMisses";

    /** JCR's date format: milliseconds always written (an Instant leaves them out when zero). */
    private static final java.time.format.DateTimeFormatter ISO =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

    private RecheckMarks() {
    }

    static Recheck read(Node story) throws RepositoryException {
        if (!story.hasProperty(STEP)) {
            return null;
        }
        return new Recheck((int) story.getProperty(STEP).getLong(), StoryNodes.date(story, NEXT),
                StoryNodes.string(story, ETAG), StoryNodes.string(story, LAST_MODIFIED),
                story.hasProperty(MISSES) ? (int) story.getProperty(MISSES).getLong() : 0);
    }

    static void write(Node story, Recheck recheck) throws RepositoryException {
        story.setProperty(STEP, recheck.step());
        StoryNodes.setDate(story, NEXT, recheck.next());
        story.setProperty(ETAG, recheck.etag());
        story.setProperty(LAST_MODIFIED, recheck.lastModified());
        story.setProperty(MISSES, recheck.misses());
    }

    /** Ids of stories whose next check is due by {@code now}, earliest first. */
    static List<String> due(Session session, Instant now, int limit) throws RepositoryException {
        QueryManager queries = session.getWorkspace().getQueryManager();
        Query query = queries.createQuery("SELECT * FROM [" + StoryNodes.TYPE + "] AS s WHERE s.[" + NEXT
                + "] <= CAST('" + ISO.format(now) + "' AS DATE) ORDER BY s.[" + NEXT + "]", Query.JCR_SQL2);
        query.setLimit(limit);
        List<String> ids = new ArrayList<>();
        for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext(); ) {
            ids.add(nodes.nextNode().getIdentifier());
        }
        return ids;
    }
}
