package io.mediawire.importing.feed;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a feed body to text. Order of trust, as RFC 7303 has it for XML: a byte order mark, then the charset the
 * server declared, then (XML only) the encoding in the XML declaration, then UTF-8. One exception: a server's
 * "UTF-8" that the bytes contradict gives way to an encoding the XML declaration names.
 * Like browsers, ISO-8859-1 and US-ASCII are read as windows-1252: feeds labelled Latin-1 are full of cp1252 curly
 * quotes, and the C1 control characters Latin-1 would give are never what the author meant.
 */
final class FeedCharset {
    private static final Pattern XML_DECLARATION_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._:-]*)[\"']");
    private static final Pattern CONTENT_TYPE_CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private FeedCharset() {
    }

    /** @return the charset parameter of a Content-Type header value, or null */
    static String fromContentType(String contentType) {
        if (contentType == null) return null;
        Matcher m = CONTENT_TYPE_CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    static String decode(byte[] body, String declaredCharset) {
        int bomLength = 0;
        Charset charset = null;
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bomLength = 3;
        } else if (startsWith(body, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bomLength = 2;
        } else if (startsWith(body, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bomLength = 2;
        }
        if (charset == null) {
            charset = lookup(declaredCharset);
            // servers that label everything UTF-8 are common; when the bytes prove the label wrong and the document
            // names its own encoding, believe the document
            if (charset == StandardCharsets.UTF_8 && !isValidUtf8(body)) {
                Charset fromDeclaration = fromXmlDeclaration(body);
                if (fromDeclaration != null) charset = fromDeclaration;
            }
        }
        if (charset == null && startsWith(body, 0x00, '<', 0x00, '?')) charset = StandardCharsets.UTF_16BE;
        if (charset == null && startsWith(body, '<', 0x00, '?', 0x00)) charset = StandardCharsets.UTF_16LE;
        if (charset == null) charset = fromXmlDeclaration(body);
        if (charset == null) charset = StandardCharsets.UTF_8;
        String text = new String(body, bomLength, body.length - bomLength, charset);
        // a BOM that disagrees with the declared charset was decoded as text; it is still not content
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Charset fromXmlDeclaration(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1);
        Matcher m = XML_DECLARATION_ENCODING.matcher(head);
        if (!m.find()) return null;
        Charset charset = lookup(m.group(1));
        // a UTF-16 label on bytes that read as ASCII (we just matched it) is a wrong label
        if (charset != null && charset.name().startsWith("UTF-16")) return null;
        return charset;
    }

    private static boolean isValidUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Charset lookup(String name) {
        if (name == null || name.isBlank()) return null;
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("iso8859-1") || n.equals("us-ascii") || n.equals("ascii")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
