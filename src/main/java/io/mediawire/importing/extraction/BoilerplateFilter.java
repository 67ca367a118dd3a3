package io.mediawire.importing.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Takes what is around a story out of the story container: share bars, related and "read more" lists,
 * newsletter boxes, ads, comments, navigation, bylines and datelines that are separate elements.
 */
final class BoilerplateFilter {

    private static final String ALWAYS = "nav, aside, footer, header, form, [role=navigation], [role=complementary], "
        + "[role=banner], [role=contentinfo], [role=dialog], [role=alert], [role=toolbar], [role=menu]";
    /** Whole class/id words that name page furniture. */
    private static final Set<String> WORDS = Set.of(
        "share", "shares", "sharing", "social", "related", "recommended", "recommendations", "newsletter", "subscribe",
        "subscription", "signup", "promo", "promotion", "advert", "advertisement", "advertising", "ad", "ads", "adunit",
        "adslot", "dfp", "sponsor", "sponsored", "comment", "comments", "disqus", "nav", "navbar", "navigation", "menu",
        "breadcrumb", "breadcrumbs", "byline", "author", "authors", "dateline", "timestamp", "tags", "tag", "topics",
        "keywords", "footer", "sidebar", "widget", "popup", "modal", "cookie", "consent", "paywall", "outbrain",
        "taboola", "trending", "popular", "toolbar", "meta", "rail", "masthead", "header", "print", "hidden", "hide",
        "recirc", "more", "follow", "donate", "banner", "pagination", "pager", "newsletters", "teaser",
        "teasers", "syndication", "credit", "credits", "caption", "captions", "figcaption", "photocredit", "copyright", "skip", "login", "premium", "offer", "cta", "noscript", "highlights", "keypoints");
    /** Fragments that name furniture even inside compound names ("sharebar", "relatedStories"). */
    private static final Pattern FRAGMENTS = Pattern.compile(
        "share|social|related|newsletter|subscri|advert|sponsor|comment|breadcrumb|byline|outbrain|taboola|sidebar"
            + "|promo|popup|cookie|paywall|recirc|signup|readmore|read-more|trending|mostpopular|most-popular");
    private static final Pattern SPLIT = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])");
    private static final Pattern READ_MORE = Pattern.compile(
        "(?i)^\\s*(read more|read also|also read|related( stories| articles| coverage| content)?|see also|more from|more:|"
            + "recommended|click here|sign up|subscribe|follow us|share this|advertisement|sponsored|story continues)\\b.*");
    private static final String EMBEDDED_POST = "blockquote[class~=(?i)(tweet|instagram|tiktok|bluesky|mastodon|facebook)]";
    /** Blocks whose whole text is a widget label. */
    private static final Pattern LABEL = Pattern.compile(
        "(?i)^\\W*(advert|advertisement|ad|ads|sponsored|comments?|share|share this( article| story)?|close|caption|print|"
            + "e-?mail|tweet|related|related (articles|stories|content)|more|read more|continue reading|loading\\W*|"
            + "story continues below( advertisement)?|skip (to )?(main )?content|view comments|see more|"
            + "(post|add|leave) (a )?(comment|reply)( \\(\\+\\))?|\\d+ comments?)\\W*$");
    /** Publication stamps and rights lines written as their own paragraph. */
    private static final Pattern STAMP = Pattern.compile(
        "(?i)^\\W*(((first |last )?(updated|published|posted|modified)( on| at)?\\s*:|.*\\|\\s*(updated|published)\\b)"
            + ".{0,40}(\\d{1,2}:\\d{2}|\\d{4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec).*"
            + "|(copyright\\s*)?(\\u00a9|\\(c\\))\\s*\\d{4}.*|copyright\\s+\\d{4}.*|.*all rights reserved\\W*)$");
    /** Unrendered CMS shortcodes ("[button link=...]Send[/button]"). */
    private static final Pattern SHORTCODE = Pattern.compile("^\\s*\\[(\\w+)[^\\]]*\\].*\\[/\\1\\]\\s*$", Pattern.DOTALL);
    /** Furniture bigger than this share of the story text is more likely a misnamed wrapper. */
    private static final double MAX_SHARE = 0.3;
    /** Link lists and card rows are recognised by shape, which is safer than by name: they may be bigger. */
    private static final double MAX_STRUCTURAL_SHARE = 0.5;

    private BoilerplateFilter() {
    }

    static void clean(Element body) {
        clean(body, null, PageBudget.start());
    }

    /** Cleans {@code body} in place; a block repeating {@code headline} above the story goes too. */
    static void clean(Element body, String headline, PageBudget budget) {
        body.select(ALWAYS).remove();
        removeLeadingHeadline(body, headline);
        int total = Math.max(1, body.text().length());
        TextMetrics metrics = new TextMetrics();
        List<Element> all = new ArrayList<>(body.getAllElements());
        Set<Element> embedHolders = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element post : body.select(EMBEDDED_POST)) {
            embedHolders.addAll(post.parents());
        }
        int seen = 0;
        for (Element e : all) {
            if (++seen % 256 == 0) {
                budget.check();
            }
            if (e == body || e.parent() == null || !ContentScorer.isAncestor(body, e)) {
                continue;
            }
            int length = metrics.textLength(e);
            // Embedded posts (tweets, Instagram) are quotes the story makes, even inside a "widget".
            if (length > MAX_STRUCTURAL_SHARE * total || embedHolders.contains(e)) {
                continue;
            }
            boolean structural = isLinkCluster(e, metrics) || isTeaserGrid(e);
            boolean small = length <= MAX_SHARE * total;
            if (structural || (small && (namesFurniture(e) || isReadMore(e, metrics) || isLabel(e, length)
                || isPagination(e) || isLinkParagraph(e, metrics) || isStamp(e, length)))) {
                e.remove();
            }
        }
        removeInlineLinkCards(body, budget);
    }

    /**
     * Hover cards hidden inside paragraphs (a person's latest headlines behind their name) read as
     * text without the site's CSS. Deepest first, so the name link that opens the card stays.
     */
    private static void removeInlineLinkCards(Element body, PageBudget budget) {
        List<Element> inline = new ArrayList<>(body.select("p span, p div, li span"));
        java.util.Collections.reverse(inline);
        int seen = 0;
        for (Element e : inline) {
            if (++seen % 256 == 0) {
                budget.check();
            }
            if (e.parent() == null) {
                continue;
            }
            int length = e.text().length();
            int links = e.select("a").size();
            if (links >= 3 && length > 0 && e.select("a").text().length() > 0.7 * length) {
                e.remove();
            }
        }
    }

    static boolean namesFurniture(Element e) {
        String raw = e.className() + " " + e.id() + " " + e.attr("itemprop") + " " + e.attr("data-component");
        if (raw.isBlank()) {
            return false;
        }
        if (FRAGMENTS.matcher(raw.toLowerCase(Locale.ROOT)).find()) {
            return true;
        }
        for (String word : SPLIT.split(raw)) {
            if (WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The headline repeated above the story; an h1 further down is a section heading and stays. */
    private static void removeLeadingHeadline(Element body, String headline) {
        String squashed = squash(headline);
        for (Element e : body.getAllElements()) {
            if (e == body || e.parent() == null) {
                continue;
            }
            boolean h1 = e.normalName().equals("h1");
            boolean repeatsHeadline = !squashed.isEmpty() && squash(e.text()).equals(squashed);
            if (h1 || repeatsHeadline) {
                e.remove();
            } else if (e.ownText().length() >= 25 || (e.normalName().equals("p") && e.text().length() >= 25)) {
                return;
            }
        }
    }

    private static String squash(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private static boolean isLabel(Element e, int length) {
        if (length > 60 || !(Html.isBlock(e) || e.normalName().equals("span") || e.normalName().equals("a"))) {
            return false;
        }
        String text = e.text();
        return LABEL.matcher(text).matches() || SHORTCODE.matcher(text).matches();
    }

    private static boolean isStamp(Element e, int length) {
        String tag = e.normalName();
        return length < 150 && (tag.equals("p") || tag.equals("div") || tag.equals("span") || tag.equals("time"))
            && e.select("p, div").size() <= 1 && STAMP.matcher(e.text()).matches();
    }

    /** A paragraph that is nothing but a link to another page: a promoted story, not a sentence of this one. */
    private static boolean isLinkParagraph(Element e, TextMetrics metrics) {
        String tag = e.normalName();
        return (tag.equals("p") || tag.matches("h[2-6]")) && metrics.textLength(e) < 150 && metrics.linkDensity(e) >= 0.9;
    }

    /** "1 2 3 ... 8" page links. */
    private static boolean isPagination(Element e) {
        return Html.isBlock(e) && !e.select("a[href]").isEmpty() && e.text().matches("[\\d\\s\\p{P}\\p{S}]+");
    }

    /**
     * A row of cards (image or heading plus a link each) pointing to other stories. Paragraphs
     * are never cards: a story's own paragraphs do not each carry a picture or a heading.
     */
    static boolean isTeaserGrid(Element e) {
        if (e.childrenSize() < 3) {
            return false;
        }
        int cards = 0;
        for (Element child : e.children()) {
            String tag = child.normalName();
            if (tag.equals("p") || tag.equals("h2") || tag.equals("h3") || tag.equals("h4")) {
                continue;
            }
            boolean linked = !child.select("a[href]").isEmpty();
            boolean visual = !child.select("img, h2, h3, h4, h5").isEmpty();
            if (linked && visual && child.text().length() < 300) {
                cards++;
            }
        }
        return cards >= 3 && cards >= 0.7 * e.childrenSize() - 1;
    }

    /** Lists and boxes that are mostly links: related stories, tag clouds, "more on this". */
    private static boolean isLinkCluster(Element e, TextMetrics metrics) {
        String tag = e.normalName();
        if (!(tag.equals("ul") || tag.equals("ol") || tag.equals("div") || tag.equals("section") || tag.equals("table")
            || tag.equals("dl"))) {
            return false;
        }
        return metrics.textLength(e) > 0 && metrics.linkDensity(e) > 0.5 && e.select("p").size() < 3;
    }

    private static boolean isReadMore(Element e, TextMetrics metrics) {
        String tag = e.normalName();
        if (!(tag.equals("p") || tag.equals("div") || tag.equals("li") || tag.matches("h[2-6]") || tag.equals("strong"))) {
            return false;
        }
        int length = metrics.textLength(e);
        if (SHORTCODE.matcher(e.text()).matches()) {
            return true;
        }
        return length < 200 && READ_MORE.matcher(e.text()).matches()
            && (metrics.linkDensity(e) > 0.3 || length < 40);
    }
}
