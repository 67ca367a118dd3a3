package io.mediawire.host.admincentral;

import io.mediawire.magnolia.SessionFactory;
import io.mediawire.story.Page;
import io.mediawire.story.Story;
import io.mediawire.story.StoryNodes;
import io.mediawire.story.StoryStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;
import javax.jcr.query.QueryManager;

/**
 * The story list of the authoring UI, one page at a time, never loading every story:
 * <ul>
 * <li>newest import first: the store's dated folders; newest published first: the store's
 *     published index. Both cost the same at any size.</li>
 * <li>full-text search and the other orders: one repository query, sorted and cut by the Lucene
 *     index. It is written in JCR XPath because Jackrabbit 2 runs XPath sorting inside Lucene,
 *     while its JCR-SQL2 engine reads and sorts every hit in memory (measured: 5 s for a sorted
 *     page at 20,000 stories; see docs/notes/authoring.md). The search text goes through
 *     {@link FullText} and is quoted as an XPath literal, so it can only ever be search words.</li>
 * </ul>
 */
public final class StoryBrowser {
    public static final int DEFAULT_PAGE_SIZE = 25;
    public static final int MAX_PAGE_SIZE = 100;

    /** The orders the list offers; {@link #IMPORTED} is the default. */
    public enum Sort {
        IMPORTED("Newest import", StoryNodes.CREATED, "DESC"),
        PUBLISHED("Published here, newest first", StoryNodes.PUBLISHED, "DESC"),
        MODIFIED("Recently modified", StoryNodes.LAST_MODIFIED, "DESC"),
        HEADLINE("Headline A–Z", StoryNodes.HEADLINE, "ASC");

        private final String label;
        private final String property;
        private final String direction;

        Sort(String label, String property, String direction) {
            this.label = label;
            this.property = property;
            this.direction = direction;
        }

        public String label() {
            return label;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Sort parse(String id) {
            for (Sort sort : values()) {
                if (sort.id().equalsIgnoreCase(id)) {
                    return sort;
                }
            }
            return IMPORTED;
        }
    }

    /** What to show: optional search text, an order, a 1-based page. */
    public record Request(String text, Sort sort, int page, int pageSize) {
        public Request {
            text = text == null ? "" : text.strip();
            sort = sort == null ? Sort.IMPORTED : sort;
            page = Math.max(1, page);
            pageSize = pageSize < 1 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
        }

        long offset() {
            return (long) (page - 1) * pageSize;
        }
    }

    /** One page of stories; {@code total} is known for the plain list, not for searches. */
    public record Result(List<Story> stories, int page, int pageSize, boolean hasNext, OptionalLong total) {
        public boolean hasPrevious() {
            return page > 1;
        }

        public OptionalLong pages() {
            return total.isPresent() ? OptionalLong.of(Math.max(1, (total.getAsLong() + pageSize - 1) / pageSize))
                    : OptionalLong.empty();
        }
    }

    private final StoryStore store;
    private final SessionFactory sessions;

    public StoryBrowser(StoryStore store, SessionFactory sessions) {
        this.store = store;
        this.sessions = sessions;
    }

    public Result find(Request request) {
        if (request.text().isEmpty() && request.sort() == Sort.IMPORTED) {
            return result(store.list(request.offset(), request.pageSize()), request);
        }
        if (request.text().isEmpty() && request.sort() == Sort.PUBLISHED) {
            return result(store.listPublished(request.offset(), request.pageSize()), request);
        }
        String expression = FullText.expression(request.text());
        if (!request.text().isEmpty() && expression == null) {
            return new Result(List.of(), request.page(), request.pageSize(), false, OptionalLong.of(0));
        }
        return query(expression, request);
    }

    private static Result result(Page<Story> page, Request request) {
        return new Result(page.items(), request.page(), request.pageSize(), page.hasNext(), OptionalLong.of(page.total()));
    }

    /** The repository query for a search or an order other than the two indexed ones. */
    static String xpath(String expression, Sort sort) {
        StringBuilder xpath = new StringBuilder("/jcr:root//element(*, ").append(StoryNodes.TYPE).append(")");
        if (expression != null) {
            String literal = "'" + expression.replace("'", "''") + "'";
            xpath.append("[jcr:contains(@").append(StoryNodes.HEADLINE).append(", ").append(literal)
                    .append(") or jcr:contains(@").append(StoryNodes.BODY).append(", ").append(literal).append(")]");
        }
        xpath.append(" order by @").append(sort.property).append(sort.direction.equals("DESC") ? " descending" : " ascending");
        if (sort != Sort.IMPORTED) {
            xpath.append(", @").append(StoryNodes.CREATED).append(" descending");
        }
        return xpath.toString();
    }

    @SuppressWarnings("deprecation") // Query.XPATH: deprecated in JCR 2.0, fully supported by Jackrabbit 2
    private Result query(String expression, Request request) {
        String statement = xpath(expression, request.sort());
        Session session = null;
        try {
            session = sessions.login(StoryStore.WORKSPACE);
            QueryManager queries = session.getWorkspace().getQueryManager();
            Query query = queries.createQuery(statement, Query.XPATH);
            query.setOffset(request.offset());
            query.setLimit(request.pageSize() + 1L); // one extra tells whether there is a next page
            List<Story> stories = new ArrayList<>(request.pageSize() + 1);
            for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext(); ) {
                stories.add(StoryNodes.read(nodes.nextNode()));
            }
            boolean hasNext = stories.size() > request.pageSize();
            List<Story> page = hasNext ? stories.subList(0, request.pageSize()) : stories;
            return new Result(List.copyOf(page), request.page(), request.pageSize(), hasNext, OptionalLong.empty());
        } catch (RepositoryException e) {
            throw new IllegalStateException("the story search failed: " + e.getMessage(), e);
        } finally {
            if (session != null) {
                session.logout();
            }
        }
    }
}
