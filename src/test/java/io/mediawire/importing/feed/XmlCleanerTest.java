package io.mediawire.importing.feed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XmlCleanerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `<t>Tom & Jerry</t>`                         | `<t>Tom &amp; Jerry</t>`
            `<t>a&nbsp;b&eacute;</t>`                    | `<t>a&#160;b&#233;</t>`
            `<t>&amp;&lt;&gt;&quot;&apos;</t>`           | `<t>&amp;&lt;&gt;&quot;&apos;</t>`
            `<t>&#8217;&#x2019;</t>`                     | `<t>&#8217;&#x2019;</t>`
            `<t>&#0;&#x1;&#xFFFE;ok</t>`                 | `<t>ok</t>`
            `<t>&bogus; &#; &#xZZ;</t>`                  | `<t>&amp;bogus; &amp;#; &amp;#xZZ;</t>`
            `<t>a < b, 1<2</t>`                          | `<t>a &lt; b, 1&lt;2</t>`
            `<a href="/x?a=1&b=2">y</a>`                 | `<a href="/x?a=1&amp;b=2">y</a>`
            `<a title="1 < 2">y</a>`                     | `<a title="1 &lt; 2">y</a>`
            `<t><![CDATA[a & b < c &nbsp;]]></t>`        | `<t><![CDATA[a & b < c &nbsp;]]></t>`
            `<t><!-- a & b --></t>`                      | `<t><!-- a & b --></t>`
            `   <?xml version="1.0"?><t/>`               | `<?xml version="1.0"?><t/>`
            `<!-- c --><?xml version="1.0"?><t/>`        | `<!-- c --><t/>`
            `<?xml-stylesheet href="a&b"?><t/>`          | `<?xml-stylesheet href="a&b"?><t/>`
            """)
    void repairs(String in, String expected) {
        assertEquals(expected, XmlCleaner.clean(in).text());
    }

    @Test
    void dropsCharactersXmlForbidsAndKeepsLineBreaks() {
        assertEquals("<t>a\nb\tc\r\nd\uD83D\uDE00</t>", XmlCleaner.clean("<t>a\u0000\n\u000Bb\tc\r\n\u001Fd\uD800\uD83D\uDE00\uFFFF</t>").text());
    }

    @Test
    void reportsEntityDeclarationsOnlyInTheDoctype() {
        assertTrue(XmlCleaner.clean("<!DOCTYPE r [<!ENTITY a \"b\">]><r>&a;</r>").declaresEntities());
        assertFalse(XmlCleaner.clean("<!DOCTYPE rss SYSTEM \"rss.dtd\"><rss/>").declaresEntities());
        assertFalse(XmlCleaner.clean("<rss><d><![CDATA[<!DOCTYPE x [<!ENTITY a \"b\">]>]]></d></rss>").declaresEntities());
    }
}
