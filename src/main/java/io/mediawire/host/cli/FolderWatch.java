package io.mediawire.host.cli;

import io.mediawire.importing.ImportProgress;
import io.mediawire.importing.ImportService;
import io.mediawire.importing.ImportSource;
import io.mediawire.importing.WatchedFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code serve --watch-folder}: scans the folder every second on a thread of its own, importing what is complete. */
final class FolderWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FolderWatch.class);
    static final String USER = "watch-folder";

    private final ScheduledExecutorService timer;

    private FolderWatch(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    static FolderWatch start(Path dir, Duration settle, boolean publish, ImportService imports, Clock clock)
            throws IOException {
        WatchedFolder folder = new WatchedFolder(dir, clock, settle, ImportSource.MAX_FILE_BYTES,
                (name, bytes) -> imports.importNow(List.of(new ImportSource.Saved(bytes, null, name)), publish, USER,
                        ImportProgress.NONE));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "media-wire-watch-folder");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                folder.scan();
            } catch (RuntimeException e) {
                LOG.error("Scanning the watched folder {} failed", dir, e);
            }
        }, 0, 1, TimeUnit.SECONDS);
        return new FolderWatch(timer);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
