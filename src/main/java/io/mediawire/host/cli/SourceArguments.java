package io.mediawire.host.cli;

import io.mediawire.importing.ImportException;
import io.mediawire.importing.ImportSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** Command-line words to import sources: an http(s) URL, or a saved file (with --base-url). */
final class SourceArguments {
    private SourceArguments() {
    }

    static ImportSource parse(String argument, URI baseUrl) {
        if (argument.matches("(?i)^https?://.*")) {
            return ImportSource.url(argument);
        }
        if (argument.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
            throw new ImportException("only http and https addresses can be imported: " + argument);
        }
        Path file = Path.of(argument);
        if (!Files.isRegularFile(file)) {
            throw new ImportException("no such file: " + argument + " (give an http(s) URL or a saved page)");
        }
        try {
            long size = Files.size(file);
            if (size > ImportSource.MAX_FILE_BYTES) {
                throw new ImportException(argument + " is " + size + " bytes; a file to import may have at most "
                        + ImportSource.MAX_FILE_BYTES + " (not read)");
            }
            return new ImportSource.Saved(Files.readAllBytes(file), baseUrl, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + argument + ": " + e.getMessage(), e);
        }
    }
}
