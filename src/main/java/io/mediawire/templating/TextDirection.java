package io.mediawire.templating;

import java.util.Locale;
import java.util.Set;

/** Right-to-left or left-to-right, from a language tag such as {@code fa}, {@code ar-EG} or {@code ku-Arab}. */
public final class TextDirection {
    private static final Set<String> RTL_LANGUAGES = Set.of(
            "ar", "fa", "he", "iw", "ur", "ps", "sd", "ug", "yi", "ji", "dv", "ckb", "syr", "arc", "ku-arab", "ks", "prs", "azb", "mzn", "lrc", "glk", "bal", "nqo");
    private static final Set<String> RTL_SCRIPTS = Set.of("arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg");

    private TextDirection() {
    }

    public static String of(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return "ltr";
        }
        Locale locale = Locale.forLanguageTag(languageTag.strip().replace('_', '-'));
        String script = locale.getScript().toLowerCase(Locale.ROOT);
        if (!script.isEmpty()) {
            return RTL_SCRIPTS.contains(script) ? "rtl" : "ltr";
        }
        return RTL_LANGUAGES.contains(locale.getLanguage()) ? "rtl" : "ltr";
    }

    /** The primary language subtag, lower case, or null: {@code fa-IR} gives {@code fa}. */
    public static String language(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return null;
        }
        String lang = Locale.forLanguageTag(languageTag.strip().replace('_', '-')).getLanguage();
        return lang.isEmpty() ? null : lang;
    }
}
