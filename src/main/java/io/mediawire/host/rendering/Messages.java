package io.mediawire.host.rendering;

import io.mediawire.magnolia.SimpleTranslator;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

/**
 * One language's messages, falling back to another bundle (English) for missing keys. A missing
 * key shows as itself, as in Magnolia, so a gap is visible but never breaks a page.
 */
public final class Messages implements SimpleTranslator {
    private final Locale locale;
    private final Map<String, String> own;
    private final Messages fallback;

    public Messages(Locale locale, Map<String, String> own, Messages fallback) {
        this.locale = locale;
        this.own = Map.copyOf(own);
        this.fallback = fallback;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return own.containsKey(key) || (fallback != null && fallback.has(key));
    }

    @Override
    public String translate(String key, Object... args) {
        return get(key, args);
    }

    /** The message; with arguments it is a {@link MessageFormat} pattern ({0}, {1}...). */
    public String get(String key, Object... args) {
        String pattern = raw(key);
        if (pattern == null) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    private String raw(String key) {
        String value = own.get(key);
        if (value == null && fallback != null) {
            return fallback.raw(key);
        }
        return value;
    }
}
