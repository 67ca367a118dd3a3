package io.mediawire.host.repository;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The exclusive lock on a home folder ({@code media-wire.lock}), which also tells whether the
 * process that held it last stopped cleanly. While a process runs the file says so; a clean
 * stop empties it. A file that still says "running" when the lock is free again was left by a
 * process that was killed or crashed.
 */
final class HomeLock implements AutoCloseable {
    static final String FILE = "media-wire.lock";
    /** Jackrabbit's own lock file, which it deletes on shutdown: what homes from before our marker leave behind. */
    private static final String JACKRABBIT_LOCK = ".lock";

    private final FileChannel channel;
    private final FileLock lock;
    private final boolean previousRunUnclean;

    private HomeLock(FileChannel channel, FileLock lock, boolean previousRunUnclean) {
        this.channel = channel;
        this.lock = lock;
        this.previousRunUnclean = previousRunUnclean;
    }

    /** Takes the lock and marks the home as running; fails at once when another process holds it. */
    static HomeLock acquire(Path home) throws IOException {
        FileChannel channel = FileChannel.open(home.resolve(FILE), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new RepositoryInUseException(home, null);
            }
            boolean unclean = channel.size() > 0 || Files.exists(home.resolve(JACKRABBIT_LOCK));
            HomeLock homeLock = new HomeLock(channel, lock, unclean);
            homeLock.write("running since " + Instant.now() + " (process " + ProcessHandle.current().pid() + ")\n");
            return homeLock;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very JVM: still "in use"
        }
    }

    /** True when the last process on this home did not stop cleanly (killed, crashed, power cut). */
    boolean previousRunUnclean() {
        return previousRunUnclean;
    }

    /** Records a clean stop; call after the repository has shut down, before {@link #close}. */
    void markStopped() throws IOException {
        channel.truncate(0);
        channel.force(true);
    }

    private void write(String text) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(true);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
