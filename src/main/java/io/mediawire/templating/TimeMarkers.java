package io.mediawire.templating;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relative times are not rendered into a page but left as markers holding the instant, and filled
 * in from the clock each time the page is served. A cached page therefore never says "5 minutes
 * ago" an hour later. The marker carries a per-process secret, so text in a story body can never
 * pose as one.
 */
public final class TimeMarkers {
    private final String prefix;
    private final Pattern marker;

    public TimeMarkers() {
        byte[] secret = new byte[8];
        new SecureRandom().nextBytes(secret);
        this.prefix = "<!--mw-ago:" + HexFormat.of().formatHex(secret) + ":";
        this.marker = Pattern.compile(Pattern.quote(prefix) + "(-?\\d{1,19})-->");
    }

    /** The marker standing for {@code at}'s relative time. */
    public String marker(Instant at) {
        return prefix + at.toEpochMilli() + "-->";
    }

    /**
     * A page with its relative times filled in, when the newest of those texts last changed, and
     * when the first of them will change next ({@code Instant.MAX} when none will): until then the
     * filled page is right as it is.
     */
    public record Filled(String html, Instant lastChange, Instant nextChange) {
    }

    public Filled fill(String html, RelativeTime relativeTime, Instant now) {
        Matcher m = marker.matcher(html);
        if (!m.find()) {
            return new Filled(html, Instant.EPOCH, Instant.MAX);
        }
        StringBuilder out = new StringBuilder(html.length());
        Instant latest = Instant.EPOCH;
        Instant next = Instant.MAX;
        do {
            Instant at = Instant.ofEpochMilli(Long.parseLong(m.group(1)));
            // Message text is plain, and a message bundle is no place for markup: escape it.
            m.appendReplacement(out, Matcher.quoteReplacement(escape(relativeTime.format(at, now))));
            Instant changed = RelativeTime.lastChange(at, now);
            if (changed.isAfter(latest)) {
                latest = changed;
            }
            Instant changes = RelativeTime.nextChange(at, now);
            if (changes.isBefore(next)) {
                next = changes;
            }
        } while (m.find());
        m.appendTail(out);
        return new Filled(out.toString(), latest, next);
    }

    /** Text as HTML: the five characters that matter escaped. */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
