package io.mediawire.host.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/** Writes a body, gzipped when allowed, worth it and accepted by the client, and not for HEAD. */
final class HttpBodies {
    static final int GZIP_MIN_BYTES = 1024;

    private HttpBodies() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, byte[] body) throws IOException {
        write(request, response, body, true);
    }

    static void write(HttpServletRequest request, HttpServletResponse response, byte[] body, boolean compressible)
            throws IOException {
        byte[] bytes = body;
        if (compressible && body.length >= GZIP_MIN_BYTES && acceptsGzip(request.getHeader("Accept-Encoding"))) {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream(body.length / 3);
            try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
                gzip.write(body);
            }
            bytes = zipped.toByteArray();
            response.setHeader("Content-Encoding", "gzip");
            String etag = response.getHeader("ETag");
            if (etag != null && etag.endsWith("\"")) {
                // Another representation needs another strong validator (as Jetty's GzipHandler does).
                response.setHeader("ETag", etag.substring(0, etag.length() - 1) + "--gzip\"");
            }
        }
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            try (OutputStream out = response.getOutputStream()) {
                out.write(bytes);
            }
        }
    }

    /** True when Accept-Encoding lists gzip (or *) without q=0. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.strip().split(";");
            String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
            if (coding.equals("gzip") || coding.equals("*")) {
                for (int i = 1; i < pieces.length; i++) {
                    String param = pieces[i].strip().replace(" ", "");
                    if (param.startsWith("q=") && param.substring(2).matches("0(\\.0{0,3})?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
