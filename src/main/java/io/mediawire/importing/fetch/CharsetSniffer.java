package io.mediawire.importing.fetch;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how to decode a body: a byte order mark, then the Content-Type charset, then the document's own
 * declaration in its first 4 KB ({@code <meta charset>}, {@code <meta http-equiv>}, the XML declaration), else
 * UTF-8. The BOM goes first, as in browsers (WHATWG Encoding, "BOM sniff"): it is unambiguous evidence in the bytes
 * themselves, while a header is often a server default nobody set for this page.
 */
public final class CharsetSniffer {

    static final int PRESCAN_BYTES = 4096;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([a-z0-9][a-z0-9_.:+-]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml\\b[^>]*?\\bencoding\\s*=\\s*[\"']([a-z0-9][a-z0-9_.:+-]*)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT = Pattern.compile("<!--.*?(-->|$)", Pattern.DOTALL);

    private CharsetSniffer() {
    }

    public static Charset detect(String headerCharset, byte[] body) {
        Optional<Charset> bom = fromBom(body);
        if (bom.isPresent()) {
            return bom.get();
        }
        Optional<Charset> header = lookup(headerCharset, false);
        if (header.isPresent()) {
            return header.get();
        }
        return declared(body).orElse(StandardCharsets.UTF_8);
    }

    static Optional<Charset> fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    /** The charset the document declares about itself near its start. */
    static Optional<Charset> declared(byte[] body) {
        // ISO-8859-1 maps bytes to chars one to one, so ASCII declarations read correctly whatever the real charset
        String head = new String(body, 0, Math.min(PRESCAN_BYTES, body.length), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            Optional<Charset> c = lookup(xml.group(1), true);
            if (c.isPresent()) {
                return c;
            }
        }
        Matcher meta = META_CHARSET.matcher(COMMENT.matcher(head).replaceAll(""));
        while (meta.find()) {
            Optional<Charset> c = lookup(meta.group(1), true);
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    /**
     * The Java charset for a label, with the substitutions browsers make: pages labelled ISO-8859-1 or ASCII are
     * decoded as windows-1252 (its curly quotes are what those pages really contain), GB2312 as GBK, Shift_JIS as
     * windows-31j. A UTF-16 label inside the document itself cannot be true (we just read it as ASCII), so UTF-8.
     */
    static Optional<Charset> lookup(String label, boolean declaredInDocument) {
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        String l = label.trim().toLowerCase(Locale.ROOT);
        if (declaredInDocument && l.startsWith("utf-16")) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        String name = switch (l) {
            case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "cp819", "us-ascii", "ascii" ->
                    "windows-1252";
            case "gb2312", "x-gbk", "csgb2312" -> "GBK";
            case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji" -> "windows-31j";
            default -> l;
        };
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException e) { // illegal or unsupported name: try the next source
            return Optional.empty();
        }
    }
}
