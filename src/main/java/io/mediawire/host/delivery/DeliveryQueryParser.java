package io.mediawire.host.delivery;

import io.mediawire.host.delivery.DeliveryQuery.Between;
import io.mediawire.host.delivery.DeliveryQuery.Equals;
import io.mediawire.host.delivery.DeliveryQuery.Filter;
import io.mediawire.host.delivery.DeliveryQuery.Like;
import io.mediawire.host.delivery.DeliveryQuery.Order;
import io.mediawire.host.delivery.DeliveryQuery.Term;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Magnolia delivery v2 query parameters by Magnolia's rule: {@code limit}, {@code offset},
 * {@code orderBy}, {@code q} and {@code lang} control the query, {@code @ancestor} and {@code @name}
 * are the special filters, and every other parameter is a property filter {@code prop[op]=value}
 * whose value may list alternatives separated by {@code |}. Where Magnolia would query any property
 * name, this parser refuses names outside the {@link PropertyCatalog} with a 400 naming them, so no
 * user-chosen name is passed through.
 */
public final class DeliveryQueryParser {
    public static final long MAX_OFFSET = 1_000_000;
    static final int MAX_FILTERS = 20;
    static final int MAX_LIST = 50;
    static final int MAX_VALUE = 500;
    static final int MAX_WORDS = 10;
    static final int MAX_Q = 256;
    static final Set<String> OPERATORS = Set.of("eq", "ne", "lt", "gt", "lte", "gte", "like", "in", "not-in");
    /** Magnolia's control parameters; any other name is a filter. */
    static final Set<String> CONTROL = Set.of("limit", "offset", "orderBy", "q", "lang");
    private static final String FILTER_RULE = "every parameter other than "
            + String.join(", ", new TreeSet<>(CONTROL)) + ", @ancestor and @name filters on a property";

