package io.mediawire.importing.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void paragraphsAreSeparatedByOneBlankLine() {
        assertEquals("One.\n\nTwo three.\n\nA heading\n\nitem 1\n\nitem 2",
            PlainText.of("<p>One.</p>\n<p> Two &nbsp;three. </p><h2>A heading</h2><ul><li>item 1</li><li>item 2</li></ul>"));
    }

    @Test
    void whitespaceCollapsesAndBreaksAreLines() {
        assertEquals("a b\nc", PlainText.of("<p>a\n   b<br>c</p>"));
    }

    @Test
    void captionsAreNotRunningText() {
        assertEquals("Before.\n\nAfter.",
            PlainText.of("<p>Before.</p><figure><img src='https://x.example/a.jpg'><figcaption>A caption</figcaption></figure><p>After.</p>"));
    }

    @Test
    void emptyInputGivesEmptyText() {
        assertEquals("", PlainText.of(""));
        assertEquals("", PlainText.of((String) null));
    }
}
