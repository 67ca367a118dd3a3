package io.mediawire.importing.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt that apply to us, as crawler-commons reads them (RFC 9309): the groups naming our
 * product token, else the {@code *} groups; the longest matching Allow/Disallow wins, Allow on a tie; {@code *} and a
 * final {@code $} work; percent-encoding is compared by meaning. Crawl-delay and Sitemap are ignored: we fetch single
 * pages an editor asked for, not a crawl.
 */
final class RobotsRules {

    /*
     * No Crawl-delay can shut us out (crawler-commons disallows everything above its maximum delay), and no warning
     * limit: a site's robots.txt mistakes are not ours to log.
     */
    private static final SimpleRobotRulesParser PARSER = new SimpleRobotRulesParser(Long.MAX_VALUE, 0);
    private static final RobotsRules ALLOW_ALL = new RobotsRules(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL));
    private static final RobotsRules DISALLOW_ALL = new RobotsRules(new SimpleRobotRules(RobotRulesMode.ALLOW_NONE));
    /** crawler-commons matches whole URLs; the origin was settled when these rules were looked up, so any will do. */
    private static final String ORIGIN = "http://robots.invalid";

    private final BaseRobotRules rules;

    private RobotsRules(BaseRobotRules rules) {
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
        return new RobotsRules(PARSER.parseContent(ORIGIN + "/robots.txt", text.getBytes(StandardCharsets.UTF_8),
                "text/plain", List.of(token.toLowerCase(Locale.ROOT))));
    }

    /** Whether we may fetch {@code pathAndQuery} (raw, as in the request line). */
    boolean allows(String pathAndQuery) {
        return rules.isAllowed(ORIGIN + (pathAndQuery.isEmpty() ? "/" : pathAndQuery));
    }
}
