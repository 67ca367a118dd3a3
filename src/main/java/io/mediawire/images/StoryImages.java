package io.mediawire.images;

import io.mediawire.magnolia.ImagingSupport;
import io.mediawire.magnolia.SimpleResizeVariation;
import io.mediawire.story.AgencyCopy;
import java.net.URI;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * How a story's pictures appear on its page. The stored body is never changed: each {@code <img>}
 * is mapped when the page is rendered, to its local copy with {@code srcset}, {@code width} and
 * {@code height} (no layout shift) and {@code loading="lazy"} below the lead; a picture without a
 * local copy is left out with whatever only held it (its link, its figure). A source whose pictures
 * may not be copied gets them linked (https only) or left out, as its policy says. The lead image
 * is shown once: when the body starts with the same picture (same address or same bytes), the
 * template does not repeat it.
 */
public final class StoryImages {
    /** The src browsers without srcset support load: the first variation at least this wide. */
    private static final int DEFAULT_WIDTH = 960;

    private final AssetStore assets;
    private final Supplier<ImagingSupport> imaging;
    private final Supplier<SourceImagePolicy> policy;
    private final Supplier<String> base;

    /**
     * @param base an origin in front of the site's image paths (a CDN), or empty for site-relative links
     */
    public StoryImages(AssetStore assets, Supplier<ImagingSupport> imaging, Supplier<SourceImagePolicy> policy,
                       Supplier<String> base) {
        this.assets = assets;
        this.imaging = imaging;
        this.policy = policy;
        this.base = base;
    }

    public ShownStory show(AgencyCopy story) {
        Resolver resolver = new Resolver(policy.get().handlingFor(story.url()), imaging.get(), base.get());
        String caption = story.leadImageCaption();
        ShownImage lead = story.leadImage() == null ? null
                : resolver.resolve(story.leadImage(), caption, caption).orElse(null);
        String body = story.body() == null ? "" : story.body();
        if (!body.contains("<img")) {
            return new ShownStory(lead, false, body, resolver.origins);
        }
        Document document = Jsoup.parseBodyFragment(body);
        document.outputSettings().prettyPrint(false);
        Element first = firstImage(document.body());
        boolean leadInBody = false;
        for (Element img : document.body().select("img")) {
            Optional<ShownImage> shown = resolver.resolve(img.attr("src"), img.attr("alt"), null);
            if (shown.isEmpty()) {
                leaveOut(img);
                continue;
            }
            boolean opening = img == first;
            if (opening && lead != null && lead.key().equals(shown.get().key())) {
                leadInBody = true;
            }
            write(img, shown.get(), opening && (lead == null || leadInBody));
        }
        return new ShownStory(lead, leadInBody, document.body().html(), resolver.origins);
    }

    /**
     * A copied picture of a story with the local addresses of its original and renditions, for the delivery API.
     *
     * @param renditions variation name to link, only for variations narrower than the picture
     */
    public record CopiedImage(String sourceUrl, boolean lead, Asset asset, String link, Map<String, String> renditions) {
    }

    /** The story's pictures that have local copies, lead first; none for a source whose pictures are not copied. */
    public List<CopiedImage> copied(AgencyCopy story) {
        if (policy.get().handlingFor(story.url()) != ImageHandling.COPY) {
            return List.of();
        }
        ImagingSupport support = imaging.get();
        String prefix = base.get() == null ? "" : base.get();
        List<CopiedImage> result = new java.util.ArrayList<>();
        for (ImageReference reference : StoryImageReferences.of(story)) {
            assets.bySourceUrl(reference.url()).ifPresent(asset -> {
                Map<String, String> renditions = new java.util.LinkedHashMap<>();
                support.getVariations().values().stream().filter(v -> v.width() < asset.width())
                        .forEach(v -> renditions.put(v.name(),
                                prefix + support.createLink(asset.id(), asset.encodedFileName(), v.name())));
                result.add(new CopiedImage(reference.url(), reference.lead(), asset, prefix + asset.link(), renditions));
            });
        }
        return result;
    }

