package io.mediawire.importing.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the element holding the story, trying signals in order of trust: {@code itemprop=articleBody},
 * the DOM twin of JSON-LD {@code articleBody}, {@code <article>}, then content scoring.
 */
final class BodyLocator {

    /** The body container (a detached copy) and the signal that found it. */
    record Located(Element element, String method) {}

    private static final int MIN_SIGNAL_TEXT = 200;
    private static final Pattern UNLIKELY = Pattern.compile(
        "-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu"
            + "|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate"
            + "|pagination|pager|popup|yom-remote|newsletter|share|outbrain|taboola");
    private static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow");
    private static final Set<String> UNLIKELY_ROLES = Set.of(
        "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog");

    private BodyLocator() {
    }

    static Located locate(Document page, String jsonLdBody, PageBudget budget) {
        Optional<Element> itemprop = itempropBody(page);
        if (itemprop.isPresent()) {
            return new Located(wrap(itemprop.get()), "itemprop");
        }
        boolean hasJsonLdBody = jsonLdBody != null && jsonLdBody.length() >= MIN_SIGNAL_TEXT;
        if (hasJsonLdBody) {
            Optional<Element> twin = JsonLdBodyMatcher.domTwin(page.body(), jsonLdBody);
            if (twin.isPresent()) {
                return new Located(wrap(twin.get()), "json-ld");
            }
        }
        Located found = fromStructure(page, budget);
        // A page rendered by script has its story only in JSON-LD; whatever the DOM offers is furniture.
        if (hasJsonLdBody && found.element().text().length() < 0.5 * jsonLdBody.length()) {
            return new Located(JsonLdBodyMatcher.fromText(jsonLdBody), "json-ld");
        }
        return found;
    }

    private static Located fromStructure(Document page, PageBudget budget) {
        Document pruned = page.clone();
        removeUnlikely(pruned.body());
        budget.check();
        Optional<Located> byArticle = articleBody(pruned, budget);
        if (byArticle.isPresent()) {
            return byArticle.get();
        }
        Optional<Element> scored = scoredBody(pruned.body(), budget);
        if (scored.isEmpty() || scored.get().text().length() < MIN_SIGNAL_TEXT) {
            // Readability's second try: the unlikely-candidate pruning can eat a badly named body.
            Optional<Element> retry = scoredBody(page.clone().body(), budget);
            if (retry.isPresent() && (scored.isEmpty() || retry.get().text().length() > scored.get().text().length())) {
                scored = retry;
            }
        }
        return new Located(scored.orElseGet(() -> new Element("div")), "scoring");
    }

    private static Optional<Element> itempropBody(Document page) {
        Element best = null;
        for (Element e : page.select("[itemprop~=(?i)^articleBody$]")) {
            if (best == null || e.text().length() > best.text().length()) {
                best = e;
            }
        }
        return best != null && best.text().length() >= MIN_SIGNAL_TEXT ? Optional.of(best) : Optional.empty();
    }

    /** The largest {@code <article>}, narrowed to its best-scoring part when that part holds most of its text. */
    private static Optional<Located> articleBody(Document page, PageBudget budget) {
        TextMetrics metrics = new TextMetrics();
        Element best = null;
        int bestText = 0;
        for (Element article : page.select("article, [itemtype~=(?i)schema.org/(News|Blog|Report|Tech|Scholarly)?(Article|Posting)]")) {
            int text = paragraphText(article);
            if (text > bestText) {
                best = article;
                bestText = text;
            }
        }
        if (best == null || bestText < 2 * MIN_SIGNAL_TEXT) {
            return Optional.empty();
        }
        // An <article> that is a small card next to a much bigger story is not the story.
        if (paragraphText(page.body()) > 4 * bestText && bestText < 1000) {
            return Optional.empty();
        }
        ContentScorer scorer = new ContentScorer(metrics, budget);
        Optional<ContentScorer.Winner> winner = scorer.best(best);
        if (winner.isPresent()) {
            Element inside = scorer.withSiblings(winner.get());
            if (paragraphText(inside) >= 0.6 * bestText) {
                return Optional.of(new Located(inside, "article"));
            }
        }
        return Optional.of(new Located(wrap(best), "article"));
    }

    private static Optional<Element> scoredBody(Element scope, PageBudget budget) {
        ContentScorer scorer = new ContentScorer(new TextMetrics(), budget);
        return scorer.best(scope).map(scorer::withSiblings);
    }

    /** Text in paragraph-like blocks: a measure of story text that ignores menus and link lists. */
    static int paragraphText(Element scope) {
        int total = 0;
        for (Element p : scope.select("p, pre, blockquote, li, h2, h3, h4")) {
            if (p.parent() != null && p.parent().closest("p, pre, blockquote, li") != null) {
                continue;
            }
            int length = p.text().length();
            if (length >= 25) {
                int linked = p.select("a").text().length();
                total += linked * 2 > length ? 0 : length;
            }
        }
        return total;
    }

    private static void removeUnlikely(Element body) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            if (e == body || tag.equals("a") || tag.equals("article") || tag.equals("main") || tag.equals("body")) {
                continue;
            }
            String role = e.attr("role").toLowerCase(java.util.Locale.ROOT);
            String hints = Html.classAndId(e);
            boolean unlikely = UNLIKELY.matcher(hints).find() && !MAYBE.matcher(hints).find()
                && e.closest("table, code") == null;
            if (unlikely || UNLIKELY_ROLES.contains(role) || tag.equals("nav") || tag.equals("aside")) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            if (e.parent() != null) {
                e.remove();
            }
        }
    }

    static Element wrap(Element e) {
        Element out = new Element("div");
        out.appendChild(e.clone());
        return out;
    }
}
