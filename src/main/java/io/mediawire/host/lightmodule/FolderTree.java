package io.mediawire.host.lightmodule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A light module in a folder: edits show up without a restart in development mode.
 *
 * <p>Only files whose real path lies inside the module's folder belong to it: a symbolic link
 * (or a link in a parent folder) that leads out of the folder is not followed, so a link placed
 * among the web resources cannot serve a file from elsewhere on the machine. Links within the
 * folder work, and the module folder itself may be a link.
 */
public final class FolderTree implements ResourceTree {
    private final Path folder;
    private final Path root;

    public FolderTree(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        this.root = realPath(this.folder);
    }

    private static Path realPath(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder; // not there (yet): nothing resolves inside it anyway
        }
    }

    @Override
    public String module() {
        return folder.getFileName().toString();
    }

    @Override
    public List<String> list() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(this::inside)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
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
        } catch (IOException escapesOrMissing) {
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

    /** The file's real path; fails for a missing file and for a path or link that leads out of the module. */
    private Path resolve(String path) throws IOException {
        Path resolved = root.resolve(path).normalize();
        if (!resolved.startsWith(root)) {
            throw new IOException("path escapes the light module: " + path);
        }
        Path real = resolved.toRealPath();
        if (!real.startsWith(root)) {
            throw new IOException("a link leads out of the light module: " + path);
        }
        return real;
    }

    private boolean inside(Path file) {
        try {
            return file.toRealPath().startsWith(root);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String origin() {
        return folder.toString();
    }
}
