package io.mediawire.importing.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;

/** Removes what is never story text before the body is looked for: scripts, styles, hidden elements, comments. */
final class PageCleaner {

    private static final String NEVER_TEXT =
        "script, style, link, meta, template, svg, canvas, iframe, frame, object, embed, applet, button, input, select, "
            + "textarea, dialog, map";
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private PageCleaner() {
    }

    static void clean(Document doc) {
        LazyImages.resolve(doc.body());
        doc.select(NEVER_TEXT).remove();
        doc.select("[hidden], [aria-hidden=true][class~=(?i)(hidden|offscreen|sr-only)]").remove();
        for (Element e : doc.select("[style]")) {
            if (HIDDEN_STYLE.matcher(e.attr("style")).find()) {
                e.remove();
            }
        }
        List<Node> comments = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment) {
                comments.add(node);
            }
        }, doc);
        comments.forEach(Node::remove);
    }
}
