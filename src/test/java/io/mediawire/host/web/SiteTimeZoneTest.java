package io.mediawire.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.mediawire.host.Host;
import io.mediawire.host.HostOptions;
import io.mediawire.magnolia.ModuleSettings;
import io.mediawire.story.AgencyCopy;
import io.mediawire.story.CreateResult;
import io.mediawire.story.NewStory;
import io.mediawire.story.Story;
import io.mediawire.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A site in Tehran (UTC+03:30): counts are elapsed time, dates are the site's calendar day. */
class SiteTimeZoneTest {
    static final Instant LATE_EVENING_UTC = Instant.parse("2025-03-12T22:30:00Z"); // 02:00 on 13 March in Tehran

    @TempDir
    static Path home;
    static Host host;
    static SiteHttp http;
    static final MutableClock clock = new MutableClock(LATE_EVENING_UTC);
    static Story late;
    static Story page;

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(home);
        host = Host.start(new HostOptions(home, "127.0.0.1", 0, Path.of("light-modules"), false,
                new ModuleSettings(ZoneId.of("Asia/Tehran"), clock, false)));
        http = new SiteHttp(host.baseUri());
        late = ((CreateResult.Created) host.stories().createPublished(NewStory.of("Published late in the evening, UTC",
                "<p>Body.</p>", "Wire", "https://wire.example/late"), "test")).story();
        page = ((CreateResult.Created) host.stories().create(NewStory.of("The page", "<p>Body.</p>", "Wire",
                "https://wire.example/page"), "test", LATE_EVENING_UTC.minus(Duration.ofDays(1)),
                LATE_EVENING_UTC.minus(Duration.ofDays(1)))).story();
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void relativeCountsAndDatesInTheSiteZone() {
        assertEquals("/2025/03/13/published-late-in-the-evening-utc", late.path(), "the store files it on Tehran's day");
        String path = SiteHttp.link(page.path());
        clock.set(LATE_EVENING_UTC.plus(Duration.ofHours(5)));
        assertEquals("5 hours ago", recentTime(http.page(path)));
        clock.set(LATE_EVENING_UTC.plus(Duration.ofDays(7)));
        Document later = http.page(path);
        assertEquals("13 March 2025", recentTime(later));
        assertEquals("2025-03-12T22:30:00Z", later.selectFirst(".recent-posts time").attr("datetime"));
        assertEquals("13 March 2025", http.page(SiteHttp.link(late.path())).selectFirst(".story__meta time").text());
    }

    static final Instant SOURCE_TIME = Instant.parse("2024-11-25T03:00:00Z"); // 06:30 in Tehran

    static Story fromCoastline(String language, String slug) {
        return ((CreateResult.Created) host.stories().create(NewStory.of(AgencyCopy.builder().headline("Harbour " + slug)
                .body("<p>Body.</p>").sourceName("Coastline Daily").url("https://coastline.example/" + slug)
                .published(SOURCE_TIME).language(language).build()), "test", SOURCE_TIME.plus(Duration.ofHours(2)),
                SOURCE_TIME.plus(Duration.ofHours(2)))).story();
    }

    @ParameterizedTest
    @CsvSource({
            "en, 'Published by Coastline Daily 25 Nov 2024, 06:30'",
            "de, 'Veröffentlicht von Coastline Daily am 25. Nov. 2024, 06:30 Uhr'",
            "fa, منتشرشده در Coastline Daily، ۲۵ نوامبر ۲۰۲۴، ساعت ۰۶:۳۰"})
    void theDateLineSaysWhenTheSourcePublishedWithTheTimeInTheSiteZoneAndThePagesLanguage(String language, String line) {
        Story story = fromCoastline(language, "dateline-" + language);
        Document page = http.page(SiteHttp.link(story.path()));
        assertEquals(language, page.selectFirst("html").attr("lang"));
        org.jsoup.nodes.Element source = page.selectFirst(".story__meta time.story__source-date");
        assertNotNull(source, page.selectFirst(".story__meta").outerHtml());
        assertEquals(line, source.text());
        assertEquals("2024-11-25T03:00:00Z", source.attr("datetime"));
        org.jsoup.nodes.Element here = page.selectFirst(".story__meta .story__published-here time");
        assertNotNull(here, "when it was published here stays on the line");
        assertEquals("2024-11-25T05:00:00Z", here.attr("datetime"));
    }

    static String recentTime(Document document) {
        return document.selectFirst(".recent-posts time").text();
    }
}
