package io.mediawire.magnolia;

import java.util.Collection;
import java.util.Locale;

/** The languages the site is available in, Magnolia's {@code info.magnolia.cms.i18n.I18nContentSupport#getLocales()}. */
public interface I18nContentSupport {
    Collection<Locale> getLocales();
}