    private static final Pattern FILTER = Pattern.compile(
            "([A-Za-z][A-Za-z0-9_]*(?::[A-Za-z][A-Za-z0-9_]*)?)(?:\\[([a-z-]*)])?");
    private static final Pattern ORDER = Pattern.compile(
            "\\s*([A-Za-z][A-Za-z0-9_]*(?::[A-Za-z][A-Za-z0-9_]*)?)(?:\\s+([A-Za-z]+))?\\s*");
    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9_-][A-Za-z0-9._-]*)+/?|/");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final PropertyCatalog catalog;
    private final ZoneId zone;
    private final int defaultLimit;
    private final EndpointDefinition endpoint;

    public DeliveryQueryParser(EndpointDefinition endpoint, PropertyCatalog catalog, ZoneId zone) {
        this.endpoint = endpoint;
        this.catalog = catalog;
        this.zone = zone;
        this.defaultLimit = endpoint.limit();
    }

    public DeliveryQuery parse(Map<String, List<String>> params) {
        int limit = defaultLimit;
        long offset = 0;
        List<Order> orderBy = List.of();
        List<String> words = List.of();
        String ancestor = null;
        String name = null;
        List<Filter> filters = new ArrayList<>();
        for (Map.Entry<String, List<String>> param : params.entrySet()) {
            String key = param.getKey();
            List<String> values = param.getValue();
            switch (key) {
                case "limit" -> limit = (int) Math.min(EndpointDefinition.MAX_LIMIT,
                        number(key, single(key, values), 1, Integer.MAX_VALUE));
                case "offset" -> offset = number(key, single(key, values), 0, MAX_OFFSET);
                case "orderBy" -> orderBy = orderBy(single(key, values));
                case "q" -> words = words(single(key, values));
                // Magnolia picks the language of i18n properties with it; the content type declares
                // none (a story has one language, in its 'language' property), so it changes nothing.
                case "lang" -> { }
                case "@ancestor" -> ancestor = ancestor(single(key, values));
                case "@name" -> name = name(single(key, values));
                default -> {
                    for (String value : values) {
                        filters.add(filter(key, value));
                    }
                }
            }
            if (filters.size() > MAX_FILTERS) {
                throw invalid("at most " + MAX_FILTERS + " filters are allowed");
            }
        }
        return new DeliveryQuery(limit, offset, orderBy, words, filters, ancestor, name);
    }

    // ---- paging and order -------------------------------------------------------------------

    private static String single(String key, List<String> values) {
        if (values.size() != 1) {
            throw new InvalidQueryException(InvalidQueryException.BAD_REQUEST, key + " was given " + values.size() + " times");
        }
        return values.get(0);
    }

    private static long number(String key, String value, long min, long max) {
        long n;
        try {
            n = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidQueryException(InvalidQueryException.INVALID_VALUE_FORMAT,
                    key + " must be a whole number, got '" + Json.printable(value) + "'");
        }
        if (n < min || n > max) {
            throw new InvalidQueryException(InvalidQueryException.INVALID_VALUE_FORMAT,
                    key + " must be between " + min + " and " + max + ", got " + n);
        }
        return n;
    }

    private List<Order> orderBy(String value) {
        List<Order> orders = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            Matcher m = ORDER.matcher(part);
            if (!m.matches()) {
                throw invalid("orderBy takes 'property [asc|desc]' separated by commas, got '" + Json.printable(part) + "'");
            }
            String property = knownProperty(m.group(1));
            String direction = m.group(2) == null ? "asc" : m.group(2).toLowerCase(Locale.ROOT);
            if (!direction.equals("asc") && !direction.equals("desc")) {
                throw invalid("orderBy direction must be asc or desc, got '" + Json.printable(m.group(2)) + "'");
            }
            orders.add(new Order(property, direction.equals("desc")));
        }
        if (orders.size() > 5) {
            throw invalid("orderBy takes at most 5 properties");
        }
        return orders;
    }

    // ---- full text, place, name ----------------------------------------------------------------

    /**
     * Keeps only words: Jackrabbit's full-text syntax (quotes, '-', OR, wildcards, fields) then
     * has nothing to act on, and lower case keeps a word from being read as an operator.
     */
    private static List<String> words(String q) {
        if (q.length() > MAX_Q) {
            throw invalid("q is longer than " + MAX_Q + " characters");
        }
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(q);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (!words.contains(word)) {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            throw invalid("q has no words to search for: '" + Json.printable(q) + "'");
        }
        if (words.size() > MAX_WORDS) {
            throw invalid("q takes at most " + MAX_WORDS + " words");
        }
        return words;
    }

    private String ancestor(String value) {
        if (value.length() > 512 || !PATH.matcher(value).matches() || value.contains("/../") || value.endsWith("/..")) {
            throw invalid("@ancestor must be an absolute path of letters, digits, '.', '-' and '_', got '"
                    + Json.printable(value) + "'");
        }
        String path = value.length() > 1 && value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        return endpoint.absolute(path);
    }

    private static String name(String value) {
        if (!NAME.matcher(value).matches()) {
            throw invalid("@name must be a node name of letters, digits, '.', '-' and '_', got '" + Json.printable(value) + "'");
        }
        return value;
    }

    // ---- filters --------------------------------------------------------------------------------

    /** A property filter; its alternatives ({@code a|b}) are ORed, and ne/not-in negate the whole. */
    private Filter filter(String key, String value) {
        Matcher m = FILTER.matcher(key);
        if (!m.matches()) {
            throw invalid("'" + Json.printable(key) + "' is not a filter: " + FILTER_RULE + ", written property[op]=value");
        }
        String property = m.group(1);
        if (catalog.kind(property).isEmpty()) {
            throw invalid("unknown property '" + Json.printable(property) + "' (" + FILTER_RULE + "); known: "
                    + String.join(", ", catalog.names()));
        }
        String op = m.group(2) == null ? "eq" : m.group(2);
        if (!OPERATORS.contains(op)) {
            throw invalid("unknown operator '" + op + "' in " + Json.printable(key) + "; use one of eq ne lt gt lte gte like in not-in");
        }
        if (value.length() > MAX_VALUE) {
            throw invalid(key + " has a value longer than " + MAX_VALUE + " characters");
        }
        PropertyCatalog.Kind kind = catalog.kind(property).orElseThrow();
        String[] alternatives = value.split("\\|", -1);
        if (alternatives.length > MAX_LIST) {
            throw invalid(property + " takes at most " + MAX_LIST + " values");
        }
        List<Term> terms = new ArrayList<>();
        for (String alternative : alternatives) {
            terms.add(switch (op) {
                case "eq", "ne" -> equal(kind, property, alternative);
                case "lt", "lte", "gt", "gte" -> compare(kind, property, op, alternative);
                case "like" -> like(kind, property, alternative);
                default -> listItem(kind, property, alternative); // in, not-in
            });
        }
        return new Filter(property, op.equals("ne") || op.equals("not-in"), terms);
    }

    private String knownProperty(String property) {
        if (catalog.kind(property).isEmpty()) {
            throw invalid("unknown property '" + Json.printable(property) + "'; known: " + String.join(", ", catalog.names()));
        }
        return property;
    }

    /** A date alone means the whole day in the site's zone; eq on it matches any time that day. */
    private Term equal(PropertyCatalog.Kind kind, String property, String value) {
        if (kind == PropertyCatalog.Kind.DATE) {
            Day day = date(property, value);
            return day.whole() ? new Between(day.start(), true, day.end(), false) : new Equals(day.start());
        }
        return new Equals(value(kind, property, value));
    }

    private Term compare(PropertyCatalog.Kind kind, String property, String op, String value) {
        if (kind == PropertyCatalog.Kind.BOOLEAN) {
            throw invalid(property + " is a boolean; it takes eq, ne, in and not-in");
        }
        if (kind == PropertyCatalog.Kind.DATE) {
            Day day = date(property, value);
            return switch (op) {
                case "lt" -> new Between(null, false, day.start(), false);
                case "lte" -> day.whole() ? new Between(null, false, day.end(), false) : new Between(null, false, day.start(), true);
                case "gt" -> day.whole() ? new Between(day.end(), true, null, false) : new Between(day.start(), false, null, false);
                default -> new Between(day.start(), true, null, false); // gte
            };
        }
        Object v = value(kind, property, value);
        return switch (op) {
            case "lt" -> new Between(null, false, v, false);
            case "lte" -> new Between(null, false, v, true);
            case "gt" -> new Between(v, false, null, false);
            default -> new Between(v, true, null, false);
        };
    }

    /** Without a '%' the value matches anywhere in the text, as a search box user expects. */
    private static Term like(PropertyCatalog.Kind kind, String property, String value) {
        if (kind != PropertyCatalog.Kind.STRING) {
            throw invalid(property + " is not text; like works on text properties only");
        }
        if (value.isEmpty()) {
            throw invalid(property + "[like] needs a value");
        }
        return new Like(value.contains("%") ? value : "%" + value + "%");
    }

    /** An item of in/not-in: a value, or for dates and numbers an inclusive {@code from~to} range. */
    private Term listItem(PropertyCatalog.Kind kind, String property, String item) {
        int tilde = item.indexOf('~');
        if (tilde < 0) {
            return equal(kind, property, item);
        }
        if (kind == PropertyCatalog.Kind.DATE) {
            Day from = date(property, item.substring(0, tilde));
            Day to = date(property, item.substring(tilde + 1));
            return to.whole() ? new Between(from.start(), true, to.end(), false) : new Between(from.start(), true, to.start(), true);
        }
        if (kind == PropertyCatalog.Kind.LONG || kind == PropertyCatalog.Kind.DOUBLE) {
            return new Between(value(kind, property, item.substring(0, tilde)), true,
                    value(kind, property, item.substring(tilde + 1)), true);
        }
        throw invalid(property + ": '~' ranges work on dates and numbers only");
    }

    private record Day(Instant start, Instant end, boolean whole) {
    }

    /** {@code yyyy-MM-dd} (a whole day in the site zone) or ISO-8601 with offset, as Magnolia takes. */
    private Day date(String property, String value) {
        String v = value.strip();
        try {
            if (DAY.matcher(v).matches()) {
                LocalDate day = LocalDate.parse(v);
                return new Day(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant(), true);
            }
            Instant at = OffsetDateTime.parse(v).toInstant();
            return new Day(at, at, false);
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException(InvalidQueryException.INVALID_VALUE_FORMAT, property
                    + " takes a date as yyyy-MM-dd or yyyy-MM-dd'T'HH:mm:ss.SSSXXX, got '" + Json.printable(value) + "'");
        }
    }

    private static Object value(PropertyCatalog.Kind kind, String property, String value) {
        try {
            return switch (kind) {
                case LONG -> Long.parseLong(value.strip());
                case DOUBLE -> Double.parseDouble(value.strip());
                case BOOLEAN -> switch (value.strip()) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw new NumberFormatException();
                };
                default -> value;
            };
        } catch (NumberFormatException e) {
            throw new InvalidQueryException(InvalidQueryException.INVALID_VALUE_FORMAT,
                    property + " takes a " + kind.name().toLowerCase(Locale.ROOT) + ", got '" + Json.printable(value) + "'");
        }
    }

    private static InvalidQueryException invalid(String message) {
        return new InvalidQueryException(InvalidQueryException.INVALID_QUERY, message);
    }
}
