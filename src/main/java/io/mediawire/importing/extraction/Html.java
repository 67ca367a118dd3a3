package io.mediawire.importing.extraction;

import java.util.Set;
import org.jsoup.nodes.Element;

/** Element classes the extractor reasons about. */
final class Html {

    static final Set<String> BLOCKS = Set.of(
        "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "tr", "ul", "caption", "noscript");

    private Html() {
    }

    static boolean isBlock(Element e) {
        return BLOCKS.contains(e.normalName());
    }

    static boolean hasBlockDescendant(Element e) {
        for (Element d : e.getAllElements()) {
            if (d != e && isBlock(d)) {
                return true;
            }
        }
        return false;
    }

    /** The class and id of an element, lower-cased, for hint matching. */
    static String classAndId(Element e) {
        return (e.className() + " " + e.id()).toLowerCase(java.util.Locale.ROOT);
    }
}
