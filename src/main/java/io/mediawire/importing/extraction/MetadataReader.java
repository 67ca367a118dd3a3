package io.mediawire.importing.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import io.mediawire.story.AgencyCopy;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads headline, author, dates, source, canonical URL, lead image and language from a page's metadata. */
final class MetadataReader {

    private static final Instant EARLIEST_DATE = Instant.parse("1990-01-01T00:00:00Z");

    private MetadataReader() {
    }

    /** The first h1 that is not the site logo (a linked h1, or one naming the site), or null. */
    private static String firstH1(Document doc, String sourceName) {
        for (Element h1 : doc.select("h1")) {
            String text = h1.text().strip();
            if (text.isEmpty() || h1.closest("a, nav") != null
                || (sourceName != null && text.equalsIgnoreCase(sourceName))) {
                continue;
            }
            return text;
        }
        return null;
    }

    static PageMetadata read(Document doc, URI pageUrl) {
        List<JsonNode> objects = JsonLdReader.typedObjects(doc);
        JsonNode article = JsonLdReader.article(objects).orElse(null);

        // The names a site gives itself; the feed's title (the importer's) ranks between the two kinds.
        String declaredName = first(
            JsonLdReader.string(article == null ? null : article.get("publisher"), "name"),
            publisherOfAny(objects),
            meta(doc, "og:site_name"));
        String applicationName = meta(doc, "application-name");
        String knownName = first(declaredName, applicationName);

        // The headline from metadata, else the first h1 that is not the site logo, else the title, whose
        // site-name suffix (or prefix) is taken off and kept as a source name.
        String metadataHeadline = first(
            JsonLdReader.string(article, "headline"),
            meta(doc, "og:title"),
            meta(doc, "twitter:title"));
        String h1 = metadataHeadline == null ? firstH1(doc, knownName) : null;
        boolean titleOnly = metadataHeadline == null && h1 == null;
        String title = doc.title().strip();
        HeadlineCleaner.Split split = HeadlineCleaner.split(titleOnly ? title : first(metadataHeadline, h1),
            java.util.Arrays.asList(declaredName, applicationName), pageUrl, titleOnly);
        String headline = split.headline();
        String nameInTitle = split.siteName() != null ? split.siteName() : HeadlineCleaner.siteNameBeside(title, headline);

        String sourceName = first(declaredName, applicationName, nameInTitle, SiteNames.readable(pageUrl));

        String author = Bylines.clean(first(
            JsonLdReader.authors(article),
            nonUrl(meta(doc, "author")),
            nonUrl(meta(doc, "article:author")),
            nonUrl(meta(doc, "sailthru.author")),
            nonUrl(meta(doc, "parsely-author")),
            itempropAuthor(doc),
            bylineElement(doc)));

        Instant published = firstDate(
            JsonLdReader.string(article, "datePublished"),
            meta(doc, "article:published_time"),
            meta(doc, "og:published_time"),
            itemprop(doc, "datePublished"),
            meta(doc, "pubdate"),
            meta(doc, "publish-date"),
            meta(doc, "date"),
            meta(doc, "dc.date.issued"),
            meta(doc, "dcterms.created"),
            meta(doc, "sailthru.date"),
            meta(doc, "parsely-pub-date"),
            attr(doc.selectFirst("article time[datetime], time[pubdate][datetime]"), "datetime"),
            JsonLdReader.string(article, "dateCreated"));

        Instant modified = firstDate(
            JsonLdReader.string(article, "dateModified"),
            meta(doc, "article:modified_time"),
            meta(doc, "og:updated_time"),
            itemprop(doc, "dateModified"),
            meta(doc, "last-modified"),
            meta(doc, "dcterms.modified"));

        String canonical = first(
            absolute(attr(doc.selectFirst("link[rel~=(?i)^canonical$][href]"), "href"), pageUrl),
            absolute(meta(doc, "og:url"), pageUrl),
            absolute(JsonLdReader.string(article, "url"), pageUrl),
            absolute(JsonLdReader.string(article, "mainEntityOfPage"), pageUrl),
            pageUrl.toString());

        String leadImage = first(
            absolute(meta(doc, "og:image:secure_url"), pageUrl),
            absolute(meta(doc, "og:image"), pageUrl),
            absolute(meta(doc, "twitter:image"), pageUrl),
            absolute(meta(doc, "twitter:image:src"), pageUrl),
            absolute(JsonLdReader.string(article, "image"), pageUrl));
        String caption = article == null ? null : imageCaption(article.get("image"));
        if (caption == null) {
            caption = meta(doc, "og:image:alt");
        }

        String language = Languages.normalize(first(
            attr(doc.selectFirst("html[lang]"), "lang"),
            attr(doc.selectFirst("html[xml:lang]"), "xml:lang"),
            JsonLdReader.string(article, "inLanguage"),
            meta(doc, "og:locale"),
            httpEquiv(doc, "content-language"),
            meta(doc, "language")));

        String description = first(
            meta(doc, "og:description"),
            meta(doc, "description"),
            meta(doc, "twitter:description"),
            JsonLdReader.string(article, "description"));

        String jsonLdBody = JsonLdReader.string(article, "articleBody");
        AgencyCopy original = AgencyCopy.builder().headline(headline).sourceName(sourceName).url(canonical)
            .author(author).published(published).leadImage(leadImage).leadImageCaption(caption).language(language)
            .build();
        return new PageMetadata(original, modified, description, jsonLdBody, declaredName != null);
    }

