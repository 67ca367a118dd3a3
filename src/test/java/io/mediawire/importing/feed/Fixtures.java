package io.mediawire.importing.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the fixture feeds under src/test/resources/fixtures/feeds. */
final class Fixtures {
    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/feeds/" + name)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
