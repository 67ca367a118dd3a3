package io.mediawire.importing.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The plain text of a body: one paragraph per block, paragraphs separated by a blank line. */
public final class PlainText {

    private static final Set<String> BREAKING = Set.of(
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figure", "figcaption", "table", "tr",
        "ul", "ol", "hr", "div", "section", "article", "dl", "dt", "dd", "header", "footer", "aside", "main");

    private PlainText() {
    }

    public static String of(String bodyHtml) {
        if (bodyHtml == null || bodyHtml.isBlank()) {
            return "";
        }
        return of(Jsoup.parseBodyFragment(bodyHtml).body());
    }

    public static String of(Element body) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            // Captions describe images; they are not part of the story's running text.
            private int skipping;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    if (skipping > 0) {
                        return;
                    }
                    boolean pre = text.parent() != null && ((Element) text.parent()).closest("pre") != null;
                    current.append(pre ? text.getWholeText() : text.getWholeText().replaceAll("\\s+", " "));
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("figcaption")) {
                        skipping++;
                    }
                    if (tag.equals("br")) {
                        current.append('\n');
                    } else if (BREAKING.contains(tag)) {
                        flush(current, paragraphs);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("figcaption")) {
                        skipping--;
                    }
                    if (BREAKING.contains(tag)) {
                        flush(current, paragraphs);
                    } else if (tag.equals("td") || tag.equals("th")) {
                        current.append(' ');
                    }
                }
            }
        }, body);
        flush(current, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() == 0) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (String line : current.toString().split("\n")) {
            String l = line.replaceAll("[ \\t\\x0B\\f\\r\\u00a0]+", " ").strip();
            if (!l.isEmpty()) {
                lines.add(l);
            }
        }
        if (!lines.isEmpty()) {
            paragraphs.add(String.join("\n", lines));
        }
        current.setLength(0);
    }
}
