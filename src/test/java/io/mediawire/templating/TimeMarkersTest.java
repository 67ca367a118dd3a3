package io.mediawire.templating;

import io.mediawire.host.rendering.Messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeMarkersTest {
    static final Messages MESSAGES = new Messages(Locale.ENGLISH, Map.of(
            "mw.time.justNow", "just <now>", "mw.time.minutes.one", "1 minute ago", "mw.time.minutes.other", "{0} minutes ago",
            "mw.time.hours.one", "1 hour ago", "mw.time.hours.other", "{0} hours ago", "mw.time.days.one", "1 day ago",
            "mw.time.days.other", "{0} days ago", "mw.time.datePattern", "d MMMM yyyy"), null);
    static final RelativeTime TIME = new RelativeTime(ZoneId.of("UTC"), MESSAGES);

    @Test
    void fillsEveryMarkerFromTheGivenClockAndReportsTheNewestChange() {
        TimeMarkers markers = new TimeMarkers();
        Instant a = Instant.parse("2025-03-12T09:59:00Z");
        Instant b = Instant.parse("2025-03-12T11:58:30Z");
        String html = "<p>" + markers.marker(a) + "</p><p>" + markers.marker(b) + "</p>";
        TimeMarkers.Filled filled = markers.fill(html, TIME, Instant.parse("2025-03-12T12:00:00Z"));
        assertEquals("<p>2 hours ago</p><p>1 minute ago</p>", filled.html());
        assertEquals(Instant.parse("2025-03-12T11:59:30Z"), filled.lastChange());
        assertEquals(Instant.parse("2025-03-12T12:00:30Z"), filled.nextChange(), "b turns 2 minutes first");
        assertEquals(Instant.MAX, markers.fill("<p>no times</p>", TIME, Instant.EPOCH).nextChange());
    }

    @Test
    void messageTextIsEscaped() {
        TimeMarkers markers = new TimeMarkers();
        Instant a = Instant.parse("2025-03-12T10:00:00Z");
        assertEquals("just &lt;now&gt;", markers.fill(markers.marker(a), TIME, a).html());
    }

    @Test
    void aMarkerOfAnotherProcessOrInAStoryBodyIsLeftAlone() {
        TimeMarkers ours = new TimeMarkers();
        TimeMarkers theirs = new TimeMarkers();
        String forged = theirs.marker(Instant.EPOCH) + "<!--mw-ago:0000000000000000:0-->";
        TimeMarkers.Filled filled = ours.fill(forged, TIME, Instant.now());
        assertEquals(forged, filled.html());
        assertTrue(ours.marker(Instant.EPOCH).startsWith("<!--mw-ago:"));
    }
}
