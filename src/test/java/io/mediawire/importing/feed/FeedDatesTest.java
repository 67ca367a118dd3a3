package io.mediawire.importing.feed;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FeedDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tue, 24 Nov 2026 18:05:00 GMT        | 2026-11-24T18:05:00Z
            Tue, 24 Nov 2026 18:05:00 +0000      | 2026-11-24T18:05:00Z
            Tue, 24 Nov 2026 18:05:00 UT         | 2026-11-24T18:05:00Z
            Tue, 24 Nov 2026 18:05:00 Z          | 2026-11-24T18:05:00Z
            Tue, 24 Nov 2026 13:05:00 EST        | 2026-11-24T18:05:00Z
            Tue, 24 Nov 2026 11:05:00 PDT        | 2026-11-24T18:05:00Z
            Tue, 24 Nov 2026 19:05:00 CET        | 2026-11-24T18:05:00Z
            Tue, 24 Nov 2026 19:05:00 +01:00     | 2026-11-24T18:05:00Z
            Tue, 24 Nov 2026 12:35:00 -0530      | 2026-11-24T18:05:00Z
            Tue, 24 Nov 2026 18:05 GMT           | 2026-11-24T18:05:00Z
            24 Nov 2026 18:05:00 GMT             | 2026-11-24T18:05:00Z
            Tuesday, 24 November 2026 18:05:00 GMT | 2026-11-24T18:05:00Z
            Tue, 4 Nov 2026 08:05:00 GMT         | 2026-11-04T08:05:00Z
            Tue, 24 Nov 26 18:05:00 GMT          | 2026-11-24T18:05:00Z
            Tue, 24 Nov 2026 18:05:00            | 2026-11-24T18:05:00Z
            tue, 24 nov 2026 18:05:00 gmt        | 2026-11-24T18:05:00Z
            Tue, 24 Sept 2026 18:05:00 GMT       | 2026-09-24T18:05:00Z
            2026-11-24T18:05:00Z                 | 2026-11-24T18:05:00Z
            2026-11-24T19:05:00+01:00            | 2026-11-24T18:05:00Z
            2026-11-24T19:05:00+0100             | 2026-11-24T18:05:00Z
            2026-11-24T18:05:00.123456Z          | 2026-11-24T18:05:00.123456Z
            2026-11-24 18:05:00Z                 | 2026-11-24T18:05:00Z
            2026-11-24T18:05Z                    | 2026-11-24T18:05:00Z
            2026-11-24T18:05:00                  | 2026-11-24T18:05:00Z
            2026-11-24                           | 2026-11-24T00:00:00Z
            """)
    void parses(String text, String expected) {
        assertEquals(Instant.parse(expected), FeedDates.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"yesterday", "", "   ", "Tue, 31 Feb 2026 18:05:00 GMT", "2026-13-01T00:00:00Z",
            "Tue, 24 Nov 2026 25:05:00 GMT", "Tue, 24 Nov 2026 18:05:00 XYZT", "24/11/2026", "2026-11-24T18:05:00+25:00"})
    void refuses(String text) {
        assertNull(FeedDates.parse(text));
    }
}
