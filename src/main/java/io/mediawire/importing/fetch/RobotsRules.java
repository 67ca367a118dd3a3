package io.mediawire.importing.fetch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt that apply to us (RFC 9309): the groups naming our product token, else the
 * {@code *} groups; the longest matching Allow/Disallow wins, Allow on a tie; {@code *} matches any run of
 * characters and a final {@code $} anchors the end. Crawl-delay and Sitemap are ignored: we fetch single pages an
 * editor asked for, not a crawl.
 */
final class RobotsRules {

    private static final RobotsRules ALLOW_ALL = new RobotsRules(List.of());
    private static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule(false, "/")));

    private record Rule(boolean allow, String pattern) {
    }

    private final List<Rule> rules;

    private RobotsRules(List<Rule> rules) {
        this.rules = rules;
    }

    static RobotsRules allowAll() {
        return ALLOW_ALL;
    }

    static RobotsRules disallowAll() {
        return DISALLOW_ALL;
    }

    /** The rules in {@code text} for the crawler called {@code token} (e.g. "MediaWire"). */
    static RobotsRules parse(String text, String token) {
        String me = token.toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>();
        List<Rule> star = new ArrayList<>();
        boolean forMe = false;
        boolean forStar = false;
        boolean inAgentLines = false;
        boolean seenMe = false; // our own group, even empty, replaces the * groups entirely
        for (String rawLine : text.split("\r\n|\r|\n")) {
            int hash = rawLine.indexOf('#');
            String line = (hash >= 0 ? rawLine.substring(0, hash) : rawLine).trim();
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (key.equals("user-agent")) {
                if (!inAgentLines) { // a User-agent after rules starts a new group
                    forMe = false;
                    forStar = false;
                    inAgentLines = true;
                }
                String agent = productToken(value);
                forMe |= agent.equals(me);
                seenMe |= agent.equals(me);
                forStar |= agent.equals("*");
            } else if (key.equals("allow") || key.equals("disallow")) {
                inAgentLines = false;
                if (value.isEmpty()) {
                    continue; // "Disallow:" with nothing means nothing is disallowed
                }
                Rule rule = new Rule(key.equals("allow"), normalize(value));
                if (forMe) {
                    mine.add(rule);
                }
                if (forStar) {
                    star.add(rule);
                }
            } else {
                inAgentLines = false; // sitemap, crawl-delay, ... end the run of User-agent lines too
            }
        }
        return new RobotsRules(List.copyOf(seenMe ? mine : star));
    }

    /** Whether we may fetch {@code pathAndQuery} (raw, as in the request line). */
    boolean allows(String pathAndQuery) {
        String path = normalize(pathAndQuery.isEmpty() ? "/" : pathAndQuery);
        if (path.equals("/robots.txt")) {
            return true;
        }
        Rule best = null;
        for (Rule rule : rules) {
            if (matches(rule.pattern, path)) {
                if (best == null || rule.pattern.length() > best.pattern.length()
                        || (rule.pattern.length() == best.pattern.length() && rule.allow)) {
                    best = rule;
                }
            }
        }
        return best == null || best.allow;
    }

    /** "MediaWire/1.0" and "mediawire" both name us. */
    private static String productToken(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < v.length() && v.charAt(end) != '/' && !Character.isWhitespace(v.charAt(end))) {
            end++;
        }
        return v.substring(0, end);
    }

    /** Glob match anchored at the start: '*' is any run, a final '$' anchors the end, otherwise a prefix match. */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern + "*";
        // iterative wildcard matching, linear in practice, with no regex backtracking to exploit
        int pi = 0;
        int si = 0;
        int star = -1;
        int mark = 0;
        while (si < path.length()) {
            if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                mark = si;
            } else if (pi < p.length() && p.charAt(pi) == path.charAt(si)) {
                pi++;
                si++;
            } else if (star >= 0) {
                pi = star + 1;
                si = ++mark;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }

    /**
     * Brings patterns and paths to one spelling: non-ASCII as UTF-8 percent-escapes, escapes in upper case, and
     * escaped unreserved characters decoded, so "/caf%c3%a9", "/café" and "/caf%C3%A9" compare equal.
     */
    static String normalize(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int c = bytes[i] & 0xff;
            if (c == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
                int decoded = Character.digit(bytes[i + 1], 16) * 16 + Character.digit(bytes[i + 2], 16);
                if (isUnreserved(decoded)) {
                    out.append((char) decoded);
                } else {
                    out.append('%').append(hex(decoded >> 4)).append(hex(decoded & 0xf));
                }
                i += 2;
            } else if (c <= 0x20 || c >= 0x7f) {
                out.append('%').append(hex(c >> 4)).append(hex(c & 0xf));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                || c == '_' || c == '~';
    }

    private static char hex(int v) {
        return Character.toUpperCase(Character.forDigit(v, 16));
    }
}
