package io.mediawire.importing;

import java.net.URI;

/** One thing to import: an address on the web (an article or a feed), or a saved page. */
public sealed interface ImportSource {
    /** The most a file to import may hold (a wire file, a saved page): a larger one is refused before it is read. */
    long MAX_FILE_BYTES = 20L * 1024 * 1024;

    /** What the results call this source: the URL or the file name. */
    String label();

    record Url(URI url) implements ImportSource {
        @Override
        public String label() {
            return url.toString();
        }
    }

    /**
     * A page or feed saved to a file. {@code baseUrl} is where it came from: relative links resolve
     * against it and it is the source URL when the page names no canonical one. May be null.
     */
    record Saved(byte[] content, URI baseUrl, String name) implements ImportSource {
        @Override
        public String label() {
            return name;
        }
    }

    /** Parses a URL typed by an editor, naming the problem when it is not one. */
    static Url url(String text) {
        URI uri;
        try {
            uri = URI.create(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw new ImportException("not a URL: " + text);
        }
        if (uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))) {
            throw new ImportException("only http and https addresses can be imported: " + text);
        }
        // java.net.URI has no host for 127.1, 0x7f.1 or 127.0.0.1. but keeps the authority: what such a host
        // really is, and whether it may be reached, is the fetcher's address guard to say, with its reason.
        if (uri.getRawAuthority() == null || uri.getRawAuthority().isBlank()) {
            throw new ImportException("not a web address, it names no host: " + text);
        }
        return new Url(uri);
    }
}
