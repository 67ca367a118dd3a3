package io.mediawire.host.rendering;

import io.mediawire.host.lightmodule.DefinitionRegistry;
import io.mediawire.host.lightmodule.ResourceTree;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The light module's {@code i18n/<module>-messages_<lang>.properties} files (UTF-8, as Magnolia
 * reads them), read once per definitions reload.
 */
public final class MessageBundles {
    private final DefinitionRegistry registry;
    private final String module;
    private final String defaultLanguage;
    private final Map<String, Optional<Messages>> loaded = new ConcurrentHashMap<>();
    private volatile Set<String> languages;

    public MessageBundles(DefinitionRegistry registry, String module, String defaultLanguage) {
        this.registry = registry;
        this.module = module;
        this.defaultLanguage = defaultLanguage;
    }

    /** Whether a bundle exists for exactly this language. */
    public boolean has(String language) {
        return language != null && bundle(language).isPresent();
    }

    /** The messages of {@code language}, or of the site's default language when it has no bundle. */
    public Messages forLanguage(String language) {
        if (has(language)) {
            return bundle(language).get();
        }
        return bundle(defaultLanguage).orElseGet(() -> new Messages(Locale.forLanguageTag(defaultLanguage), Map.of(), null));
    }

    public void clear() {
        loaded.clear();
        languages = null;
    }

    /** The languages the module has messages in ({@code i18n/<module>-messages_<lang>.properties}). */
    public Set<String> languages() {
        Set<String> current = languages;
        if (current == null) {
            String prefix = "i18n/" + module + "-messages_";
            Set<String> found = new TreeSet<>();
            for (ResourceTree tree : registry.trees()) {
                if (tree.module().equals(module)) {
                    try {
                        tree.list().stream().filter(p -> p.startsWith(prefix) && p.endsWith(".properties"))
                                .map(p -> p.substring(prefix.length(), p.length() - ".properties".length()).toLowerCase(Locale.ROOT))
                                .forEach(found::add);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot list the messages of " + module, e);
                    }
                }
            }
            current = Set.copyOf(found);
            languages = current;
        }
        return current;
    }

    private Optional<Messages> bundle(String language) {
        String lang = language.toLowerCase(Locale.ROOT);
        return loaded.computeIfAbsent(lang, l -> read(l));
    }

    private Optional<Messages> read(String language) {
        Optional<byte[]> bytes = registry.resource(module, "i18n/" + module + "-messages_" + language + ".properties");
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(new String(bytes.get(), StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("unreadable messages for " + language + ": " + e.getMessage(), e);
        }
        Map<String, String> map = new HashMap<>();
        properties.forEach((k, v) -> map.put(k.toString(), v.toString()));
        Messages fallback = language.equals(defaultLanguage) ? null
                : bundle(defaultLanguage).orElse(null);
        return Optional.of(new Messages(Locale.forLanguageTag(language), map, fallback));
    }
}
