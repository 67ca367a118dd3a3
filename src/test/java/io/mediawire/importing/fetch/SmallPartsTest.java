package io.mediawire.importing.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.importing.fetch.FetchException.Reason;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** RetryAfter, MediaType, CharsetSniffer, BoundedBody and the policy on their own. */
class SmallPartsTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void retryAfterInSecondsOrAsAnHttpDate() {
        assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse("120", NOW));
        assertEquals(Optional.of(Duration.ofSeconds(90)), RetryAfter.parse("Thu, 26 Nov 2026 10:01:30 GMT", NOW));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Thu, 26 Nov 2026 09:00:00 GMT", NOW));
        assertEquals(Optional.empty(), RetryAfter.parse("soon", NOW));
        assertEquals(Optional.empty(), RetryAfter.parse("-5", NOW));
        assertEquals(Optional.empty(), RetryAfter.parse(null, NOW));
    }

    @Test
    void contentTypeHeaderParsing() {
        assertEquals(Optional.of(new MediaType("text/html", "Shift_JIS")),
                MediaType.parse("Text/HTML; Charset=\"Shift_JIS\""));
        assertEquals(Optional.of(new MediaType("application/rss+xml", null)), MediaType.parse("application/rss+xml"));
        assertEquals(Optional.empty(), MediaType.parse("  "));
    }

    @Test
    void charsetOrderIsBomThenHeaderThenDeclarationThenUtf8() {
        byte[] meta1251 = "<html><head><meta charset=windows-1251>".getBytes(StandardCharsets.US_ASCII);
        assertEquals(Charset.forName("windows-1251"), CharsetSniffer.detect(null, meta1251));
        assertEquals(Charset.forName("windows-1250"), CharsetSniffer.detect("windows-1250", meta1251));
        assertEquals(Charset.forName("windows-1251"), CharsetSniffer.detect("no-such-charset", meta1251));
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '<', 'p', '>'};
        assertEquals(StandardCharsets.UTF_8, CharsetSniffer.detect("windows-1251", bom));
        assertEquals(StandardCharsets.UTF_8, CharsetSniffer.detect(null, "<p>plain</p>".getBytes()));
    }

    @Test
    void declarationsOnlyCountNearTheStartAndOutsideComments() {
        String late = " ".repeat(5000) + "<meta charset=\"windows-1251\">";
        assertEquals(Optional.empty(), CharsetSniffer.declared(late.getBytes(StandardCharsets.US_ASCII)));
        String commented = "<!-- <meta charset=\"koi8-r\"> --><meta http-equiv=\"Content-Type\" "
                + "content=\"text/html; charset=EUC-JP\">";
        assertEquals(Optional.of(Charset.forName("EUC-JP")),
                CharsetSniffer.declared(commented.getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(Charset.forName("ISO-8859-15")), CharsetSniffer.declared(
                "<?xml version='1.0' encoding='ISO-8859-15'?><rss/>".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(StandardCharsets.UTF_8), CharsetSniffer.declared(
                "<meta charset=utf-16>".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void boundedBodyCountsDecodedBytes() throws Exception {
        WebAddress url = WebAddress.of(URI.create("http://example.com/"));
        byte[] ten = "0123456789".getBytes(StandardCharsets.US_ASCII);
        assertEquals(10, BoundedBody.read(new ByteArrayInputStream(ten), null, 10, url).length);
        FetchException e = assertThrows(FetchException.class,
                () -> BoundedBody.read(new ByteArrayInputStream(ten), "identity", 9, url));
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertEquals("too large: more than 9 bytes from http://example.com/", e.getMessage());
        assertEquals(Reason.UNSUPPORTED_CONTENT_TYPE, assertThrows(FetchException.class,
                () -> BoundedBody.read(new ByteArrayInputStream(ten), "br", 100, url)).reason());
        assertEquals(Reason.UNSUPPORTED_CONTENT_TYPE, assertThrows(FetchException.class,
                () -> BoundedBody.read(new ByteArrayInputStream(ten), "gzip, gzip", 100, url)).reason());
        assertEquals(Reason.NETWORK, assertThrows(FetchException.class,
                () -> BoundedBody.read(new ByteArrayInputStream(ten), "gzip", 100, url)).reason());
    }

    @Test
    void rawDeflateWithoutZlibHeaderIsAcceptedToo() throws Exception {
        WebAddress url = WebAddress.of(URI.create("http://example.com/"));
        java.util.zip.Deflater raw = new java.util.zip.Deflater(6, true);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream d = new java.util.zip.DeflaterOutputStream(out, raw)) {
            d.write("<p>raw deflate</p>".getBytes(StandardCharsets.US_ASCII));
        }
        assertEquals("<p>raw deflate</p>", new String(BoundedBody.read(
                new ByteArrayInputStream(out.toByteArray()), "deflate", 100, url), StandardCharsets.US_ASCII));
    }

    @Test
    void ipv6AddressesAreWrittenCompactly() throws Exception {
        for (String ip : new String[] {"::", "::1", "1::", "2001:db8::1", "fe80::1:0:0:1", "2001:db8:0:1:1:1:1:1",
                "fd00:ec2::254", "1:0:0:2::3"}) {
            assertEquals(ip, Describe.ip(java.net.InetAddress.getByName("[" + ip + "]")));
        }
    }

    @Test
    void policyDefaultsAreTheDocumentedOnes() {
        FetchPolicy p = FetchPolicy.defaults();
        assertEquals(Duration.ofSeconds(5), p.connectTimeout());
        assertEquals(Duration.ofSeconds(15), p.readTimeout());
        assertEquals(Duration.ofSeconds(30), p.deadline());
        assertEquals(5L * 1024 * 1024, p.maxBytes());
        assertEquals(5, p.maxRedirects());
        assertEquals(true, p.honourRobots());
        assertEquals("MediaWire/1.0 (+https://github.com/media-wire; newsroom importer)", p.userAgent());
        assertEquals("MediaWire", p.robotsToken());
        assertEquals(Duration.ofSeconds(10), p.maxRetryAfterWait());
        assertEquals(12, p.acceptedContentTypes().size());
        assertEquals(Optional.of(true), Optional.of(p.acceptedContentTypes().contains("application/feed+json")));
        assertTrue(p.acceptedContentTypes().containsAll(java.util.List.of("application/ninjs+json",
                "application/vnd.iptc.g2.newsitem+xml", "application/vnd.iptc.g2.newsmessage+xml")), "wire items");
        assertThrows(IllegalArgumentException.class, () -> p.withUserAgent("Bad\r\nX-Injected: 1"));
        assertThrows(IllegalArgumentException.class, () -> p.withMaxBytes(0));
    }
}
