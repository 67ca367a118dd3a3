package io.mediawire.host.rendering;

import io.mediawire.host.lightmodule.DefinitionRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Per-site settings from the light module's {@code config.yaml}, so a newsroom renames the site,
 * points the disclaimer at its own message key or changes list sizes without touching templates.
 *
 * @param siteName            shown in the header and the disclaimer ("Iran Front Page")
 * @param sectionTitle        the section's label ("Media Wire")
 * @param language            the site's own language, the fallback for messages
 * @param disclaimerKey       message key of the disclaimer, {0} is the site name
 * @param siteUrl             public base URL for absolute links (og:url), e.g. https://news.example; empty: from the request
 * @param pageSize            stories per section page
 * @param chromeFollowsStory  show labels in the story's language when a bundle exists for it
 */
public record SiteConfig(String siteName, String sectionTitle, String language, String disclaimerKey, String siteUrl,
                         int pageSize, boolean chromeFollowsStory) {
    public static final String MODULE = "media-wire";
    public static final String FILE = "config.yaml";

    public SiteConfig {
        if (pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException("config.yaml: pageSize must be 1..100, got " + pageSize);
        }
    }

    public static SiteConfig defaults() {
        return new SiteConfig("Media Wire", "Media Wire", "en", "mw.disclaimer", "", 10, true);
    }

    /** The module's config.yaml over the defaults; a missing file gives the defaults. */
    public static SiteConfig load(DefinitionRegistry registry) {
        Optional<byte[]> file = registry.resource(MODULE, FILE);
        if (file.isEmpty()) {
            return defaults();
        }
        Object parsed = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(new String(file.get(), StandardCharsets.UTF_8));
        if (parsed == null) {
            return defaults();
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(MODULE + "/" + FILE + " must be a mapping of keys to values");
        }
        SiteConfig d = defaults();
        return new SiteConfig(
                text(map, "siteName", d.siteName()),
                text(map, "sectionTitle", d.sectionTitle()),
                text(map, "language", d.language()),
                text(map, "disclaimerKey", d.disclaimerKey()),
                stripSlash(text(map, "siteUrl", d.siteUrl())),
                number(map, "pageSize", d.pageSize()),
                Boolean.parseBoolean(text(map, "chromeFollowsStory", String.valueOf(d.chromeFollowsStory()))));
    }

    private static String text(Map<?, ?> map, String key, String fallback) {
        Object value = map.get(key);
        return value == null ? fallback : value.toString().strip();
    }

    private static int number(Map<?, ?> map, String key, int fallback) {
        Object value = map.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(MODULE + "/" + FILE + ": " + key + " must be a whole number, got " + value);
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
