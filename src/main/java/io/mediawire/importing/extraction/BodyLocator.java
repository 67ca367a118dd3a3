package io.mediawire.importing.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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

    static Located locate(Document page, String jsonLdBody) {
        Optional<Element> itemprop = itempropBody(page);
        if (itemprop.isPresent()) {
            return new Located(wrap(itemprop.get()), "itemprop");
        }
        if (jsonLdBody != null && jsonLdBody.length() >= MIN_SIGNAL_TEXT) {
            Optional<Element> twin = JsonLdBodyMatcher.domTwin(page.body(), jsonLdBody);
            if (twin.isPresent()) {
                return new Located(wrap(twin.get()), "json-ld");
            }
        }
        Document pruned = page.clone();
        removeUnlikely(pruned.body());
        Optional<Located> byArticle = articleBody(pruned);
        if (byArticle.isPresent()) {
            return byArticle.get();
        }
        Optional<Element> scored = scoredBody(pruned.body());
        if (scored.isEmpty() || scored.get().text().length() < MIN_SIGNAL_TEXT) {
            // Readability's second try: the unlikely-candidate pruning can eat a badly named body.
            Optional<Element> retry = scoredBody(page.clone().body());
            if (retry.isPresent() && (scored.isEmpty() || retry.get().text().length() > scored.get().text().length())) {
                scored = retry;
            }
        }
        if (scored.isPresent()) {
            return new Located(scored.get(), "scoring");
        }
        if (jsonLdBody != null && !jsonLdBody.isBlank()) {
            return new Located(JsonLdBodyMatcher.fromText(jsonLdBody), "json-ld");
        }
        return new Located(new Element("div"), "scoring");
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
    private static Optional<Located> articleBody(Document page) {
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
        ContentScorer scorer = new ContentScorer(metrics);
        Optional<ContentScorer.Winner> winner = scorer.best(best);
        if (winner.isPresent()) {
            Element inside = scorer.withSiblings(winner.get());
            if (paragraphText(inside) >= 0.6 * bestText) {
                return Optional.of(new Located(inside, "article"));
            }
        }
        return Optional.of(new Located(wrap(best), "article"));
    }

    private static Optional<Element> scoredBody(Element scope) {
        ContentScorer scorer = new ContentScorer(new TextMetrics());
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

    /** Finds the DOM element whose paragraphs are the JSON-LD articleBody text. */
    static final class JsonLdBodyMatcher {

        private JsonLdBodyMatcher() {
        }

        static Optional<Element> domTwin(Element body, String jsonLdBody) {
            Set<String> truth = shingles(jsonLdBody);
            if (truth.isEmpty()) {
                return Optional.empty();
            }
            Map<Element, Integer> matchedBelow = new IdentityHashMap<>();
            int matched = 0;
            for (Element block : body.select("p, pre, li, h2, h3, h4, blockquote, div, td, span")) {
                if (block.normalName().matches("div|td|span|blockquote") && Html.hasBlockDescendant(block)) {
                    continue;
                }
                if (block.parent() != null && block.parent().closest("p, li, pre") != null) {
                    continue;
                }
                int length = block.text().length();
                if (length < 30) {
                    continue;
                }
                Set<String> own = shingles(block.text());
                int hits = 0;
                for (String s : own) {
                    if (truth.contains(s)) {
                        hits++;
                    }
                }
                if (own.isEmpty() || hits < 0.6 * own.size()) {
                    continue;
                }
                matched += length;
                for (Element a = block; a != null; a = a.parent()) {
                    matchedBelow.merge(a, length, Integer::sum);
                }
            }
            if (matched < 0.5 * jsonLdBody.length()) {
                return Optional.empty();
            }
            Element deepest = null;
            int deepestDepth = -1;
            for (Map.Entry<Element, Integer> entry : matchedBelow.entrySet()) {
                if (entry.getValue() >= 0.9 * matched) {
                    int depth = entry.getKey().parents().size();
                    if (depth > deepestDepth) {
                        deepest = entry.getKey();
                        deepestDepth = depth;
                    }
                }
            }
            if (deepest != null && deepest.normalName().matches("p|li|pre|h2|h3|h4") && deepest.parent() != null) {
                deepest = deepest.parent();
            }
            return Optional.ofNullable(deepest);
        }

        /** A body built from the JSON-LD text when the page has no DOM twin (it was rendered by script). */
        static Element fromText(String text) {
            Element out = new Element("div");
            for (String paragraph : text.split("\\s*\\n\\s*\\n\\s*|\\s*\\n\\s*")) {
                if (!paragraph.isBlank()) {
                    out.appendElement("p").text(paragraph.strip());
                }
            }
            return out;
        }

        static Set<String> shingles(String text) {
            List<String> tokens = ShingleScorer.tokens(text);
            Set<String> out = new HashSet<>();
            if (tokens.size() < ShingleScorer.SHINGLE_SIZE) {
                out.add(String.join(" ", tokens));
                return out;
            }
            for (int i = 0; i + ShingleScorer.SHINGLE_SIZE <= tokens.size(); i++) {
                out.add(String.join(" ", tokens.subList(i, i + ShingleScorer.SHINGLE_SIZE)));
            }
            return out;
        }
    }
}
