package io.mediawire.importing.wire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * IPTC's schemas and agencies' example items, kept beside the project (never copied into it):
 * {@code ../shared/wire-standards} from the project directory, or the {@code mediawire.wireStandards}
 * system property.
 */
public final class WireStandards {
    private WireStandards() {
    }

    public static Path dir() {
        String configured = System.getProperty("mediawire.wireStandards");
        Path dir = configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.dir")).resolve("../shared/wire-standards").normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("the wire standards are not at " + dir
                    + ": set -Dmediawire.wireStandards=<dir> (IPTC ninjs and NewsML-G2 schemas and examples)");
        }
        return dir;
    }

    public static Path file(String relative) {
        return dir().resolve(relative);
    }

    public static List<Path> files(String relative) {
        try (Stream<Path> files = Files.list(dir().resolve(relative))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
