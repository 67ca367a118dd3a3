package io.mediawire.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** A missing browser skips the browser tests on a laptop and fails them in CI. */
class HeadlessChromiumTest {
    @TempDir
    Path dir;

    @Test
    void aMissingBrowserFailsInCi() throws Exception {
        File nowhere = dir.resolve("no-such-chromium").toFile();
        AssertionError failed = assertThrows(AssertionError.class,
                () -> HeadlessChromium.assumeInstalled("true", nowhere, executable("chromedriver")));
        assertTrue(failed.getMessage().contains("CI=true") && failed.getMessage().contains(nowhere.getPath()),
                failed.getMessage());
        assertThrows(AssertionError.class, () -> HeadlessChromium.assumeInstalled("TRUE", executable("chromium"), nowhere));
    }

    @Test
    void aMissingBrowserIsASkipElsewhere() throws Exception {
        File nowhere = dir.resolve("no-such-chromium").toFile();
        TestAbortedException skipped = assertThrows(TestAbortedException.class,
                () -> HeadlessChromium.assumeInstalled(null, nowhere, executable("chromedriver")));
        assertTrue(skipped.getMessage().contains(nowhere.getPath()), skipped.getMessage());
        assertThrows(TestAbortedException.class, () -> HeadlessChromium.assumeInstalled("false", nowhere, nowhere));
    }

    @Test
    void anInstalledBrowserRunsEverywhere() throws Exception {
        File chromium = executable("chromium");
        File chromedriver = executable("chromedriver");
        assertDoesNotThrow(() -> HeadlessChromium.assumeInstalled("true", chromium, chromedriver));
        assertDoesNotThrow(() -> HeadlessChromium.assumeInstalled(null, chromium, chromedriver));
    }

    @Test
    void aFileThatCannotRunCountsAsMissing() throws Exception {
        File notExecutable = Files.createFile(dir.resolve("chromium")).toFile();
        assertThrows(AssertionError.class,
                () -> HeadlessChromium.assumeInstalled("true", notExecutable, executable("chromedriver")));
    }

    private File executable(String name) throws Exception {
        Path file = dir.resolve(name + "-stand-in");
        if (Files.notExists(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        return file.toFile();
    }
}
