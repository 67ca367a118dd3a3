package io.mediawire.importing.fetch;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Locale;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a response body while it streams, decompressing gzip/deflate ourselves, and stops as soon as either the
 * bytes on the wire or the bytes after decompression pass the cap: a 100 KB gzip bomb never becomes 1 GB in memory.
 */
final class BoundedBody {

    private BoundedBody() {
    }

    /**
     * @param contentEncoding the Content-Encoding header, or null
     * @throws FetchException TOO_LARGE past {@code maxBytes}, UNSUPPORTED_CONTENT_TYPE for an encoding we did not ask
     *                        for, NETWORK for a corrupt stream; I/O failures of {@code raw} pass through
     */
    static byte[] read(InputStream raw, String contentEncoding, long maxBytes, WebAddress url) throws IOException {
        InputStream wire = new CappedStream(raw, maxBytes, url);
        InputStream decoded = decoder(wire, contentEncoding, url);
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(maxBytes, 64 * 1024));
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        try {
            for (int n; (n = decoded.read(buffer)) >= 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(maxBytes, url);
                }
                out.write(buffer, 0, n);
            }
        } catch (ZipException e) {
            throw new FetchException(FetchException.Reason.NETWORK, "corrupt compressed response from " + url);
        }
        return out.toByteArray();
    }

    static FetchException tooLarge(long maxBytes, WebAddress url) {
        return new FetchException(FetchException.Reason.TOO_LARGE,
                "too large: more than " + Describe.bytes(maxBytes) + " from " + url);
    }

    private static InputStream decoder(InputStream wire, String contentEncoding, WebAddress url) throws IOException {
        String encoding = contentEncoding == null ? "" : contentEncoding.trim().toLowerCase(Locale.ROOT);
        switch (encoding) {
            case "", "identity":
                return wire;
            case "gzip", "x-gzip":
                try {
                    return new GZIPInputStream(wire, 8 * 1024);
                } catch (ZipException | java.io.EOFException e) {
                    throw new FetchException(FetchException.Reason.NETWORK, "corrupt compressed response from " + url);
                }
            case "deflate":
                return inflater(wire);
            default:
                // we only ever ask for gzip and deflate; stacked encodings ("gzip, gzip") are a bomb pattern
                throw new FetchException(FetchException.Reason.UNSUPPORTED_CONTENT_TYPE,
                        "unsupported content encoding " + Describe.token(encoding) + " from " + url);
        }
    }

    /** "deflate" is meant to be zlib-wrapped, but some servers send raw deflate: look at the header to tell. */
    private static InputStream inflater(InputStream wire) throws IOException {
        PushbackInputStream in = new PushbackInputStream(wire, 2);
        int cmf = in.read();
        int flg = cmf < 0 ? -1 : in.read();
        if (flg >= 0) {
            in.unread(flg);
        }
        if (cmf >= 0) {
            in.unread(cmf);
        }
        boolean zlib = cmf >= 0 && flg >= 0 && (cmf & 0x0f) == 8 && ((cmf << 8) | flg) % 31 == 0;
        return new InflaterInputStream(in, new Inflater(!zlib), 8 * 1024);
    }

    /** Counts bytes as they arrive off the wire. */
    private static final class CappedStream extends FilterInputStream {
        private final long maxBytes;
        private final WebAddress url;
        private long count;

        CappedStream(InputStream in, long maxBytes, WebAddress url) {
            super(in);
            this.maxBytes = maxBytes;
            this.url = url;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws FetchException {
            count += n;
            if (count > maxBytes) {
                throw tooLarge(maxBytes, url);
            }
        }
    }
}
