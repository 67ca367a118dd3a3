package io.mediawire.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsAndTeasersTest {
    @Test
    void slugsAreReadable() {
        assertEquals("albania-pm-says-severing-ties-with-iran-over-cyberattack",
                Slugs.from("Albania PM says severing ties with Iran over ‘cyberattack’"));
        assertEquals("cafe-munchen-zurich", Slugs.from("Café München / Zürich!"));
        assertEquals("قطع-روابط-آلبانی-با-ایران", Slugs.from("قطع روابط آلبانی با ایران"));
        assertEquals("story", Slugs.from("!!! ???"));
        String longSlug = Slugs.from("word ".repeat(40));
        assertTrue(longSlug.length() <= Slugs.MAX_LENGTH && !longSlug.endsWith("-"), longSlug);
    }

    @Test
    void teasersCutAtAWordBoundaryWithAnEllipsis() {
        String text = "For the first time in Iran's aviation history, a flight carrying an all-female crew and passengers landed.";
        assertEquals("For the first time in Iran's aviation history, a flight carrying an all-female crew and…",
                Teasers.cut(text, 90));
        assertEquals("Short text", Teasers.cut("  Short   text ", 100));
        String longWord = "x".repeat(150);
        assertEquals("x".repeat(100) + "…", Teasers.cut(longWord, 100));
        assertEquals("一二三四五…", Teasers.cut("一二三四五六七八九十", 5));
    }

    @Test
    void plainTextJoinsParagraphs() {
        assertEquals("First para. Second para. Item",
                Teasers.plainText("<p>First para.</p><p>Second <b>para.</b></p><ul><li>Item</li></ul>"));
    }
}
