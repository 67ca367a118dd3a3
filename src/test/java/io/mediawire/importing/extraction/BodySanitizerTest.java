package io.mediawire.importing.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import org.junit.jupiter.api.Test;

class BodySanitizerTest {

    private static final URI BASE = URI.create("https://agency.example/world/story.html");

    private static String clean(String html) {
        return BodySanitizer.sanitize(html, BASE).replaceAll("\\s*\n\\s*", "");
    }

    @Test
    void keepsSafeStructure() {
        assertEquals("<h2>Title</h2><p>One <em>two</em> <strong>three</strong></p><ul><li>a</li></ul>"
                + "<table><tbody><tr><td>1</td></tr></tbody></table>",
            clean("<h2>Title</h2><p>One <em>two</em> <strong>three</strong></p><ul><li>a</li></ul><table><tr><td>1</td></tr></table>"));
    }

    @Test
    void linksBecomeAbsoluteWithRel() {
        assertEquals("<p><a href=\"https://agency.example/world/other.html\" rel=\"nofollow noopener\">other</a></p>",
            clean("<p><a href='other.html' target=_blank class=x title=t>other</a></p>"));
    }

    @Test
    void scriptUrlsAreUnlinked() {
        for (String href : new String[] {"javascript:alert(1)", " JAVASCRIPT:alert(1)", "java\tscript:alert(1)",
            "vbscript:x", "data:text/html,<script>alert(1)</script>", "jav&#x0A;ascript:alert(1)"}) {
            assertEquals("<p>click</p>", clean("<p><a href=\"" + href.replace("\"", "&quot;") + "\">click</a></p>"), href);
        }
    }

    @Test
    void eventAndStyleAttributesGo() {
        assertEquals("<p>text</p>", clean("<p onclick='x()' style='color:red' id=a class=b>text</p>"));
        assertEquals("<p><img src=\"https://agency.example/i.jpg\" alt=\"i\" width=\"10\" height=\"20\"></p>",
            clean("<img src='/i.jpg' alt=i width=10 height=20 onerror='x()' style='a' srcset='z.jpg 2x'>"));
    }

    @Test
    void dangerousElementsGoWithTheirContent() {
        String out = clean("<p>a</p><script>alert(1)</script><style>p{}</style><iframe src=//x>frame</iframe>"
            + "<form><input value=v><button>b</button></form><object>o</object><embed src=e><svg><text>s</text></svg><p>b</p>");
        assertEquals("<p>a</p><p>b</p>", out);
    }

    @Test
    void linksWithoutAUsableTargetAreUnwrapped() {
        assertEquals("<p>top of page and empty</p>", clean("<p><a name=top>top</a> of page and <a href=''>empty</a></p>"));
    }

    @Test
    void imageSizesAreKeptOnlyAsNumbers() {
        assertEquals("<p><img src=\"https://agency.example/i.jpg\" height=\"20\"></p>",
            clean("<img src='/i.jpg' width='100%' height=' 20 '>"));
    }

    @Test
    void imagesWithoutSafeSourceAreDropped() {
        assertEquals("<p>x</p>", clean("<p>x<img src='data:image/png;base64,AAAA'><img src='javascript:a()'><img></p>"));
    }

    @Test
    void looseTextInContainersBecomesParagraphs() {
        assertEquals("<p>first line</p><p>second</p><p>third</p>",
            clean("<div>first line<br><br>second<div>third</div></div>"));
    }

    @Test
    void unknownInlineTagsAreUnwrappedKeepingText() {
        assertEquals("<p>a big word</p>", clean("<p>a <span class=x><font color=red>big</font></span> word</p>"));
    }

    @Test
    void h1InsideBodyBecomesH2() {
        assertEquals("<h2>Part two</h2>", clean("<h1>Part two</h1>"));
    }

    @Test
    void outputHasNoAttributesOutsideTheSafeList() {
        String out = clean("<blockquote cite='x' onmouseover='y'><p lang=en dir=rtl>q</p></blockquote>");
        assertEquals("<blockquote><p>q</p></blockquote>", out);
        assertFalse(out.contains("cite"));
    }
}
