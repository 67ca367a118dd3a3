package io.mediawire.story;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;

/**
 * Year/month/day buckets that keep their children newest first and count what lies beneath
 * them. Newest-first reads then touch only the buckets and leaves they return, and an offset
 * skips whole years, months and days by their counts: the cost does not grow with the number
 * of stories. The stories' own date folders and the published index both use it.
 */
final class DatedTree {
    static final String COUNT = "mw:count";

    private final String bucketType;
    private final ZoneId zone;
    private final Function<Node, Instant> keyOf;

    DatedTree(String bucketType, ZoneId zone, Function<Node, Instant> keyOf) {
        this.bucketType = bucketType;
        this.zone = zone;
        this.keyOf = keyOf;
    }

    /** The day bucket for {@code at}, created with its parents when missing. */
    Node dayBucket(Node root, Instant at) throws RepositoryException {
        LocalDate date = at.atZone(zone).toLocalDate();
        Node year = bucket(root, String.format("%04d", date.getYear()));
        Node month = bucket(year, String.format("%02d", date.getMonthValue()));
        return bucket(month, String.format("%02d", date.getDayOfMonth()));
    }

    /** The day bucket for {@code at}, or null. */
    Node existingDayBucket(Node root, Instant at) throws RepositoryException {
        LocalDate date = at.atZone(zone).toLocalDate();
        String path = String.format("%04d/%02d/%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        return root.hasNode(path) ? root.getNode(path) : null;
    }

    private Node bucket(Node parent, String name) throws RepositoryException {
        if (parent.hasNode(name)) {
            return parent.getNode(name);
        }
        Node bucket = parent.addNode(name, bucketType);
        bucket.setProperty(COUNT, 0L);
        // Bucket names sort like their dates: place the new one before the first older sibling.
        for (NodeIterator siblings = parent.getNodes(); siblings.hasNext(); ) {
            Node sibling = siblings.nextNode();
            if (isBucket(sibling) && sibling.getName().compareTo(name) < 0) {
                parent.orderBefore(name, sibling.getName());
                break;
            }
        }
        return bucket;
    }

    /** Moves a leaf just added to its day bucket into newest-first place and counts it. */
    void placed(Node leaf) throws RepositoryException {
        Node day = leaf.getParent();
        Instant at = keyOf.apply(leaf);
        for (NodeIterator siblings = day.getNodes(); siblings.hasNext(); ) {
            Node sibling = siblings.nextNode();
            if (!sibling.isSame(leaf) && keyOf.apply(sibling).isBefore(at)) {
                day.orderBefore(leaf.getName(), sibling.getName());
                break;
            }
        }
        adjustCounts(day, +1);
    }

    /** Uncounts a leaf about to be removed from {@code day}; drops buckets left empty. */
    void removing(Node day) throws RepositoryException {
        adjustCounts(day, -1);
        Node bucket = day;
        for (int level = 0; level < 3; level++) {
            Node parent = bucket.getParent();
            if (bucket.getProperty(COUNT).getLong() <= 0) {
                bucket.remove();
            }
            bucket = parent;
        }
    }

    private void adjustCounts(Node day, int delta) throws RepositoryException {
        Node bucket = day;
        for (int level = 0; level < 3; level++) {
            bucket.setProperty(COUNT, bucket.getProperty(COUNT).getLong() + delta);
            bucket = bucket.getParent();
        }
    }

    long count(Node root) throws RepositoryException {
        long total = 0;
        for (NodeIterator years = root.getNodes(); years.hasNext(); ) {
            Node year = years.nextNode();
            if (isBucket(year)) {
                total += year.getProperty(COUNT).getLong();
            }
        }
        return total;
    }

    /** Leaves newest first, skipping {@code offset} of them by bucket counts where it can. */
    List<Node> walk(Node root, long offset, int limit) throws RepositoryException {
        List<Node> result = new ArrayList<>(Math.max(0, limit));
        walk(root, 0, new long[]{offset}, limit, result);
        return result;
    }

    private void walk(Node bucket, int depth, long[] skip, int limit, List<Node> out) throws RepositoryException {
        for (NodeIterator children = bucket.getNodes(); children.hasNext() && out.size() < limit; ) {
            Node child = children.nextNode();
            if (depth < 3) {
                if (!isBucket(child)) {
                    continue;
                }
                long count = child.getProperty(COUNT).getLong();
                if (skip[0] >= count) {
                    skip[0] -= count;
                } else {
                    walk(child, depth + 1, skip, limit, out);
                }
            } else if (skip[0] > 0) {
                skip[0]--;
            } else {
                out.add(child);
            }
        }
    }

    private boolean isBucket(Node node) throws RepositoryException {
        return node.isNodeType(bucketType) && node.hasProperty(COUNT);
    }
}
