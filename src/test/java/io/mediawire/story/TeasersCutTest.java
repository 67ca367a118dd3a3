package io.mediawire.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TeasersCutTest {
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    @Test
    void shortTextStaysWhole() {
        assertEquals("Short text.", Teasers.cut("  Short   text. ", 100, Locale.ENGLISH));
    }

    @Test
    void cutsAtTheLastSpaceBeforeTheLimit() {
        String text = "For the first time in Iran's aviation history, a flight carrying an all-female crew and "
                + "passengers landed in Mashhad on Tuesday.";
        String cut = Teasers.cut(text, 100, Locale.ENGLISH);
        assertEquals("For the first time in Iran's aviation history, a flight carrying an all-female crew and "
                + "passengers…", cut);
        assertTrue(length(cut) <= 101);
    }

    @Test
    void dropsTrailingPunctuationBeforeTheEllipsis() {
        String cut = Teasers.cut("One two three, four five six seven eight nine ten", 15, Locale.ENGLISH);
        assertEquals("One two three…", cut);
    }

    @Test
    void aLongWordWithoutSpacesIsCutInside() {
        String word = "Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstaltsverwaltungsgebäudereinigungsfirma";
        String cut = Teasers.cut("Die " + word + " ist groß", 100, Locale.GERMAN);
        assertEquals(101, length(cut));
        assertTrue(cut.endsWith("…"));
        String url = "https://example.org/" + "a".repeat(200);
        assertEquals(101, length(Teasers.cut(url, 100, Locale.ENGLISH)));
    }

    @Test
    void chineseWithoutSpacesIsCutAtTheLimit() {
        String text = "中国国家航天局宣布，嫦娥六号探测器已成功完成月球背面采样任务，并将样品安全带回地球，这是人类首次从月球背面获取样本。科学家表示，这些样本将帮助研究月球的形成与演化历史，并为未来的载人登月任务提供重要参考资料和数据支持。";
        String cut = Teasers.cut(text, 50, Locale.CHINESE);
        assertTrue(cut.endsWith("…"), cut);
        assertTrue(length(cut) <= 51 && length(cut) >= 30, cut);
        assertTrue(text.startsWith(cut.substring(0, cut.length() - 1)));
        assertFalse(cut.contains("，…"), "no comma before the ellipsis: " + cut);
    }

    @Test
    void persianCutsAtASpace() {
        String text = "نخست‌وزیر آلبانی روز چهارشنبه اعلام کرد که این کشور روابط دیپلماتیک خود را با ایران قطع می‌کند و به دیپلمات‌های ایرانی ۲۴ ساعت فرصت داده است.";
        String cut = Teasers.cut(text, 60, new Locale("fa"));
        assertTrue(cut.endsWith("…"));
        String head = cut.substring(0, cut.length() - 1);
        assertTrue(text.startsWith(head + " "), "ends at a whole word: " + cut);
        assertTrue(length(cut) <= 61);
    }

    @Test
    void neverSplitsASurrogatePairOrAnAccentFromItsLetter() {
        String emoji = "😀".repeat(150);
        String cut = Teasers.cut(emoji, 100, Locale.ENGLISH);
        assertEquals("😀".repeat(100) + "…", cut);
        String decomposed = Normalizer.normalize("é".repeat(150), Normalizer.Form.NFD); // e + combining accent
        String accents = Teasers.cut(decomposed, 99, Locale.FRENCH);
        String before = accents.substring(0, accents.length() - 1);
        assertEquals(0, before.length() % 2, "whole e+accent pairs: " + before.length());
    }

    @Test
    void refusesANonsenseLength() {
        assertThrows(IllegalArgumentException.class, () -> Teasers.cut("x", 0, Locale.ENGLISH));
    }
}
