package io.mediawire.importing.fetch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RobotsRulesTest {

    private static RobotsRules rules(String text) {
        return RobotsRules.parse(text, "MediaWire");
    }

    @Test
    void theStarGroupAppliesWhenNoGroupNamesUs() {
        RobotsRules r = rules("User-agent: Googlebot\nDisallow: /\n\nUser-agent: *\nDisallow: /private/\n");
        assertTrue(r.allows("/news/story"));
        assertFalse(r.allows("/private/x"));
    }

    @Test
    void ourGroupReplacesTheStarGroupEvenWhenEmpty() {
        RobotsRules r = rules("User-agent: *\nDisallow: /\n\nUser-agent: mediawire\nDisallow:\n");
        assertTrue(r.allows("/anything"));
    }

    @Test
    void groupsNamingUsAreMergedAndSharedGroupLinesCount() {
        RobotsRules r = rules("""
                User-agent: OtherBot
                User-Agent: MediaWire/1.0   # several agents share one group
                Disallow: /a/

                user-agent: *
                Disallow: /

                User-agent: MEDIAWIRE
                Disallow: /b/
                """);
        assertFalse(r.allows("/a/1"));
        assertFalse(r.allows("/b/1"));
        assertTrue(r.allows("/c/1"));
    }

    @Test
    void aUserAgentAfterRulesStartsANewGroup() {
        RobotsRules r = rules("User-agent: *\nDisallow: /x/\nUser-agent: OtherBot\nDisallow: /y/\n");
        assertFalse(r.allows("/x/1"));
        assertTrue(r.allows("/y/1"));
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            // longest match wins
            "Disallow: /news/\\nAllow: /news/public/        | /news/public/a    | true",
            "Disallow: /news/\\nAllow: /news/public/        | /news/secret      | false",
            "Allow: /p\\nDisallow: /                        | /page             | true",
            // a tie goes to Allow
            "Allow: /folder\\nDisallow: /folder             | /folder/page      | true",
            // wildcards
            "Disallow: /*.pdf$                              | /files/a.pdf      | false",
            "Disallow: /*.pdf$                              | /files/a.pdf?x=1  | true",
            "Disallow: /*?sessionid=                        | /a?sessionid=9    | false",
            "Disallow: /*/print                             | /news/1/print     | false",
            "Disallow: /$                                   | /                 | false",
            "Disallow: /$                                   | /news             | true",
            "Disallow: /fish*                               | /fishheads        | false",
            "Disallow: /fish                                | /Fish             | true",
            // percent-encoding compares by meaning
            "Disallow: /café                                | /caf%C3%A9/menu   | false",
            "Disallow: /caf%c3%a9                           | /caf%C3%A9        | false",
            "Disallow: /%7Ejoe/                             | /~joe/index.html  | false",
            // robots.txt itself is always allowed
            "Disallow: /                                    | /robots.txt       | true",
    })
    void matchesLikeRfc9309(String ruleLines, String path, boolean allowed) {
        RobotsRules r = rules("User-agent: *\n" + ruleLines.replace("\\n", "\n"));
        if (allowed) {
            assertTrue(r.allows(path));
        } else {
            assertFalse(r.allows(path));
        }
    }

    @Test
    void manyWildcardsDoNotBacktrackForever() {
        RobotsRules r = rules("User-agent: *\nDisallow: /*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b$\n");
        assertTrue(r.allows("/" + "a".repeat(5000)));
    }

    @Test
    void commentsBlankLinesAndUnknownLinesAreIgnored() {
        RobotsRules r = rules("# hello\n\nSitemap: https://x/s.xml\nUser-agent: * # all\nCrawl-delay: 10\n"
                + "Disallow: /tmp/ # temp\nnonsense line\n");
        assertFalse(r.allows("/tmp/a"));
        assertTrue(r.allows("/tmp"));
    }

    @Test
    void aLongCrawlDelayDoesNotShutUsOut() {
        // we fetch pages an editor picked, not a crawl: the delay is ignored rather than read as "disallow all"
        RobotsRules r = rules("User-agent: *\nCrawl-delay: 3600\nDisallow: /private/\n");
        assertTrue(r.allows("/news/story"));
        assertFalse(r.allows("/private/x"));
    }

    @Test
    void allowAllAndDisallowAll() {
        assertTrue(RobotsRules.allowAll().allows("/x"));
        assertFalse(RobotsRules.disallowAll().allows("/x"));
        assertFalse(RobotsRules.disallowAll().allows("/"));
    }
}
