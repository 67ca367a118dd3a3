package io.mediawire.host.imaging;

import io.mediawire.host.lightmodule.Definition;
import io.mediawire.host.lightmodule.DefinitionRegistry;
import io.mediawire.magnolia.ImagingSupport;
import io.mediawire.magnolia.SimpleResizeVariation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The site theme's imaging, as Magnolia's Site module and templating-essentials imaging give it:
 * the site definition names its theme ({@code site: theme: name:} in {@code decorations/site/config.yaml}),
 * the theme ({@code themes/<name>.yaml}) lists {@code imaging: variations:}, and a rendition's link is
 * {@code /.imaging/mte/<theme>/<variation>/dam/jcr:<id>/<file>}. Read again when the light modules reload.
 */
public final class ThemeImaging implements ImagingSupport {
    public static final String DEFAULT_THEME = "media-wire";
    static final String SIMPLE_RESIZE = "info.magnolia.templating.imaging.variation.SimpleResizeVariation";
    /** A variation name that is safe as one path segment of the link. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Logger LOG = LoggerFactory.getLogger(ThemeImaging.class);

    private final DefinitionRegistry registry;
    private volatile Snapshot snapshot;

    private record Snapshot(String theme, Map<String, SimpleResizeVariation> variations) {
    }

    public ThemeImaging(DefinitionRegistry registry) {
        this.registry = registry;
        registry.onReload(() -> snapshot = null);
    }

    /** The name of the site's theme, the {@code mte/<theme>} part of rendition links. */
    public String theme() {
        return snapshot().theme();
    }

    @Override
    public Map<String, SimpleResizeVariation> getVariations() {
        return snapshot().variations();
    }

    @Override
    public String createLink(String assetId, String encodedFileName, String variation) {
        return "/.imaging/mte/" + theme() + "/" + variation + "/dam/jcr:" + assetId + "/" + encodedFileName;
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            current = load();
            snapshot = current;
        }
        return current;
    }

    private Snapshot load() {
        String theme = themeName();
        Map<String, SimpleResizeVariation> variations = new LinkedHashMap<>();
        for (Definition definition : registry.all("themes")) {
            if (!definition.name().equals(theme)) {
                continue;
            }
            if (definition.body().get("imaging") instanceof Map<?, ?> imaging
                    && imaging.get("variations") instanceof Map<?, ?> entries) {
                entries.forEach((name, value) -> variation(definition, String.valueOf(name), value)
                        .ifPresent(v -> variations.put(v.name(), v)));
            }
        }
        return new Snapshot(theme, Collections.unmodifiableMap(variations));
    }

    private static java.util.Optional<SimpleResizeVariation> variation(Definition definition, String name, Object value) {
        String where = definition.file() + ": imaging/variations/" + name;
        if (!NAME.matcher(name).matches() || !(value instanceof Map<?, ?> entry)) {
            LOG.error("{}: a variation needs a name of letters, digits, - or _ and a map of keys; left out", where);
            return java.util.Optional.empty();
        }
        Object type = entry.get("class");
        if (type != null && !SIMPLE_RESIZE.equals(type)) {
            LOG.error("{}: variation class {} is not served by this host (only {}); left out", where, type, SIMPLE_RESIZE);
            return java.util.Optional.empty();
        }
        if (!(entry.get("width") instanceof Number width) || width.intValue() < 1 || width.intValue() > 8192) {
            LOG.error("{}: width must be a number of pixels from 1 to 8192; left out", where);
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new SimpleResizeVariation(name, width.intValue()));
    }

    /** The theme the site definition names; the module's own theme when it names none. */
    private String themeName() {
        for (Definition definition : registry.all("decorations")) {
            if (definition.name().equals("site/config") && definition.body().get("site") instanceof Map<?, ?> site
                    && site.get("theme") instanceof Map<?, ?> theme && theme.get("name") instanceof String name
                    && NAME.matcher(name).matches()) {
                return name;
            }
        }
        return DEFAULT_THEME;
    }
}
