package io.mediawire.host.rendering;

import io.mediawire.host.lightmodule.DefinitionRegistry;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
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
