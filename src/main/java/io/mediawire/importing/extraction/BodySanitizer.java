package io.mediawire.importing.extraction;

import java.net.URI;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;

/**
 * Copies a story container into a fresh tree that holds only what {@code body-policy.txt} allows: no scripts,
 * styles, frames, forms, event or style attributes, and no URL with a scheme other than http(s) (or mailto for
 * links). jsoup's {@link Cleaner} applies that policy. Before it, a small hand-written pass gives the body its
 * paragraph shape, which a safelist cannot express: containers that are not on the list (div, section...) are
 * unwrapped and their loose text becomes paragraphs, {@code <br><br>} starts a new paragraph, an h1 becomes an h2,
 * dropped tags go with their content. After it, elements left empty go.
 */
public final class BodySanitizer {

    private static final BodyPolicy POLICY = BodyPolicy.read("body-policy.txt");
    private static final Cleaner CLEANER = new Cleaner(POLICY);
    /** Where loose inline content is gathered into paragraphs (the root is the div the shape is built in). */
    private static final Set<String> PARAGRAPH_HOSTS = Set.of("div", "blockquote");
    private static final Set<String> KEEP_EMPTY = Set.of("br", "hr", "img", "td", "th");

    private final String base;
    private final Map<Element, Element> openParagraphs = new IdentityHashMap<>();

    private BodySanitizer(String base) {
        this.base = base;
    }

    /** A new {@code <div>} whose children are the safe copy of {@code source}'s content. */
    public static Element sanitize(Element source, URI base) {
        Document shaped = Document.createShell(base.toString());
        // the div is not on the safelist: the Cleaner unwraps it, leaving its content in the body
        new BodySanitizer(base.toString()).copyChildren(source, shaped.body().appendElement("div"));
        Element root = new Element("div");
        root.appendChildren(CLEANER.clean(shaped).body().childNodes());
        removeEmpty(root);
        return root;
    }

    /** Sanitizes an HTML fragment; relative URLs resolve against {@code base}. */
    public static String sanitize(String html, URI base) {
        Element fragment = org.jsoup.Jsoup.parseBodyFragment(html, base.toString()).body();
        return sanitize(fragment, base).html();
    }

    private void copyChildren(Element source, Element dest) {
        for (Node child : source.childNodes()) {
            copy(child, dest);
        }
    }

    private void copy(Node node, Element dest) {
        if (node instanceof TextNode text) {
            appendInline(dest, new TextNode(text.getWholeText()), text.isBlank());
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        if (POLICY.isDropped(tag)) {
            return;
        }
        if (tag.equals("br") && endsWithBreak(dest)) {
            // "text<br><br>text" is how old templates write paragraphs.
            Element paragraph = openParagraphs.get(dest);
            paragraph.childNode(lastNonBlank(paragraph)).remove();
            closeParagraph(dest);
            return;
        }
        if (POLICY.isInline(tag)) {
            // attributes go along for the Cleaner to judge; a link or image it would strip bare goes now
            Element copy = e.shallowClone();
            copy.setBaseUri(base); // relative URLs are judged resolved against the page
            if (!POLICY.hasRequired(copy) || (tag.equals("img") && LazyImages.isPlaceholder(e.attr("src")))) {
                copyChildren(e, dest);
                return;
            }
            appendInline(dest, copy, false);
            copyChildren(e, copy);
            return;
        }
        if (POLICY.isBlock(tag) || tag.equals("h1")) {
            closeParagraph(dest);
            // The headline is not part of the body; an h1 left inside it is a section heading.
            Element copy = new Element(tag.equals("h1") ? "h2" : tag);
            dest.appendChild(copy);
            copyChildren(e, copy);
            return;
        }
        if (Html.isBlock(e)) {
            closeParagraph(dest);
            if (!PARAGRAPH_HOSTS.contains(dest.normalName()) && !dest.childNodes().isEmpty()) {
                dest.appendText(" ");
            }
            copyChildren(e, dest);
            closeParagraph(dest);
            if (!PARAGRAPH_HOSTS.contains(dest.normalName())) {
                dest.appendText(" ");
            }
            return;
        }
        copyChildren(e, dest);
    }

    private void appendInline(Element dest, Node node, boolean blank) {
        if (PARAGRAPH_HOSTS.contains(dest.normalName())) {
            Element paragraph = openParagraphs.get(dest);
            if (paragraph == null) {
                if (blank) {
                    return;
                }
                paragraph = dest.appendElement("p");
                openParagraphs.put(dest, paragraph);
            }
            paragraph.appendChild(node);
        } else if (!blank || !isStructural(dest)) {
            dest.appendChild(node);
        }
    }

    private boolean endsWithBreak(Element dest) {
        Element paragraph = openParagraphs.get(dest);
        if (paragraph == null) {
            return false;
        }
        int last = lastNonBlank(paragraph);
        return last >= 0 && paragraph.childNode(last) instanceof Element el && el.normalName().equals("br");
    }

    private static int lastNonBlank(Element e) {
        for (int i = e.childNodeSize() - 1; i >= 0; i--) {
            if (!(e.childNode(i) instanceof TextNode t && t.isBlank())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isStructural(Element e) {
        return switch (e.normalName()) {
            case "ul", "ol", "table", "thead", "tbody", "tr" -> true;
            default -> false;
        };
    }

    private void closeParagraph(Element dest) {
        openParagraphs.remove(dest);
    }

    /** Drops elements left without text or image, and trims paragraph edges, bottom-up. */
    private static void removeEmpty(Element root) {
        List<Element> all = root.getAllElements();
        for (int i = all.size() - 1; i > 0; i--) {
            Element e = all.get(i);
            if (KEEP_EMPTY.contains(e.normalName())) {
                continue;
            }
            if (!e.hasText() && e.select("img, hr, br").isEmpty()) {
                e.remove();
            } else if (!e.hasText() && e.select("img").isEmpty() && e.normalName().matches("p|h[2-6]|li|a|b|i|em|strong")) {
                e.remove();
            } else if (e.normalName().equals("p") || e.normalName().matches("h[2-6]|li")) {
                trimEdges(e);
            }
        }
    }

    private static void trimEdges(Element e) {
        while (e.childNodeSize() > 0 && isBlankOrBreak(e.childNode(0))) {
            e.childNode(0).remove();
        }
        while (e.childNodeSize() > 0 && isBlankOrBreak(e.childNode(e.childNodeSize() - 1))) {
            e.childNode(e.childNodeSize() - 1).remove();
        }
        if (e.childNodeSize() > 0 && e.childNode(0) instanceof TextNode t) {
            t.text(t.getWholeText().stripLeading());
        }
        if (e.childNodeSize() > 0 && e.childNode(e.childNodeSize() - 1) instanceof TextNode t) {
            t.text(t.getWholeText().stripTrailing());
        }
    }

    private static boolean isBlankOrBreak(Node n) {
        return (n instanceof TextNode t && t.isBlank()) || (n instanceof Element el && el.normalName().equals("br"));
    }
}
