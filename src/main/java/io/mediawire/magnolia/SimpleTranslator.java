package io.mediawire.magnolia;

import java.util.Locale;

/**
 * Message lookup in one locale, as Magnolia's {@code info.magnolia.i18nsystem.SimpleTranslator}:
 * a key and {@link java.text.MessageFormat} arguments in, the text out; a missing key comes back
 * as itself, so a gap shows but never breaks a page.
 */
public interface SimpleTranslator {
    String translate(String key, Object... args);

    Locale locale();
}
