package io.mediawire.host.benchmark;

import io.mediawire.magnolia.SessionFactory;
import io.mediawire.story.NewStory;
import io.mediawire.story.StoryStore;
import javax.jcr.NodeIterator;
import javax.jcr.Session;
import javax.jcr.query.Query;

/** The synthetic stories the benchmarks fill repositories with, and the plain query they are compared to. */
final class BenchmarkStories {
    /** Newest published first, the way a site would ask without the store's index. */
    static final String PLAIN_QUERY = "SELECT * FROM [mw:story] AS s WHERE s.[mgnl:activationStatus] = 'true' "
            + "ORDER BY s.[published] DESC";

    private BenchmarkStories() {
    }

    static NewStory story(int n) {
        String body = "<p>Story number " + n + " tells of the harbour, the council and the weather, as wire copy does.</p>"
                + "<p>A second paragraph gives the quotes and the figures that make the story worth republishing.</p>";
        return NewStory.of("Benchmark story " + n, body, "Benchmark Wire", "https://wire.example/story/" + n);
    }

    /** Runs {@link #PLAIN_QUERY} with limit 10 and reads each headline. */
    static void plainQuery(SessionFactory sessions) throws Exception {
        Session session = sessions.login(StoryStore.WORKSPACE);
        try {
            Query query = session.getWorkspace().getQueryManager().createQuery(PLAIN_QUERY, Query.JCR_SQL2);
            query.setLimit(10);
            int seen = 0;
            for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext(); seen++) {
                nodes.nextNode().getProperty("headline").getString();
            }
            if (seen != 10) {
                throw new IllegalStateException("plain query returned " + seen + " stories");
            }
        } finally {
            session.logout();
        }
    }
}
