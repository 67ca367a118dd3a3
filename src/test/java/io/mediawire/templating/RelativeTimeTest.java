package io.mediawire.templating;

import io.mediawire.host.rendering.MessageBundles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.mediawire.host.lightmodule.DefinitionRegistry;
import io.mediawire.host.lightmodule.LightModules;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Relative times with the light module's real message bundles. */
class RelativeTimeTest {
    static final Instant THEN = Instant.parse("2025-03-12T22:30:00Z");
    static final MessageBundles BUNDLES = new MessageBundles(new DefinitionRegistry(
            LightModules.find(Path.of("light-modules"), List.of(), RelativeTimeTest.class.getClassLoader()), false),
            "media-wire", "en");

    static RelativeTime english(String zone) {
        return new RelativeTime(ZoneId.of(zone), BUNDLES.forLanguage("en"));
    }

    @ParameterizedTest(name = "{0} s -> {1}")
    @CsvSource({
            "-30, just now", "0, just now", "59, just now", "60, 1 minute ago", "119, 1 minute ago", "120, 2 minutes ago",
            "3540, 59 minutes ago", "3599, 59 minutes ago", "3600, 1 hour ago", "7200, 2 hours ago", "82800, 23 hours ago",
            "86399, 23 hours ago", "86400, 1 day ago", "172800, 2 days ago", "518400, 6 days ago", "604799, 6 days ago",
            "604800, 12 March 2025"})
    void englishBoundaries(long seconds, String expected) {
        assertEquals(expected, english("UTC").format(THEN, THEN.plusSeconds(seconds)));
    }

    @Test
    void countsDoNotDependOnTheZoneButTheDateDoes() {
        Instant now = THEN.plusSeconds(7 * 3600);
        assertEquals("7 hours ago", english("Asia/Tehran").format(THEN, now));
        assertEquals("7 hours ago", english("America/Los_Angeles").format(THEN, now));
        Instant later = THEN.plusSeconds(8 * 86400);
        assertEquals("12 March 2025", english("UTC").format(THEN, later));
        assertEquals("13 March 2025", english("Asia/Tehran").format(THEN, later), "22:30 UTC is 02:00 next day in Tehran");
        assertEquals("12 March 2025", english("America/Los_Angeles").format(THEN, later));
    }

    @Test
    void acrossADaylightSavingChangeADayIsStill24Hours() {
        Instant before = Instant.parse("2025-03-08T12:00:00Z"); // US clocks go forward on 9 March
        RelativeTime la = english("America/Los_Angeles");
        assertEquals("1 day ago", la.format(before, before.plusSeconds(86400)));
        assertEquals("2 days ago", la.format(before, before.plusSeconds(2 * 86400)));
    }

    @Test
    void germanAndPersianPluralsAndDates() {
        RelativeTime de = new RelativeTime(ZoneId.of("Europe/Berlin"), BUNDLES.forLanguage("de"));
        assertEquals("gerade eben", de.format(THEN, THEN.plusSeconds(5)));
        assertEquals("vor 1 Minute", de.format(THEN, THEN.plusSeconds(60)));
        assertEquals("vor 5 Minuten", de.format(THEN, THEN.plusSeconds(300)));
        assertEquals("vor 1 Stunde", de.format(THEN, THEN.plusSeconds(3600)));
        assertEquals("vor 3 Tagen", de.format(THEN, THEN.plusSeconds(3 * 86400)));
        assertEquals("12. März 2025", de.format(THEN, THEN.plusSeconds(30 * 86400)));
        RelativeTime fa = new RelativeTime(ZoneId.of("Asia/Tehran"), BUNDLES.forLanguage("fa"));
        assertEquals("۱ دقیقه پیش", fa.format(THEN, THEN.plusSeconds(90)));
        assertEquals("۷ ساعت پیش", fa.format(THEN, THEN.plusSeconds(7 * 3600)));
    }

    @Test
    void aLanguageWithoutBundleFallsBackToTheSiteLanguage() {
        assertEquals("en", BUNDLES.forLanguage("ar").locale().getLanguage());
        assertEquals("Recent Posts", BUNDLES.forLanguage("ar").get("mw.recentPosts"));
        assertEquals("no.such.key", BUNDLES.forLanguage("de").get("no.such.key"));
    }

    @ParameterizedTest(name = "{0} s -> text changed at +{1} s")
    @CsvSource({"30, 0", "60, 60", "119, 60", "3599, 3540", "3600, 3600", "7300, 7200", "90000, 86400", "700000, 604800",
            "9000000, 604800"})
    void lastChangeIsWhenTheTextLastChanged(long seconds, long changedAfter) {
        assertEquals(THEN.plusSeconds(changedAfter), RelativeTime.lastChange(THEN, THEN.plusSeconds(seconds)));
    }

    @Test
    void lastChangeIsNeverInTheFuture() {
        assertEquals(THEN, RelativeTime.lastChange(THEN.plusSeconds(30), THEN));
    }

    @ParameterizedTest(name = "{0} s -> text changes next at +{1} s")
    @CsvSource({"0, 60", "59, 60", "60, 120", "119, 120", "3599, 3600", "3600, 7200", "86399, 86400", "86400, 172800",
            "604799, 604800"})
    void nextChangeIsWhenTheTextChangesNext(long seconds, long changesAfter) {
        Instant now = THEN.plusSeconds(seconds);
        assertEquals(THEN.plusSeconds(changesAfter), RelativeTime.nextChange(THEN, now));
        Instant before = THEN.plusSeconds(changesAfter).minusMillis(1);
        assertEquals(english("UTC").format(THEN, now), english("UTC").format(THEN, before), "the text holds until then");
        assertNotEquals(english("UTC").format(THEN, now), english("UTC").format(THEN, THEN.plusSeconds(changesAfter)), "and changes then");
    }

    @Test
    void aDateNeverChangesAndATimeAheadOfTheClockSaysJustNowForAMinute() {
        assertEquals(Instant.MAX, RelativeTime.nextChange(THEN, THEN.plusSeconds(604800)));
        assertEquals(THEN.plusSeconds(90), RelativeTime.nextChange(THEN.plusSeconds(30), THEN));
    }
}
