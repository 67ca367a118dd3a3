package io.mediawire.templating;

import io.mediawire.magnolia.RenderableDefinition;
import io.mediawire.magnolia.RenderingModel;
import io.mediawire.magnolia.WebContext;
import io.mediawire.module.MediaWireModule;
import io.mediawire.story.Page;
import io.mediawire.story.Story;
import io.mediawire.story.StoryStore;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.jcr.Node;
import javax.jcr.RepositoryException;

/**
 * The section page's model ({@code media-wire:pages/section}): one page of published stories,
 * newest first, {@code pageSize} per page from the module's configuration, chosen by the
 * {@code page} parameter. A page number that is not a number, or past the last page, is a 404.
 */
public class SectionModel extends SiteModel {
    private static final Pattern PAGE_NUMBER = Pattern.compile("[1-9]\\d{0,6}");

    private final StoryStore stories;
    private final PageScope scope;
    private int number = 1;
    private Page<Story> page;

    public SectionModel(Node content, RenderableDefinition definition, RenderingModel<?> parent, MediaWireModule module,
                        WebContext web, StoryStore stories, PageScope scope) {
        super(content, definition, parent, module, web);
        this.stories = stories;
        this.scope = scope;
    }

    @Override
    public String execute() {
        super.execute();
        String requested = web.getParameter("page");
        if (requested != null) {
            if (!PAGE_NUMBER.matcher(requested).matches()) {
                return notFound();
            }
            number = Integer.parseInt(requested);
        }
        int size = getSite().pageSize();
        page = stories.listPublished((long) (number - 1) * size, size);
        if (number > 1 && page.items().isEmpty()) {
            return notFound();
        }
        page.items().forEach(scope::saw);
        return null;
    }

    /** The stories of this page, as content maps. */
    public List<Map<String, Object>> getStories() {
        return page.items().stream().map(ContentMaps::of).toList();
    }

    public int getPage() {
        return number;
    }

    public long getPages() {
        int size = getSite().pageSize();
        return Math.max(1, (page.total() + size - 1) / size);
    }

    public long getTotal() {
        return page.total();
    }

    /** The newer page's link, or null on the first page. */
    public String getPreviousLink() {
        return number > 1 ? link(number - 1) : null;
    }

    /** The older page's link, or null on the last page. */
    public String getNextLink() {
        return page.hasNext() ? link(number + 1) : null;
    }

    /** This page's absolute URL, for {@code <link rel="canonical">}. */
    public String getCanonicalUrl() {
        return getBaseUrl() + link(number);
    }

    /** The section's own path is its page node's ({@code /media-wire/}); page 1 carries no parameter. */
    private String link(int n) {
        String path = web.getContextPath() + pagePath() + "/";
        return n == 1 ? path : path + "?page=" + n;
    }

    private String pagePath() {
        try {
            return getNode().getPath();
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot read the section page's path", e);
        }
    }
}