    /** The body's first picture when nothing but white space comes before it, else null. */
    private static Element firstImage(Element body) {
        Element[] found = new Element[1];
        boolean[] textFirst = new boolean[1];
        body.traverse((node, depth) -> {
            if (found[0] != null || textFirst[0]) {
                return;
            }
            if (node instanceof TextNode text && !text.isBlank()) {
                textFirst[0] = true;
            } else if (node instanceof Element e && e.normalName().equals("img")) {
                found[0] = e;
            }
        });
        return found[0];
    }

    private static void write(Element img, ShownImage shown, boolean eager) {
        String alt = img.attr("alt");
        img.clearAttributes();
        img.attr("src", shown.src());
        if (shown.local()) {
            img.attr("srcset", shown.srcset());
            img.attr("sizes", ShownImage.SIZES);
        }
        if (shown.width() > 0) {
            img.attr("width", Integer.toString(shown.width()));
            img.attr("height", Integer.toString(shown.height()));
        }
        img.attr("alt", alt);
        if (!eager) {
            img.attr("loading", "lazy");
        }
        img.attr("decoding", "async");
        if (!shown.local()) {
            img.attr("referrerpolicy", "no-referrer");
        }
    }

    /** Removes the picture and what only held it: a link around it, its figure, a paragraph left empty. */
    private static void leaveOut(Element img) {
        Element figure = img.closest("figure");
        if (figure != null && figure.select("img").size() == 1) {
            figure.remove();
            return;
        }
        Element parent = img.parent();
        img.remove();
        while (parent != null && !parent.tagName().equals("body") && isEmpty(parent)) {
            Element up = parent.parent();
            parent.remove();
            parent = up;
        }
    }

    private static boolean isEmpty(Element element) {
        if (!element.text().isBlank() || !element.select("img, br").isEmpty()) {
            return false;
        }
        for (Node child : element.childNodes()) {
            if (child instanceof Element) {
                return false;
            }
        }
        return true;
    }

    /** Maps a picture's address to how the page shows it, once per address. */
    private final class Resolver {
        private final ImageHandling handling;
        private final ImagingSupport imaging;
        private final Map<String, Optional<Asset>> known = new HashMap<>();
        private final Set<String> origins = new LinkedHashSet<>();
        private final String base;

        Resolver(ImageHandling handling, ImagingSupport imaging, String base) {
            this.handling = handling;
            this.imaging = imaging;
            this.base = base == null ? "" : base;
        }

        Optional<ShownImage> resolve(String url, String alt, String caption) {
            if (url == null || !StoryImageReferences.isWebAddress(url)) {
                return Optional.empty();
            }
            return switch (handling) {
                case COPY -> known.computeIfAbsent(url, assets::bySourceUrl).map(a -> local(a, alt, caption));
                case LINK -> linked(url, alt, caption);
                case LEAVE_OUT -> Optional.empty();
            };
        }

        private ShownImage local(Asset asset, String alt, String caption) {
            String file = asset.encodedFileName();
            List<SimpleResizeVariation> smaller = imaging.getVariations().values().stream()
                    .filter(v -> v.width() < asset.width())
                    .sorted(Comparator.comparingInt(SimpleResizeVariation::width)).toList();
            StringBuilder srcset = new StringBuilder();
            String src = null;
            for (SimpleResizeVariation variation : smaller) {
                String link = base + imaging.createLink(asset.id(), file, variation.name());
                srcset.append(link).append(' ').append(variation.width()).append("w, ");
                if (src == null && variation.width() >= DEFAULT_WIDTH) {
                    src = link;
                }
            }
            String original = base + asset.link();
            srcset.append(original).append(' ').append(asset.width()).append('w');
            return new ShownImage(src == null ? original : src, srcset.toString(), asset.width(), asset.height(),
                    alt, caption, asset.id());
        }

        private Optional<ShownImage> linked(String url, String alt, String caption) {
            URI uri;
            try {
                uri = URI.create(url.strip());
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            if (!"https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT))
                    || uri.getRawAuthority() == null || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            origins.add("https://" + uri.getRawAuthority().toLowerCase(Locale.ROOT));
            return Optional.of(new ShownImage(uri.toString(), null, 0, 0, alt, caption, uri.toString()));
        }
    }
}
