package io.mediawire.revisions;

import io.mediawire.story.Revision;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Two versions of a story side by side as HTML: the text on the page with what goes marked {@code <del>},
 * the new text with what comes marked {@code <ins>}, paragraph by paragraph. Built from the texts only
 * (markup aside, as revisions are judged), every character escaped here: the agency's markup never reaches
 * an editor's page through a diff.
 */
public record DiffView(String headlineBefore, String headlineAfter, String before, String after, int deletedWords,
                       int insertedWords) {

    /** The difference from the text on the page ({@code current}) to a revision. */
    public static DiffView of(Revision current, Revision revision) {
        return of(current.headline(), current.body(), revision.headline(), revision.body());
    }

    public static DiffView of(String headlineBefore, String bodyBefore, String headlineAfter, String bodyAfter) {
        List<WordDiff.Segment> headline = WordDiff.compare(headlineBefore, headlineAfter);
        List<WordDiff.Segment> body = WordDiff.compare(paragraphs(bodyBefore), paragraphs(bodyAfter));
        return new DiffView(inline(headline, WordDiff.Op.DELETE), inline(headline, WordDiff.Op.INSERT),
                blocks(body, WordDiff.Op.DELETE), blocks(body, WordDiff.Op.INSERT), words(body, WordDiff.Op.DELETE),
                words(body, WordDiff.Op.INSERT));
    }

    /** The body's text, one paragraph (p, li, headings, quotes, cells, captions) per blank-line-separated block. */
    static String paragraphs(String bodyHtml) {
        StringBuilder text = new StringBuilder();
        String blocks = "p, li, h1, h2, h3, h4, h5, h6, blockquote, td, th, figcaption, pre";
        for (Element block : Jsoup.parseBodyFragment(bodyHtml == null ? "" : bodyHtml).body().select(blocks)) {
            if (block.parents().stream().anyMatch(p -> p.is(blocks))) {
                continue;
            }
            String t = block.text().strip();
            if (!t.isEmpty()) {
                text.append(text.length() == 0 ? "" : "\n\n").append(t);
            }
        }
        return text.length() > 0 ? text.toString() : Jsoup.parseBodyFragment(bodyHtml == null ? "" : bodyHtml).text();
    }

    /** One side: equal text and the side's own changes ({@code DELETE} on the left, {@code INSERT} on the right). */
    private static String inline(List<WordDiff.Segment> segments, WordDiff.Op side) {
        StringBuilder html = new StringBuilder();
        for (WordDiff.Segment segment : segments) {
            if (segment.op() == WordDiff.Op.EQUAL) {
                html.append(escape(segment.text()));
            } else if (segment.op() == side) {
                String tag = side == WordDiff.Op.DELETE ? "del" : "ins";
                html.append('<').append(tag).append('>').append(escape(segment.text())).append("</").append(tag).append('>');
            }
        }
        return html.toString();
    }

    private static String blocks(List<WordDiff.Segment> segments, WordDiff.Op side) {
        StringBuilder html = new StringBuilder("<p>");
        String tag = side == WordDiff.Op.DELETE ? "del" : "ins";
        for (WordDiff.Segment segment : segments) {
            if (segment.op() != WordDiff.Op.EQUAL && segment.op() != side) {
                continue;
            }
            String[] pieces = segment.text().split("\n\n", -1);
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) {
                    html.append("</p><p>");
                }
                if (pieces[i].isEmpty()) {
                    continue;
                }
                boolean marked = segment.op() != WordDiff.Op.EQUAL;
                html.append(marked ? "<" + tag + ">" : "").append(escape(pieces[i])).append(marked ? "</" + tag + ">" : "");
            }
        }
        return html.append("</p>").toString().replace("<p></p>", "");
    }

    private static int words(List<WordDiff.Segment> segments, WordDiff.Op op) {
        return segments.stream().filter(s -> s.op() == op)
                .mapToInt(s -> (int) WordDiff.tokens(s.text()).stream().filter(t -> !t.isBlank()).count()).sum();
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