    /** A meta tag by property or name, case-insensitive; its content, entities decoded, trimmed. */
    static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            String k = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            if (k.equalsIgnoreCase(key)) {
                String v = m.attr("content").strip();
                if (!v.isEmpty()) {
                    return v;
                }
            }
        }
        return null;
    }

    private static String httpEquiv(Document doc, String key) {
        for (Element m : doc.select("meta[http-equiv][content]")) {
            if (m.attr("http-equiv").equalsIgnoreCase(key)) {
                return m.attr("content");
            }
        }
        return null;
    }

    private static String itemprop(Document doc, String prop) {
        Element e = doc.selectFirst("[itemprop=" + prop + "]");
        if (e == null) {
            return null;
        }
        return first(attr(e, "content"), attr(e, "datetime"), text(e));
    }

    private static String itempropAuthor(Document doc) {
        Element e = doc.selectFirst("[itemprop=author]");
        if (e == null) {
            return null;
        }
        Element name = e.selectFirst("[itemprop=name]");
        if (name != null) {
            return first(attr(name, "content"), text(name));
        }
        return first(attr(e, "content"), text(e));
    }

    /** A visible byline: the first short element marked as author or byline. */
    private static String bylineElement(Document doc) {
        for (Element e : doc.select("a[rel=author], [class~=(?i)(^|[-_])(author|byline)([-_]?name)?$]")) {
            String t = e.text().strip();
            if (t.length() >= 3 && t.length() <= 80) {
                return t;
            }
        }
        return null;
    }

    private static String publisherOfAny(List<JsonNode> objects) {
        for (JsonNode node : objects) {
            String name = JsonLdReader.string(node.get("publisher"), "name");
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static String imageCaption(JsonNode image) {
        if (image == null) {
            return null;
        }
        JsonNode first = image.isArray() && image.size() > 0 ? image.get(0) : image;
        return first.isObject() ? Optional.ofNullable(JsonLdReader.string(first, "caption")).orElse(null) : null;
    }

    static String absolute(String url, URI base) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String abs = Urls.resolve(base, url.strip());
        return abs != null && abs.startsWith("http") ? abs : null;
    }

    private static Instant firstDate(String... candidates) {
        for (String c : candidates) {
            Instant i = DateParser.parse(c);
            // CMS placeholders such as 0001-01-01 are not dates.
            if (i != null && i.isAfter(EARLIEST_DATE)) {
                return i;
            }
        }
        return null;
    }

    private static String nonUrl(String s) {
        return s == null || s.startsWith("http") || s.contains("facebook.com") ? null : s;
    }

    private static String attr(Element e, String name) {
        if (e == null || !e.hasAttr(name)) {
            return null;
        }
        String v = e.attr(name).strip();
        return v.isEmpty() ? null : v;
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.text().strip();
        return t.isEmpty() ? null : t;
    }

    @SafeVarargs
    static <T> T first(T... values) {
        for (T v : values) {
            if (v instanceof String s ? !s.isBlank() : v != null) {
                return v;
            }
        }
        return null;
    }
}
