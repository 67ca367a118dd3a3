package io.mediawire.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder wire services drop files into (ninjs, NewsML, saved pages), scanned again and again: a file is taken
 * only once it is complete, that is once its size and modification time have not changed for {@code settle} by
 * the module's clock (a file still being written, or copied in pieces, changes between scans). Each file taken
 * is imported by itself and moved to {@code done/}, or to {@code failed/} when none of its items could be
 * stored, with a {@code <name>.reason.txt} saying why item by item; a bad file never stops the others. Files
 * larger than {@code maxBytes} are not read at all. Hidden files and the usual partial-download names
 * ({@code .part}, {@code .tmp}, {@code .crdownload}) are left alone until renamed.
 */
public final class WatchedFolder {
    private static final Logger LOG = LoggerFactory.getLogger(WatchedFolder.class);
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    /** What taking one file did. */
    public record Taken(String name, boolean failed, List<String> lines) {
    }

    private record Seen(long size, Instant modified, Instant since) {
    }

    private final Path folder;
    private final Clock clock;
    private final Duration settle;
    private final long maxBytes;
    private final BiFunction<String, byte[], List<ItemResult>> importer;
    private final Map<Path, Seen> seen = new HashMap<>();

    /**
     * @param importer imports one file's bytes under its name and returns each item's result
     */
    public WatchedFolder(Path folder, Clock clock, Duration settle, long maxBytes,
                         BiFunction<String, byte[], List<ItemResult>> importer) throws IOException {
        this.folder = folder;
        this.clock = clock;
        this.settle = settle;
        this.maxBytes = maxBytes;
        this.importer = importer;
        Files.createDirectories(folder.resolve(DONE));
        Files.createDirectories(folder.resolve(FAILED));
    }

    public Path folder() {
        return folder;
    }

    /** One look at the folder: takes every file complete by now; returns what was taken, in name order. */
    public synchronized List<Taken> scan() {
        Instant now = clock.instant();
        List<Path> ready = new ArrayList<>();
        Map<Path, Seen> present = new HashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (!candidate(file)) {
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                Seen before = seen.get(file);
                Instant modified = attributes.lastModifiedTime().toInstant();
                Seen current = before != null && before.size() == attributes.size() && before.modified().equals(modified)
                        ? before : new Seen(attributes.size(), modified, now);
                present.put(file, current);
                if (current == before && !now.isBefore(before.since().plus(settle))) {
                    ready.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the watched folder " + folder, e);
        }
        seen.clear();
        seen.putAll(present);
        ready.sort(null);
        List<Taken> taken = new ArrayList<>();
        for (Path file : ready) {
            seen.remove(file);
            taken.add(take(file));
        }
        return taken;
    }

    private static boolean candidate(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && !name.startsWith(".") && !name.endsWith(".part") && !name.endsWith(".tmp")
                && !name.endsWith(".crdownload") && !name.endsWith(".reason.txt");
    }

    private Taken take(Path file) {
        String name = file.getFileName().toString();
        List<String> lines = new ArrayList<>();
        boolean failed;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                lines.add("failed: the file is " + size + " bytes, more than the " + maxBytes + " a file may have; not read");
                failed = true;
            } else if (size == 0) {
                lines.add("failed: the file is empty");
                failed = true;
            } else {
                List<ItemResult> results = importer.apply(name, Files.readAllBytes(file));
                results.forEach(r -> lines.add(r.input() + ": " + r.describeWithWarnings()));
                failed = results.stream().allMatch(r -> r.outcome() == ItemResult.Outcome.FAILED);
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("Importing {} from the watched folder failed", file, e);
            lines.add("failed: " + e.getMessage());
            failed = true;
        }
        try {
            Path target = free(folder.resolve(failed ? FAILED : DONE), name);
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            if (failed || lines.stream().anyMatch(l -> l.contains("failed: "))) {
                Files.writeString(target.resolveSibling(target.getFileName() + ".reason.txt"),
                        String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            LOG.error("Could not move {} out of the watched folder", file, e);
        }
        LOG.info("{} from the watched folder: {}", name, failed ? "failed" : "imported");
        return new Taken(name, failed, List.copyOf(lines));
    }

    /** {@code name} in {@code dir}, or {@code name-2}, {@code name-3}... when a file of that name is there already. */
    private static Path free(Path dir, String name) {
        Path target = dir.resolve(name);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; Files.exists(target); n++) {
            target = dir.resolve(stem + "-" + n + extension);
        }
        return target;
    }
}
