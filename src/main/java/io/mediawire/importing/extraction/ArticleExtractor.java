package io.mediawire.importing.extraction;

import io.mediawire.story.AgencyCopy;
import java.net.URI;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns an article page into a faithful, sanitized story: metadata from JSON-LD and meta tags, the
 * body from the most trusted signal that finds one, cleaned of page furniture and reduced to a safe
 * list of tags. Stateless and thread-safe.
 */
public final class ArticleExtractor {

    /** Body images narrower than this are icons and avatars, not a lead image. */
    private static final int MIN_LEAD_WIDTH = 300;

    /** Extracts within the default {@link PageBudget}, on the system clock. */
    public ExtractedArticle extract(String html, URI pageUrl) {
        return extract(html, pageUrl, PageBudget.start());
    }

    /**
     * @throws PageTooComplexException when the page passes one of the budget's limits (elements, depth, time)
     */
    public ExtractedArticle extract(String html, URI pageUrl, PageBudget budget) {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(pageUrl, "pageUrl");
        if (!pageUrl.isAbsolute()) {
            throw new IllegalArgumentException("page URL must be absolute, was: " + pageUrl);
        }
        Document page = budget.parse(html, pageUrl.toString());
        PageMetadata meta = MetadataReader.read(page, pageUrl);
        budget.check();

        PageCleaner.clean(page);
        budget.check();
        BodyLocator.Located located = BodyLocator.locate(page, meta.jsonLdBody(), budget);
        budget.check();
        Element container = located.element();
        BoilerplateFilter.clean(container, meta.original().headline(), budget);
        budget.check();
        Element body = BodySanitizer.sanitize(container, pageUrl);
        budget.check();
        String bodyHtml = body.html();
        String text = PlainText.of(body);

        String leadImage = meta.original().leadImage();
        String caption = meta.original().leadImageCaption();
        if (leadImage == null) {
            Element img = firstLargeImage(body);
            if (img != null) {
                leadImage = img.attr("src");
                Element figure = img.closest("figure");
                Element figcaption = figure == null ? null : figure.selectFirst("figcaption");
                caption = figcaption == null ? caption : figcaption.text();
            }
        }
        if (caption == null && leadImage != null) {
            caption = captionInBody(body, leadImage);
        }
        AgencyCopy original = meta.original().toBuilder().body(bodyHtml).leadImage(leadImage).leadImageCaption(caption)
            .build();
        return new ExtractedArticle(original, text, meta.modified(), meta.description(), located.method(),
            meta.sourceNameDeclared());
    }

    private static Element firstLargeImage(Element body) {
        for (Element img : body.select("img[src]")) {
            String width = img.attr("width");
            boolean large = width.isEmpty() ? img.closest("figure") != null : Integer.parseInt(width) >= MIN_LEAD_WIDTH;
            if (large) {
                return img;
            }
        }
        return null;
    }

    private static String captionInBody(Element body, String imageUrl) {
        for (Element img : body.select("figure img[src]")) {
            if (img.attr("src").equals(imageUrl)) {
                Element figcaption = img.closest("figure").selectFirst("figcaption");
                return figcaption == null ? null : figcaption.text();
            }
        }
        return null;
    }
}
