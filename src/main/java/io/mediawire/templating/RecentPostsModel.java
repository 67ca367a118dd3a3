package io.mediawire.templating;

import io.mediawire.magnolia.RenderableDefinition;
import io.mediawire.magnolia.RenderingModel;
import io.mediawire.magnolia.RenderingModelImpl;
import io.mediawire.story.Story;
import io.mediawire.story.StoryStore;
import java.util.List;
import java.util.Map;
import javax.jcr.Node;

/**
 * The recent-posts component's model ({@code media-wire:components/recentPosts}): the newest
 * published stories, leaving out the story of the page it is on when asked to. It learns that
 * story from the page's model, so the component works on any page.
 */
public class RecentPostsModel extends RenderingModelImpl<RenderableDefinition> {
    private final StoryStore stories;
    private final PageScope scope;

    public RecentPostsModel(Node content, RenderableDefinition definition, RenderingModel<?> parent, StoryStore stories,
                            PageScope scope) {
        super(content, definition, parent);
        this.stories = stories;
        this.scope = scope;
    }

    /** The {@code count} newest published stories (1 to 50), without the page's own story when {@code excludeCurrent}. */
    public List<Map<String, Object>> recent(int count, boolean excludeCurrent) {
        return RecentStories.of(stories, scope, count, excludeCurrent ? currentStoryId() : null);
    }

    private String currentStoryId() {
        for (RenderingModel<?> model = getParent(); model != null; model = model.getParent()) {
            if (model instanceof ArticleModel article) {
                return article.currentStory().map(Story::id).orElse(null);
            }
        }
        return null;
    }
}
