package io.mediawire.importing.extraction;

import crawlercommons.domains.EffectiveTldFinder;
import java.net.IDN;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The site's name when no page metadata gives it: a readable form of the host, and whether a name found in a
 * title is the host's. The registrable part of the host comes from the public suffix list (crawler-commons'
 * copy), so "www.bbc.co.uk" gives "bbc" and "news.coastline-wire.example" gives "coastline-wire" (a suffix the
 * list does not know counts as one label).
 */
public final class SiteNames {
    /** Short words without a vowel are initials ("bbc", "vh"), written in capitals. */
    private static final int MAX_INITIALS = 4;

    private SiteNames() {
    }

    /**
     * The host as a name: the registrable label without its public suffix, split at hyphens, each word capitalised
     * or, when it is short and has no vowel, in capitals: "www.vh-news.example" → "VH News", "www.bbc.co.uk" →
     * "BBC", "news.coastline-wire.example" → "Coastline Wire". An IP address stays as it is; null without a host.
     */
    public static String readable(URI url) {
        String label = registrableLabel(url == null ? null : url.getHost());
        if (label == null) {
            return url == null ? null : url.getHost();
        }
        List<String> words = new ArrayList<>();
        for (String word : label.split("[-_]+")) {
            if (!word.isEmpty()) {
                words.add(initials(word) ? word.toUpperCase(Locale.ROOT)
                        : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
            }
        }
        return words.isEmpty() ? url.getHost() : String.join(" ", words);
    }

    /**
     * Whether {@code name} is the site's own name as its host spells it: "Coastline Wire" on coastline-wire.example,
     * "Valley Herald" on vh-news.example (initials). Used to trust a name in front of a title ("Valley Herald: ...").
     */
    static boolean namesHost(String name, URI url) {
        String label = registrableLabel(url == null ? null : url.getHost());
        String squashed = squash(name);
        if (label == null || squashed.length() < 2) {
            return false;
        }
        String host = squash(label);
        String[] words = name.strip().split("\\s+");
        if (host.equals(squashed) || (words.length <= 3 && squash(words[0]).equals(host))) {
            return true; // "Coastline Wire" on coastline-wire, "BBC News" on bbc
        }
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (!word.isEmpty() && Character.isLetterOrDigit(word.charAt(0))) {
                initials.append(Character.toLowerCase(word.charAt(0)));
            }
        }
        return initials.length() >= 2 && label.toLowerCase(Locale.ROOT).split("[-_.]")[0].equals(initials.toString());
    }

    /** "coastline-wire" for news.coastline-wire.example; null for an IP address or a host without a dot. */
    private static String registrableLabel(String host) {
        if (host == null || host.isBlank() || host.startsWith("[") || host.matches("[0-9.]+") || host.indexOf('.') < 0) {
            return null;
        }
        String h = host.toLowerCase(Locale.ROOT).replaceFirst("\\.$", "");
        EffectiveTldFinder.EffectiveTLD suffix = EffectiveTldFinder.getEffectiveTLD(h, false);
        String withoutSuffix = suffix == null || suffix.getDomain().equals(h)
                ? h.substring(0, h.lastIndexOf('.'))
                : h.substring(0, h.length() - suffix.getDomain().length() - 1);
        String label = withoutSuffix.substring(withoutSuffix.lastIndexOf('.') + 1);
        if (label.isEmpty()) {
            return null;
        }
        try {
            return IDN.toUnicode(label, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return label;
        }
    }

    private static boolean initials(String word) {
        return word.length() <= MAX_INITIALS && word.chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0)
                && word.chars().allMatch(c -> c < 0x80 && Character.isLetter(c));
    }

    private static String squash(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
