package io.mediawire.host.delivery;

import io.mediawire.host.delivery.DeliveryQuery.Between;
import io.mediawire.host.delivery.DeliveryQuery.Equals;
import io.mediawire.host.delivery.DeliveryQuery.Filter;
import io.mediawire.host.delivery.DeliveryQuery.Like;
import io.mediawire.host.delivery.DeliveryQuery.Order;
import io.mediawire.host.delivery.DeliveryQuery.Term;
import io.mediawire.story.Page;
import io.mediawire.story.Story;
import io.mediawire.story.StoryNodes;
import io.mediawire.story.StoryStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.ValueFactory;
import javax.jcr.query.Query;
import javax.jcr.query.QueryResult;
import javax.jcr.query.RowIterator;

/**
 * Runs a {@link DeliveryQuery}. The plain newest-first listing comes from the store's published
 * index ({@link StoryStore#listPublished}), whose cost does not grow with the number of stories.
 * Everything else is one JCR-SQL2 query whose every value is a bind variable and whose every
 * name was checked against the {@link PropertyCatalog}; Jackrabbit evaluates such a query over
 * all matching nodes, so its cost grows with the number of matches (see docs/notes/delivery.md).
 */
public final class QueryExecutor {
    /** One page and the number of results of the whole query. */
    public record Result(List<Node> nodes, long total) {
    }

    private final StoryStore stories;

    public QueryExecutor(StoryStore stories) {
        this.stories = stories;
    }

    public Result execute(Session session, EndpointDefinition endpoint, DeliveryQuery query) throws RepositoryException {
        if (query.isNewestFirstListing() && servesStories(endpoint)) {
            return newestFirst(session, query);
        }
        return jcrQuery(session, endpoint, query);
    }

    /** Whether the endpoint's items are exactly the store's stories, so its published index answers. */
    static boolean servesStories(EndpointDefinition endpoint) {
        return endpoint.workspace().equals(StoryStore.WORKSPACE) && endpoint.rootPath().equals("/")
                && endpoint.nodeTypes().equals(List.of(StoryNodes.TYPE));
    }

    private Result newestFirst(Session session, DeliveryQuery query) throws RepositoryException {
        Page<Story> page = stories.listPublished(query.offset(), query.limit());
        List<Node> nodes = new ArrayList<>(page.items().size());
        for (Story story : page.items()) {
            try {
                nodes.add(session.getNodeByIdentifier(story.id()));
            } catch (ItemNotFoundException deletedMeanwhile) {
                // gone between the two reads: leave it out
            }
        }
        return new Result(nodes, page.total());
    }

    private Result jcrQuery(Session session, EndpointDefinition endpoint, DeliveryQuery query) throws RepositoryException {
        Sql2 sql = Sql2.of(endpoint, query);
        ValueFactory values = session.getValueFactory();
        Query page = sql.create(session, values, true);
        page.setOffset(query.offset());
        page.setLimit(query.limit());
        List<Node> nodes = new ArrayList<>(query.limit());
        for (NodeIterator it = page.execute().getNodes(); it.hasNext(); ) {
            nodes.add(it.nextNode());
        }
        long total;
        if (!nodes.isEmpty() && nodes.size() < query.limit()) {
            total = query.offset() + nodes.size(); // the last page tells the total for free
        } else if (nodes.isEmpty() && query.offset() == 0) {
            total = 0;
        } else {
            total = count(sql.create(session, values, false));
        }
        return new Result(nodes, total);
    }

    /** The same constraints without ORDER BY and paging: Jackrabbit then skips the in-memory sort. */
    private static long count(Query query) throws RepositoryException {
        QueryResult result = query.execute();
        RowIterator rows = result.getRows();
        long size = rows.getSize();
        if (size >= 0) {
            return size;
        }
        long n = 0;
        while (rows.hasNext()) {
            rows.nextRow();
            n++;
        }
        return n;
    }

    /** The statement text and its bind values; names come only from checked sources. */
    record Sql2(String statement, String countStatement, Map<String, Object> binds) {

