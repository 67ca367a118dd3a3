package io.mediawire.host.repository;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomeLockTest {
    @TempDir
    Path home;

    @Test
    void aCleanStopIsRememberedAndSoIsAProcessThatNeverStopped() throws Exception {
        try (HomeLock first = HomeLock.acquire(home)) {
            assertFalse(first.previousRunUnclean(), "a new home");
            first.markStopped();
        }
        try (HomeLock afterCleanStop = HomeLock.acquire(home)) {
            assertFalse(afterCleanStop.previousRunUnclean());
            // released without markStopped: what a killed process leaves
        }
        try (HomeLock afterKill = HomeLock.acquire(home)) {
            assertTrue(afterKill.previousRunUnclean());
            afterKill.markStopped();
        }
    }

    @Test
    void aHomeLastRunBeforeTheMarkerIsJudgedByJackrabbitsLeftoverLock() throws Exception {
        Files.createFile(home.resolve(HomeLock.FILE)); // older versions left the file empty
        Files.createFile(home.resolve(".lock")); // Jackrabbit deletes its own on a clean shutdown
        try (HomeLock lock = HomeLock.acquire(home)) {
            assertTrue(lock.previousRunUnclean());
        }
    }

    @Test
    @SuppressWarnings("try") // the held lock is the point, not the resource
    void aSecondHolderIsRefused() throws Exception {
        try (HomeLock ignored = HomeLock.acquire(home)) {
            assertThrows(RepositoryInUseException.class, () -> HomeLock.acquire(home));
        }
    }

    @Test
    void openingARepositoryAfterACleanCloseRunsNoCheck() throws Exception {
        EmbeddedRepository.open(home).close();
        try (HomeLock lock = HomeLock.acquire(home)) {
            assertFalse(lock.previousRunUnclean(), "close() recorded the clean stop");
            lock.markStopped();
        }
    }
}
