package io.mediawire.importing.extraction;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Link shape of a sanitized body: index pages are mostly linked headlines with short teasers. */
record BodyShape(int textLength, int linkTextLength, int blocks, int blocksWithLinks) {

    static BodyShape of(String bodyHtml) {
        if (bodyHtml == null || bodyHtml.isBlank()) {
            return new BodyShape(0, 0, 0, 0);
        }
        Element body = Jsoup.parseBodyFragment(bodyHtml).body();
        int blocks = 0, withLinks = 0;
        for (Element block : body.select("p, li, h2, h3, h4, h5, h6, blockquote, td")) {
            if (block.text().isBlank()) {
                continue;
            }
            blocks++;
            if (!block.select("a").isEmpty()) {
                withLinks++;
            }
        }
        return new BodyShape(body.text().length(), body.select("a").text().length(), blocks, withLinks);
    }

    double linkDensity() {
        return textLength == 0 ? 0 : (double) linkTextLength / textLength;
    }

    boolean looksLikeLinkList() {
        if (linkDensity() > 0.5) {
            return true;
        }
        // Teaser grids: nearly every block carries a link and links are a large share of the text.
        return blocks >= 4 && blocksWithLinks >= 0.6 * blocks && linkDensity() > 0.25;
    }
}
