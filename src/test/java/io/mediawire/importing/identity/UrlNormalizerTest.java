package io.mediawire.importing.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UrlNormalizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            HTTP://Example.COM/Path/To                                  | http://example.com/Path/To
            http://example.com                                          | http://example.com/
            https://example.com?id=1                                    | https://example.com/?id=1
            http://example.com:80/a                                     | http://example.com/a
            https://example.com:443/a                                   | https://example.com/a
            http://example.com:443/a                                    | http://example.com:443/a
            https://example.com:8443/a                                  | https://example.com:8443/a
            http://EXAMPLE.com:0080/                                    | http://example.com/
            http://example.com:/a                                       | http://example.com/a
            https://example.com/story#comments                          | https://example.com/story
            https://example.com/a/./b/../c                              | https://example.com/a/c
            https://example.com/a/b/..                                  | https://example.com/a/
            https://example.com/../../a                                 | https://example.com/a
            https://example.com/a/%2e%2E/b                              | https://example.com/b
            https://example.com/%7euser/%2fx%3a                         | https://example.com/~user/%2Fx%3A
            https://example.com/%41%42c                                 | https://example.com/ABc
            https://example.com/100%                                    | https://example.com/100%25
            https://example.com/a b                                     | https://example.com/a%20b
            https://example.com/café                                    | https://example.com/caf%C3%A9
            https://example.com/caf%c3%a9                               | https://example.com/caf%C3%A9
            http://münchen.de/straße                                    | http://xn--mnchen-3ya.de/stra%C3%9Fe
            http://BÜCHER.example/                                      | http://xn--bcher-kva.example/
            http://example.com./a                                       | http://example.com/a
            http://user:secret@example.com/a                            | http://example.com/a
            http://[2001:DB8::1]:80/a                                   | http://[2001:db8::1]/a
            http://192.168.0.1:8080/x                                   | http://192.168.0.1:8080/x
            "  https://example.com/a  "                                 | https://example.com/a
            https://example.com/a?                                      | https://example.com/a
            https://example.com/a?b=2&a=1                               | https://example.com/a?b=2&a=1
            https://example.com/a?utm_source=rss&id=5&utm_medium=feed   | https://example.com/a?id=5
            https://example.com/a?UTM_Source=x&q=1                      | https://example.com/a?q=1
            https://example.com/a?%75tm_campaign=x&q=1                  | https://example.com/a?q=1
            https://example.com/a?fbclid=IwAR0abc                       | https://example.com/a
            https://example.com/a?gclid=1&dclid=2&msclkid=3&_ga=4       | https://example.com/a
            https://example.com/a?mc_cid=1&mc_eid=2&igshid=3&ocid=4     | https://example.com/a
            https://example.com/a?cmpid=1&sr_share=2&page=3             | https://example.com/a?page=3
            https://www.bbc.com/news/world-1?at_medium=RSS&at_campaign=K | https://www.bbc.com/news/world-1
            https://example.com/a?ref_src=twsrc%5Etfw&page=2            | https://example.com/a?page=2
            https://example.com/a?x=1&&y=2&                             | https://example.com/a?x=1&y=2
            https://example.com/a?q=a+b&s=%20&t=%7e                     | https://example.com/a?q=a+b&s=%20&t=~
            https://example.com/a?flag&empty=                           | https://example.com/a?flag&empty=
            https://example.com/a?utm_source=x#section                  | https://example.com/a
            https://example.com/a?next=/b?c=d                           | https://example.com/a?next=/b?c=d
            https://example.com/a?tags[]=x                              | https://example.com/a?tags%5B%5D=x
            https://example.com/a//b                                    | https://example.com/a//b
            "https://exam\tple.com/a\n"                                 | https://example.com/a
            http://example.com\\@evil.example/a                         | http://example.com/@evil.example/a
            https://example.com\\a\\b?q=c\\d                            | https://example.com/a/b?q=c%5Cd
            """)
    void normalizes(String input, String expected) {
        assertEquals(expected, UrlNormalizer.normalize(input.replace("\\t", "\t").replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""                              | URL is empty
            "   "                           | URL is empty
            example.com/a                   | URL has no scheme: 'example.com/a'
            /relative/path                  | URL has no scheme: '/relative/path'
            ftp://example.com/file          | unsupported scheme 'ftp' (only http and https): 'ftp://example.com/file'
            javascript:alert(1)             | unsupported scheme 'javascript' (only http and https): 'javascript:alert(1)'
            http:///a                       | URL has no host: 'http:///a'
            http:example.com/a              | URL has no host: 'http:example.com/a'
            http://example.com:99999/       | invalid port '99999' in URL 'http://example.com:99999/'
            http://example.com:8o/          | invalid port '8o' in URL 'http://example.com:8o/'
            http://exa mple.com/            | invalid host 'exa mple.com' in URL 'http://exa mple.com/'
            http://a..b/                    | invalid host 'a..b' in URL 'http://a..b/': Empty label is not a legal name
            http://[::1/                    | invalid host '[::1' in URL 'http://[::1/'
            """)
    void rejects(String input, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UrlNormalizer.normalize(input));
        assertEquals(message, e.getMessage());
    }

    @Test
    void rejectsNull() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UrlNormalizer.normalize(null));
        assertEquals("URL is null", e.getMessage());
    }

    @Test
    void isIdempotent() {
        String once = UrlNormalizer.normalize("HTTPS://Example.com:443/a/../b%7e/c d?utm_source=x&q=%e2%82%ac#f");
        assertEquals("https://example.com/b~/c%20d?q=%E2%82%AC", once);
        assertEquals(once, UrlNormalizer.normalize(once));
    }

    @Test
    void keepsSchemeApart() {
        assertEquals("http://example.com/a", UrlNormalizer.normalize("http://example.com/a"));
        assertEquals("https://example.com/a", UrlNormalizer.normalize("https://example.com/a"));
    }

    @Test
    void reserialisingKeepsEveryParameterButEncodesWhatMayNotStandRaw() {
        assertEquals("https://img.example/a.png%22%20onerror=%22alert(1)",
                UrlNormalizer.reserialize("https://img.example/a.png\" onerror=\"alert(1)"));
        assertEquals("https://cdn.example/i.jpg?w=1200&utm_source=x&&h=", UrlNormalizer.reserialize("HTTPS://CDN.example:443/i.jpg?w=1200&utm_source=x&&h=#top"));
        assertEquals("https://cdn.example/%3Cb%3E?q=%3Cscript%3E", UrlNormalizer.reserialize("https://cdn.example/<b>?q=<script>"));
        for (String bad : List.of("javascript:alert(1)", "//cdn.example/a.png", "https://", "data:image/png;base64,AAAA")) {
            assertThrows(IllegalArgumentException.class, () -> UrlNormalizer.reserialize(bad), bad);
        }
    }
}
