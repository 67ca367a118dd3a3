package io.mediawire.host.rendering;

import io.mediawire.templating.ContentMaps;
import io.mediawire.templating.MediaWireFunctions;
import io.mediawire.templating.RelativeTime;
import io.mediawire.templating.TextDirection;
import io.mediawire.templating.TimeMarkers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatingFunctionsTest {
    static final Messages EN = new Messages(Locale.ENGLISH, Map.of("mw.time.datePattern", "d MMMM yyyy"), null);
    final RenderContext context = new RenderContext(EN, new RelativeTime(ZoneId.of("UTC"), EN));
    final TemplatingFunctions cmsfn = new TemplatingFunctions(null, context);
    final MediaWireFunctions mwfn = new MediaWireFunctions(null, context, new TimeMarkers(), null);

    @Test
    void decodeTurnsTextIntoMarkupAndLeavesOtherValues() throws Exception {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("body", "<p>As <b>stored</b></p>");
        content.put("tags", List.of("a"));
        Map<String, Object> decoded = cmsfn.decode(content);
        assertEquals("<p>As <b>stored</b></p>",
                HTMLOutputFormat.INSTANCE.getMarkupString((TemplateHTMLOutputModel) decoded.get("body")));
        assertEquals(List.of("a"), decoded.get("tags"));
        assertEquals(content, cmsfn.encode(decoded));
    }

    @Test
    void linksArePercentEncodedPaths() {
        assertEquals("/media-wire/2025/03/12/albania-cuts-ties", cmsfn.link(Map.of("@path", "/2025/03/12/albania-cuts-ties")));
        assertEquals("/media-wire/2025/03/12/%D8%A2%D9%84%D8%A8%D8%A7%D9%86%DB%8C",
                cmsfn.link(Map.of("@path", "/2025/03/12/آلبانی")));
        assertEquals("/media-wire/", cmsfn.link(Map.of("@path", "/media-wire", "@nodeType", "mgnl:page")), "a page of the website workspace");
        assertNull(cmsfn.link(Map.of()));
    }

    @Test
    void abbreviateStringStripsTagsAndUsesTheSuffix() {
        String html = "<p>Seven mountain villages have voted to merge their school transport into one network.</p>";
        assertEquals("Seven mountain villages have...", cmsfn.abbreviateString(html, 30));
        assertEquals("Seven mountain villages have [more]", cmsfn.abbreviateString(html, 30, " [more]"));
        assertEquals("Short", cmsfn.abbreviateString("<b>Short</b>", 30));
        assertEquals("en", cmsfn.language());
    }

    @Test
    void jsonIsSafeInsideAScriptBlock() throws Exception {
        String json = HTMLOutputFormat.INSTANCE.getMarkupString(mwfn.json("</script><script>alert('x & y')</script>\u2028"));
        assertEquals("\"\\u003c/script\\u003e\\u003cscript\\u003ealert('x \\u0026 y')\\u003c/script\\u003e\\u2028\"", json);
        assertTrue(HTMLOutputFormat.INSTANCE.getMarkupString(mwfn.json(Map.of("a", 1))).equals("{\"a\":1}"));
    }

    @Test
    void directionOfLanguages() {
        for (String rtl : List.of("fa", "fa-IR", "ar", "ar-EG", "he", "ur", "ps", "ku-Arab", "az-Arab", "yi", "ckb")) {
            assertEquals("rtl", TextDirection.of(rtl), rtl);
        }
        for (String ltr : List.of("en", "de", "tr", "ku", "az", "az-Latn", "zh-Hans", "")) {
            assertEquals("ltr", TextDirection.of(ltr), ltr);
        }
        assertEquals("ltr", TextDirection.of(null));
    }
}
