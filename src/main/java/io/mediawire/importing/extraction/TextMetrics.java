package io.mediawire.importing.extraction;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/** Memoised text and link-text lengths, so scoring a deep tree stays linear-ish. */
final class TextMetrics {

    private final Map<Element, Integer> text = new IdentityHashMap<>();
    private final Map<Element, Double> links = new IdentityHashMap<>();

    int textLength(Element e) {
        return text.computeIfAbsent(e, el -> el.text().length());
    }

    /** Share of the element's text inside links; in-page "#" links weigh less, as in Readability. */
    double linkDensity(Element e) {
        int length = textLength(e);
        if (length == 0) {
            return 0;
        }
        double linked = links.computeIfAbsent(e, el -> {
            double sum = 0;
            for (Element a : el.select("a")) {
                String href = a.attr("href");
                sum += a.text().length() * (href.startsWith("#") ? 0.3 : 1.0);
            }
            return sum;
        });
        return Math.min(1.0, linked / length);
    }
}
