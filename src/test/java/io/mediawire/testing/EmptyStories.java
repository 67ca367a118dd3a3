package io.mediawire.testing;

import io.mediawire.magnolia.SessionFactory;
import io.mediawire.story.StoryStore;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Session;

/** Gives a test an empty story workspace: removes the stories and the index, then prepares it again. */
public final class EmptyStories {
    private EmptyStories() {
    }

    public static void empty(SessionFactory repository) throws Exception {
        Session session = repository.login(StoryStore.WORKSPACE);
        try {
            for (NodeIterator nodes = session.getRootNode().getNodes(); nodes.hasNext(); ) {
                Node node = nodes.nextNode();
                if (!node.getName().startsWith("jcr:") && !node.getName().startsWith("rep:")) {
                    node.remove();
                }
            }
            session.save();
            StoryStore.prepareWorkspace(session);
        } finally {
            session.logout();
        }
    }
}
