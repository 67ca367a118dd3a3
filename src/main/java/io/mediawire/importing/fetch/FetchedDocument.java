package io.mediawire.importing.fetch;

import java.net.URI;
import java.nio.charset.Charset;

/**
 * A fetched page or feed.
 *
 * @param requestedUrl the address the editor asked for
 * @param finalUrl     the address that answered, after redirects
 * @param contentType  the media type only (no parameters), sniffed when the server sent none
 * @param charset      from the header, a byte order mark, the document's own declaration, else UTF-8
 * @param body         the decompressed bytes, never more than the policy's size cap
 */
public record FetchedDocument(URI requestedUrl, URI finalUrl, int status, String contentType, Charset charset,
        byte[] body) {

    /** The body decoded with {@link #charset()}, without a leading byte order mark. */
    public String text() {
        String s = new String(body, charset);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
