package io.mediawire.importing.extraction;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;

/**
 * What one page may cost to process. The fetch deadline ends when the bytes are in; parsing and extraction come
 * after, and a few megabytes of pathological HTML (400,000 nested divs) kept a worker busy for most of a minute.
 * Two limits are checked while jsoup parses, so such a page stops within milliseconds: the number of elements and
 * their nesting depth (real article pages have a few thousand elements, nested a few dozen deep). A time budget,
 * checked while parsing and between (and inside) the extraction's passes, bounds the rest; its clock is injectable.
 * One budget is for one page.
 */
public final class PageBudget {
    public static final int MAX_ELEMENTS = 50_000;
    public static final int MAX_DEPTH = 256;
    public static final Duration MAX_TIME = Duration.ofSeconds(10);
    /** Elements parsed between two looks at the clock. */
    private static final int CLOCK_EVERY = 1024;

    private final int maxElements;
    private final int maxDepth;
    private final Duration time;
    private final Clock clock;
    private final Instant deadline;

    public PageBudget(int maxElements, int maxDepth, Duration time, Clock clock) {
        this.maxElements = maxElements;
        this.maxDepth = maxDepth;
        this.time = time;
        this.clock = clock;
        this.deadline = clock.instant().plus(time);
    }

    /** The default limits, starting now on {@code clock}. */
    public static PageBudget start(Clock clock) {
        return new PageBudget(MAX_ELEMENTS, MAX_DEPTH, MAX_TIME, clock);
    }

    /** The default limits, starting now on the system clock. */
    public static PageBudget start() {
        return start(Clock.systemUTC());
    }

    /** @throws PageTooComplexException when the time budget is spent */
    public void check() {
        if (clock.instant().isAfter(deadline)) {
            throw new PageTooComplexException("processing the page took longer than " + seconds(time)
                    + " (the limit for one page)");
        }
    }

    /**
     * Why an HTML fragment (a feed item's content) is beyond the element limit, counted without parsing it: every
     * start tag is at most one element. Empty when within the limit.
     */
    public static java.util.Optional<String> fragmentTooComplex(String html) {
        int tags = 0;
        for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
            char next = html.charAt(i + 1);
            if (((next | 0x20) >= 'a' && (next | 0x20) <= 'z') && ++tags > MAX_ELEMENTS) {
                return java.util.Optional.of(tooManyElements(MAX_ELEMENTS));
            }
        }
        return java.util.Optional.empty();
    }

    private static String tooManyElements(int limit) {
        return "more than " + String.format(Locale.ROOT, "%,d", limit) + " HTML elements (the limit for one page)";
    }

    /** The page as jsoup parses it, refused as soon as it passes one of the limits. */
    Document parse(String html, String baseUri) {
        // jsoup would close the deepest elements past its own depth limit and go on; one more level than ours
        // lets an element past our limit appear, so the page is refused rather than silently flattened
        Parser parser = Parser.htmlParser().setMaxDepth(maxDepth + 2);
        try (StreamParser stream = new StreamParser(parser).parse(html, baseUri)) {
            int elements = 0;
            for (var it = stream.iterator(); it.hasNext(); ) {
                Element element = it.next();
                if (++elements > maxElements) {
                    throw new PageTooComplexException("the page has " + tooManyElements(maxElements));
                }
                if (depth(element) > maxDepth) {
                    throw new PageTooComplexException("the page nests HTML elements more than " + maxDepth
                            + " deep (the limit for one page)");
                }
                if (elements % CLOCK_EVERY == 0) {
                    check();
                }
            }
            return stream.document();
        }
    }

    private static int depth(Element element) {
        int depth = 0;
        for (Element e = element; e != null; e = e.parent()) {
            depth++;
        }
        return depth;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
