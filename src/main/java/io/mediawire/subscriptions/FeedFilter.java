package io.mediawire.subscriptions;

import io.mediawire.importing.ItemFilter;
import io.mediawire.importing.ItemText;

/**
 * A subscription's filters, compiled: which of its items become stories. Blank keeps every item.
 * The expression language is {@link FilterParser}'s; an include/exclude pair is written
 * {@code (include) AND NOT (exclude)}.
 */
public final class FeedFilter implements ItemFilter {
    public static final FeedFilter KEEP_ALL = new FeedFilter("", null);

    private final String expression;
    private final FilterExpression compiled;

    private FeedFilter(String expression, FilterExpression compiled) {
        this.expression = expression;
        this.compiled = compiled;
    }

    /** @throws InvalidFilterException naming the problem and where it is */
    public static FeedFilter compile(String expression) {
        if (expression == null || expression.isBlank()) {
            return KEEP_ALL;
        }
        return new FeedFilter(expression.strip(), FilterParser.parse(expression.strip()));
    }

    /** One expression from an include and an exclude expression, either of which may be blank. */
    public static String combine(String include, String exclude) {
        boolean in = include != null && !include.isBlank();
        boolean out = exclude != null && !exclude.isBlank();
        if (in && out) {
            return "(" + include.strip() + ") AND NOT (" + exclude.strip() + ")";
        }
        if (out) {
            return "NOT (" + exclude.strip() + ")";
        }
        return in ? include.strip() : "";
    }

    @Override
    public boolean accepts(ItemText item) {
        return compiled == null || compiled.matches(new FilterText(item));
    }

    public String expression() {
        return expression;
    }

    @Override
    public String toString() {
        return expression.isEmpty() ? "(every item)" : expression;
    }
}
