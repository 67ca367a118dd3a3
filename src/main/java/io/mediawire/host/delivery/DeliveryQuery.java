package io.mediawire.host.delivery;

import java.util.List;

/**
 * A parsed, checked query: every property name is known, every value typed. Filters are
 * already reduced to terms, so the executor only binds values and never interprets input.
 *
 * @param words   full-text words (letters and digits only), all required
 * @param ancestor absolute JCR path the results lie below, or null
 * @param name     exact node name, or null
 */
public record DeliveryQuery(int limit, long offset, List<Order> orderBy, List<String> words, List<Filter> filters,
                            String ancestor, String name) {

    public DeliveryQuery {
        orderBy = List.copyOf(orderBy);
        words = List.copyOf(words);
        filters = List.copyOf(filters);
    }

    public record Order(String property, boolean descending) {
    }

    /** {@code property} matches one of {@code anyOf}; {@code negated} inverts that (ne, not-in). */
    public record Filter(String property, boolean negated, List<Term> anyOf) {
        public Filter {
            anyOf = List.copyOf(anyOf);
        }
    }

    /** One comparison; values are String, java.time.Instant, Long, Double or Boolean. */
    public sealed interface Term {
    }

    public record Equals(Object value) implements Term {
    }

    /** A range; a null bound is open. */
    public record Between(Object from, boolean fromInclusive, Object to, boolean toInclusive) implements Term {
    }

    /** JCR-SQL2 LIKE pattern: {@code %} and {@code _} are wildcards. */
    public record Like(String pattern) implements Term {
    }

    /**
     * The public newest-first listing with nothing to narrow it: served from the store's
     * published index at a cost that does not grow with the number of stories.
     */
    public boolean isNewestFirstListing() {
        return words.isEmpty() && filters.isEmpty() && ancestor == null && name == null
                && (orderBy.isEmpty() || orderBy.equals(List.of(new Order("published", true))));
    }
}
