package io.mediawire.importing.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Readability-style scoring: paragraphs give points (length, commas) to their ancestors, class and id
 * hints add or remove points, link density scales the total; the best container wins, together with
 * the siblings that look like more of the same story.
 */
final class ContentScorer {

    static final Pattern POSITIVE = Pattern.compile(
        "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story");
    static final Pattern NEGATIVE = Pattern.compile(
        "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta"
            + "|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget");
    private static final Set<String> TEXT_BLOCK_TAGS = Set.of("p", "pre");
    private static final Set<String> LEAF_CONTAINERS = Set.of("div", "section", "article", "td", "font", "center", "main");
    private static final int MIN_PARAGRAPH = 25;
    private static final Pattern COMMAS = Pattern.compile("[,\u060c\uff0c\u3001\ufe50\ufe51\u2e41\u2e34\u2e32]");

    private final TextMetrics metrics;
    private final PageBudget budget;
    private final Map<Element, Double> scores = new IdentityHashMap<>();

    /** The winning container and its score. */
    record Winner(Element element, double score) {}

    ContentScorer(TextMetrics metrics, PageBudget budget) {
        this.metrics = metrics;
        this.budget = budget;
    }

    /** The best container inside {@code scope}, or empty when the scope has no paragraph worth scoring. */
    Optional<Winner> best(Element scope) {
        int scored = 0;
        for (Element e : scope.getAllElements()) {
            scoreParagraph(e, scope);
            checkEvery(++scored);
        }
        if (scores.isEmpty()) {
            return Optional.empty();
        }
        List<Element> ranked = new ArrayList<>(scores.keySet());
        for (Element candidate : ranked) {
            scores.put(candidate, scores.get(candidate) * (1 - metrics.linkDensity(candidate)));
            checkEvery(++scored);
        }
        ranked.sort(Comparator.comparingDouble((Element c) -> scores.get(c)).reversed());
        Element top = ranked.get(0);
        top = preferCommonAncestor(top, ranked, scope);
        top = climbWhileParentScoresHigher(top, scope);
        while (top != scope && top.parent() != null && top.parent() != scope && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        top = expandOverSplitBody(top, scope);
        return Optional.of(new Winner(top, scores.getOrDefault(top, 0.0)));
    }

    /** The top candidate plus the siblings that look like more of the same story, cloned into one container. */
    Element withSiblings(Winner winner) {
        Element top = winner.element();
        Element parent = top.parent();
        Element out = new Element("div");
        if (parent == null) {
            out.appendChild(top.clone());
            return out;
        }
        double threshold = Math.max(10, winner.score() * 0.2);
        int seen = 0;
        for (Element sibling : parent.children()) {
            checkEvery(++seen);
            if (sibling == top || isGoodSibling(sibling, top, winner.score(), threshold)) {
                out.appendChild(sibling.clone());
            }
        }
        return out;
    }

    /** Looks at the clock every 256 steps of a loop over elements. */
    private void checkEvery(int steps) {
        if (steps % 256 == 0) {
            budget.check();
        }
    }

    double score(Element e) {
        return scores.getOrDefault(e, 0.0);
    }

    private boolean isGoodSibling(Element sibling, Element top, double topScore, double threshold) {
        double bonus = 0;
        if (!top.className().isEmpty() && sibling.className().equals(top.className())) {
            bonus += topScore * 0.2;
        }
        Double score = scores.get(sibling);
        if (score != null && score + bonus >= threshold) {
            return true;
        }
        if (sibling.normalName().equals("p")) {
            int length = metrics.textLength(sibling);
            double density = metrics.linkDensity(sibling);
            if (length > 80 && density < 0.25) {
                return true;
            }
            return length > 0 && length <= 80 && density == 0 && sibling.text().matches(".*\\.( .*|$)");
        }
        return false;
    }

    private void scoreParagraph(Element e, Element scope) {
        String tag = e.normalName();
        int length;
        Element firstAncestor;
        if (TEXT_BLOCK_TAGS.contains(tag) || (LEAF_CONTAINERS.contains(tag) && isLeafTextBlock(e))) {
            length = metrics.textLength(e);
            firstAncestor = e.parent();
        } else if (Html.isBlock(e) && e.childrenSize() > 0) {
            // Text written straight into a container that also has blocks ("text<br><br>text<div>..").
            length = ownText(e).length();
            firstAncestor = e;
        } else {
            return;
        }
        if (length < MIN_PARAGRAPH || firstAncestor == null) {
            return;
        }
        String text = TEXT_BLOCK_TAGS.contains(tag) || firstAncestor != e ? e.text() : ownText(e);
        double points = 1 + COMMAS.matcher(text).results().count() + Math.min(length / 100, 3);
        Element ancestor = firstAncestor;
        for (int level = 0; level < 5 && ancestor != null; level++) {
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            scores.merge(ancestor, initialScore(ancestor) + points / divider, (old, add) -> old + points / divider);
            if (ancestor == scope) {
                break;
            }
            ancestor = ancestor.parent();
        }
    }

    private static String ownText(Element e) {
        StringBuilder sb = new StringBuilder();
        for (TextNode t : e.textNodes()) {
            sb.append(t.text());
        }
        return sb.toString().strip();
    }

    private static boolean isLeafTextBlock(Element e) {
        return !Html.hasBlockDescendant(e) && !e.ownText().isBlank();
    }

    static double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + classWeight(e);
    }

