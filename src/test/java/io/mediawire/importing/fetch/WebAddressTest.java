package io.mediawire.importing.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mediawire.importing.fetch.FetchException.Reason;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebAddressTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "HTTP://News.Example.COM./a?b=1#top, http://news.example.com/a?b=1",
            "https://example.com:443, https://example.com/",
            "http://example.com:8080/x, http://example.com:8080/x",
            "http://2130706433:8080/, http://127.0.0.1:8080/",
            "http://0x7f.1/, http://127.0.0.1/",
            "http://127.0.0.1./, http://127.0.0.1/",
            "http://\uff11\uff12\uff17.\uff10.\uff10.\uff11/, http://127.0.0.1/",
            "http://127\u30020\u30020\u30021/, http://127.0.0.1/",
            "http://%31%32%37.0.0.1/, http://127.0.0.1/",
            "http://[::FFFF:127.0.0.1]/, http://127.0.0.1/",
            "http://[2001:DB8::1]/, http://[2001:db8::1]/",
    })
    void normalizesTheHostTheConnectionWillSee(String in, String expected) throws Exception {
        assertEquals(URI.create(expected), WebAddress.of(URI.create(in)).uri());
    }

    @Test
    void internationalNamesBecomePunycode() throws Exception {
        WebAddress a = WebAddress.of(URI.create("http://café.example/menu"));
        assertEquals("xn--caf-dma.example", a.host());
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://example.com/", "jar:file:/a.jar!/b", "gopher://example.com/",
            "javascript:alert(1)", "mailto:a@example.com", "/relative/only", "http:///no-host", "http://example.com:0/",
            "http://example.com:99999/", "http://1.2.3.999/", "http://exa_mple.com/"})
    void refusesWhatIsNoFetchableWebAddress(String url) {
        FetchException e = assertThrows(FetchException.class, () -> WebAddress.of(URI.create(url)));
        assertEquals(Reason.BAD_URL, e.reason(), url);
    }

    @Test
    void refusesUserInfoWithoutEchoingIt() {
        FetchException e = assertThrows(FetchException.class,
                () -> WebAddress.of(URI.create("https://admin:s3cret@example.com/")));
        assertEquals(Reason.BAD_URL, e.reason());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
        assertFalse(e.getMessage().contains("admin"), e.getMessage());
    }

    @Test
    void resolvesMessyRedirectLocations() throws Exception {
        WebAddress base = WebAddress.of(URI.create("https://example.com/news/2026/story"));
        assertEquals(URI.create("https://example.com/news/other"), base.redirect("../other").uri());
        assertEquals(URI.create("https://cdn.example.com/x"), base.redirect("//cdn.example.com/x").uri());
        assertEquals(URI.create("https://example.com/a%20b/caf%C3%A9"), base.redirect("/a b/café").uri());
        assertEquals(Reason.BAD_URL, assertThrows(FetchException.class,
                () -> base.redirect("gopher://example.com/")).reason());
    }

    @Test
    void robotsTxtSeesTheRawPathAndQuery() throws Exception {
        WebAddress a = WebAddress.of(URI.create("http://example.com:8080/a%2Fb?q=1&x"));
        assertEquals("/a%2Fb?q=1&x", a.pathAndQuery());
        assertEquals("http://example.com:8080", a.origin());
    }
}
