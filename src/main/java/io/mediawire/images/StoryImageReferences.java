package io.mediawire.images;

import io.mediawire.story.AgencyCopy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The pictures a story shows: its lead image, then the body's images in document order, each
 * address once (the first mention keeps its role and texts).
 */
public final class StoryImageReferences {
    /** "Photo: Jane Doe", "(Credit: Reuters)", "© AFP", "Picture: X/Agency" at the end of a caption. */
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)(?:^|[\\s(\\[|/–—-])(?:photo(?:graph)?|picture|image|credit|foto|bild)s?\\s*(?:by)?\\s*[:：]\\s*([^()\\[\\]]{2,80}?)\\s*[)\\]]?\\s*$"
                    + "|©\\s*([^()\\[\\]]{2,80}?)\\s*[)\\]]?\\s*$");

    private StoryImageReferences() {
    }

    public static List<ImageReference> of(AgencyCopy story) {
        Map<String, ImageReference> byUrl = new LinkedHashMap<>();
        if (isWebAddress(story.leadImage())) {
            String caption = blankToNull(story.leadImageCaption());
            byUrl.put(story.leadImage(), new ImageReference(story.leadImage(), true, caption, caption, credit(caption)));
        }
        if (story.body() != null) {
            for (Element img : Jsoup.parseBodyFragment(story.body()).select("img[src]")) {
                String url = img.attr("src");
                if (!isWebAddress(url) || byUrl.containsKey(url)) {
                    continue;
                }
                Element figure = img.closest("figure");
                Element figcaption = figure == null ? null : figure.selectFirst("figcaption");
                String caption = figcaption == null ? null : blankToNull(figcaption.text());
                byUrl.put(url, new ImageReference(url, false, blankToNull(img.attr("alt")), caption, credit(caption)));
            }
        }
        return new ArrayList<>(byUrl.values());
    }

    /** The credit a caption ends with, if it names one. */
    static String credit(String caption) {
        if (caption == null) {
            return null;
        }
        Matcher m = CREDIT.matcher(caption.strip());
        if (!m.find()) {
            return null;
        }
        String credit = m.group(1) != null ? m.group(1) : m.group(2);
        return blankToNull(credit);
    }

    static boolean isWebAddress(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