        static Sql2 of(EndpointDefinition endpoint, DeliveryQuery query) {
            Map<String, Object> binds = new LinkedHashMap<>();
            StringBuilder where = new StringBuilder("s.[mgnl:activationStatus] = 'true'");
            String from;
            if (endpoint.nodeTypes().size() == 1) {
                from = "[" + endpoint.nodeTypes().get(0) + "]";
            } else {
                from = "[nt:base]";
                List<String> types = new ArrayList<>();
                for (String type : endpoint.nodeTypes()) {
                    types.add("s.[jcr:primaryType] = " + bind(binds, type));
                }
                where.append(" AND (").append(String.join(" OR ", types)).append(')');
            }
            String ancestor = query.ancestor() != null ? query.ancestor() : endpoint.rootPath();
            if (!ancestor.equals("/")) {
                // A path cannot be a bind variable in JCR-SQL2; the parser let through only [A-Za-z0-9._-] segments.
                // Quoted, not bracketed: Jackrabbit reads [/2025/02/28] wrongly (segments starting with 0).
                where.append(" AND ISDESCENDANTNODE(s, '").append(ancestor).append("')");
            }
            if (query.name() != null) {
                where.append(" AND LOCALNAME(s) = ").append(bind(binds, query.name()));
            }
            for (String word : query.words()) {
                String v = bind(binds, word);
                where.append(" AND (CONTAINS(s.[headline], ").append(v).append(") OR CONTAINS(s.[body], ")
                        .append(v).append("))");
            }
            for (Filter filter : query.filters()) {
                where.append(" AND ").append(filter.negated() ? "NOT " : "").append('(');
                List<String> terms = new ArrayList<>();
                for (Term term : filter.anyOf()) {
                    terms.add(term(filter.property(), term, binds));
                }
                where.append(String.join(" OR ", terms)).append(')');
            }
            List<String> orders = new ArrayList<>();
            List<Order> orderBy = query.orderBy().isEmpty() ? List.of(new Order("published", true)) : query.orderBy();
            for (Order order : orderBy) {
                orders.add("s.[" + order.property() + "]" + (order.descending() ? " DESC" : " ASC"));
            }
            String base = "SELECT * FROM " + from + " AS s WHERE " + where;
            return new Sql2(base + " ORDER BY " + String.join(", ", orders), base, binds);
        }

        private static String term(String property, Term term, Map<String, Object> binds) {
            String p = "s.[" + property + "]";
            if (term instanceof Equals eq) {
                return p + " = " + bind(binds, eq.value());
            }
            if (term instanceof Like like) {
                return p + " LIKE " + bind(binds, like.pattern());
            }
            Between between = (Between) term;
            List<String> parts = new ArrayList<>(2);
            if (between.from() != null) {
                parts.add(p + (between.fromInclusive() ? " >= " : " > ") + bind(binds, between.from()));
            }
            if (between.to() != null) {
                parts.add(p + (between.toInclusive() ? " <= " : " < ") + bind(binds, between.to()));
            }
            return "(" + String.join(" AND ", parts) + ")";
        }

        private static String bind(Map<String, Object> binds, Object value) {
            String name = "v" + (binds.size() + 1);
            binds.put(name, value);
            return "$" + name;
        }

        Query create(Session session, ValueFactory values, boolean ordered) throws RepositoryException {
            Query query = session.getWorkspace().getQueryManager()
                    .createQuery(ordered ? statement : countStatement, Query.JCR_SQL2);
            for (Map.Entry<String, Object> bind : binds.entrySet()) {
                query.bindValue(bind.getKey(), value(values, bind.getValue()));
            }
            return query;
        }

        private static Value value(ValueFactory values, Object value) {
            if (value instanceof Instant at) {
                Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
                calendar.setTimeInMillis(at.toEpochMilli());
                return values.createValue(calendar);
            }
            if (value instanceof Long n) {
                return values.createValue(n);
            }
            if (value instanceof Double d) {
                return values.createValue(d);
            }
            if (value instanceof Boolean b) {
                return values.createValue(b);
            }
            return values.createValue((String) value);
        }
    }
}
