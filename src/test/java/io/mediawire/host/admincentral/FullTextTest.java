package io.mediawire.host.admincentral;

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
    void searchTextStaysInsideItsQuotedLiteral() {
        String xpath = StoryBrowser.xpath(FullText.expression("x') or @sourceName = ('y"), StoryBrowser.Sort.HEADLINE);
        // Inside an XPath literal '' is one quote: the whole text stays one literal of escaped words.
        assertEquals("/jcr:root//element(*, mw:story)[jcr:contains(@headline, 'x\\''\\) or @sourcename \\(\\''y')"
                + " or jcr:contains(@body, 'x\\''\\) or @sourcename \\(\\''y')]"
                + " order by @headline ascending, @mgnl:created descending", xpath);
        assertEquals("/jcr:root//element(*, mw:story) order by @mgnl:created descending",
                StoryBrowser.xpath(null, StoryBrowser.Sort.IMPORTED));
    }

    @Test
    void nothingSearchableGivesNull() {
        assertNull(FullText.expression(null));
        assertNull(FullText.expression("   "));
        assertNull(FullText.expression("\" ( * -"));
    }
}
