package io.mediawire.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FullTextTest {
    @Test
    void wordsAreLowerCasedSoOperatorsAreSearchedNotObeyed() {
        assertEquals("harbour or strike", FullText.expression("  Harbour OR  Strike "));
    }

    @Test
    void querySyntaxIsEscaped() {
        assertEquals("covid\\-19 o\\'brien \\\"quoted\\\" wild\\*", FullText.expression("COVID-19 O'Brien \"quoted\" wild*"));
        assertEquals("\\-minus a\\:b \\(x\\)", FullText.expression("-minus a:b (x)"));
    }

    @Test
    void nothingSearchableGivesNull() {
        assertNull(FullText.expression(null));
        assertNull(FullText.expression("   "));
        assertNull(FullText.expression("\" ( * -"));
    }
}
