package io.mediawire.host.lightmodule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A light module in a folder: edits show up without a restart in development mode. */
public final class FolderTree implements ResourceTree {
    private final Path folder;

    public FolderTree(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    @Override
    public String module() {
        return folder.getFileName().toString();
    }

    @Override
    public List<String> list() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith(".") && !p.contains("/."))
                    .sorted().toList();
        }
    }

    /** Asks the file system for one file instead of walking the folder: resources are read on every request. */
    @Override
    public boolean contains(String path) {
        if (path.startsWith(".") || path.contains("/.")) {
            return false; // hidden files are not part of the module, as in list()
        }
        try {
            return Files.isRegularFile(resolve(path));
        } catch (IOException escapes) {
            return false;
        }
    }

    @Override
    public byte[] read(String path) throws IOException {
        return Files.readAllBytes(resolve(path));
    }

    @Override
    public long lastModified(String path) {
        try {
            return Files.getLastModifiedTime(resolve(path)).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    private Path resolve(String path) throws IOException {
        Path resolved = folder.resolve(path).normalize();
        if (!resolved.startsWith(folder)) {
            throw new IOException("path escapes the light module: " + path);
        }
        return resolved;
    }

    @Override
    public String origin() {
        return folder.toString();
    }
}