    static double classWeight(Element e) {
        double weight = 0;
        for (String hint : new String[] {e.className().toLowerCase(java.util.Locale.ROOT), e.id().toLowerCase(java.util.Locale.ROOT)}) {
            if (hint.isEmpty()) {
                continue;
            }
            if (NEGATIVE.matcher(hint).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(hint).find()) {
                weight += 25;
            }
        }
        return weight;
    }

    /** When several strong candidates share an ancestor, the story is that ancestor, split into parts. */
    private Element preferCommonAncestor(Element top, List<Element> ranked, Element scope) {
        double topScore = scores.get(top);
        List<Element> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(5, ranked.size()); i++) {
            if (scores.get(ranked.get(i)) / topScore >= 0.75) {
                alternatives.add(ranked.get(i));
            }
        }
        if (alternatives.size() < 3) {
            return top;
        }
        Element parent = top.parent();
        while (parent != null && parent != scope.parent()) {
            int contained = 0;
            for (Element alt : alternatives) {
                if (isAncestor(parent, alt)) {
                    contained++;
                }
            }
            if (contained >= 3) {
                return parent;
            }
            if (parent == scope) {
                break;
            }
            parent = parent.parent();
        }
        return top;
    }

    private Element climbWhileParentScoresHigher(Element top, Element scope) {
        double lastScore = scores.getOrDefault(top, 0.0);
        double threshold = lastScore / 3;
        Element parent = top.parent();
        while (parent != null && top != scope && parent != scope.parent()) {
            Double parentScore = scores.get(parent);
            if (parentScore != null) {
                if (parentScore < threshold) {
                    break;
                }
                if (parentScore > lastScore) {
                    return parent;
                }
                lastScore = parentScore;
            }
            if (parent == scope) {
                break;
            }
            parent = parent.parent();
        }
        return top;
    }

    /**
     * Stories split by full-width figures or ads into several containers ("section, figure, section")
     * leave the winner holding one part only: climb while the parent adds mostly paragraph text.
     */
    private Element expandOverSplitBody(Element top, Element scope) {
        Element best = top;
        Element current = top;
        for (int level = 0; level < 6 && current != scope && current.parent() != null; level++) {
            Element parent = current.parent();
            int addedText = storyText(parent) - storyText(best);
            int addedParagraphs = paragraphText(parent) - paragraphText(best);
            if (addedText >= 50) {
                if (addedParagraphs < 0.6 * addedText || addedParagraphs < 200
                    || metrics.linkDensity(parent) > 0.3) {
                    break;
                }
                best = parent;
            }
            current = parent;
        }
        return best;
    }

    /** Text outside captions and figures, which sit between parts of a story without being story text. */
    private int storyText(Element e) {
        int caption = 0;
        for (Element figure : e.select("figure, figcaption")) {
            if (figure.parent() == null || figure.parent().closest("figure, figcaption") == null) {
                caption += metrics.textLength(figure);
            }
        }
        return metrics.textLength(e) - caption;
    }

    /** Text of paragraphs with few links: the text a story is made of. */
    private int paragraphText(Element e) {
        int total = 0;
        for (Element p : e.select("p, pre, blockquote")) {
            if (p.parent() != null && p.parent().closest("p, pre, blockquote") != null) {
                continue;
            }
            int length = metrics.textLength(p);
            if (length >= MIN_PARAGRAPH && metrics.linkDensity(p) < 0.5) {
                total += length;
            }
        }
        return total;
    }

    static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
