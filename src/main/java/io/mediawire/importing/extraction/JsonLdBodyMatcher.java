package io.mediawire.importing.extraction;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * JSON-LD {@code articleBody} is plain text: the story's words without its links, headings and images.
 * This finds the DOM element holding the same paragraphs, so the body keeps its markup.
 */
final class JsonLdBodyMatcher {

    private JsonLdBodyMatcher() {
    }

    /** The deepest element holding nearly all DOM paragraphs whose shingles are in the JSON-LD text. */
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
