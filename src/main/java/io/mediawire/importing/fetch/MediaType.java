package io.mediawire.importing.fetch;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** A Content-Type header split into the media type and its charset parameter, plus sniffing when it is missing. */
record MediaType(String mime, String charset) {

    /** Parses "text/html; charset=UTF-8"; empty for a missing or blank header. */
    static Optional<MediaType> parse(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String[] parts = header.split(";");
        String mime = parts[0].trim().toLowerCase(Locale.ROOT);
        if (mime.isEmpty()) {
            return Optional.empty();
        }
        String charset = null;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase("charset")) {
                charset = p.substring(eq + 1).trim().replace("\"", "").replace("'", "");
            }
        }
        return Optional.of(new MediaType(mime, charset == null || charset.isEmpty() ? null : charset));
    }

    /**
     * Guesses the type of a body sent without Content-Type: markup starts with '<', JSON with '{'. Anything else is
     * not something the importer can use.
     * ('[' starts JSON too: an array of wire items.)
     */
    static Optional<String> sniff(byte[] body) {
        int i = 0;
        if (body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf) {
            i = 3;
        }
        while (i < body.length && (body[i] == ' ' || body[i] == '\t' || body[i] == '\r' || body[i] == '\n')) {
            i++;
        }
        if (i >= body.length) {
            return Optional.empty();
        }
        if (body[i] == '{' || body[i] == '[') { // an object, or an array of them (a wire's ninjs items)
            return Optional.of("application/json");
        }
        if (body[i] != '<') {
            return Optional.empty();
        }
        String head = new String(body, i, Math.min(1024, body.length - i), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (head.contains("<rss")) {
            return Optional.of("application/rss+xml");
        }
        if (head.contains("<feed")) {
            return Optional.of("application/atom+xml");
        }
        if (head.startsWith("<?xml") && !head.contains("<html")) {
            return Optional.of("application/xml");
        }
        return Optional.of("text/html");
    }
}
