package io.mediawire.testing;

import io.mediawire.host.Host;
import io.mediawire.host.HostOptions;
import io.mediawire.host.web.WebFeature;
import io.mediawire.magnolia.ModuleSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * A real host for tests: a fresh Jackrabbit repository in a temp folder, Jetty on a free
 * loopback port, the repository's own light-modules folder. Start one per test class; it takes
 * a couple of seconds.
 */
public final class TestHost {
    private TestHost() {
    }

    public static Host start(Path home, Clock clock, boolean samples, boolean developmentMode) throws Exception {
        return start(home, clock, samples, developmentMode, Path.of("light-modules"));
    }

    public static Host start(Path home, Clock clock, boolean samples, boolean developmentMode, Path lightModules)
            throws Exception {
        Files.createDirectories(home);
        ModuleSettings settings = new ModuleSettings(ZoneId.of("UTC"), clock, samples);
        return Host.start(new HostOptions(home, "127.0.0.1", 0, lightModules, developmentMode, settings));
    }

    /** A host whose imports may reach the given private addresses (a test's fixture site). */
    public static Host startAllowing(Path home, Clock clock, String... allowPrivate) throws Exception {
        Files.createDirectories(home);
        ModuleSettings settings = new ModuleSettings(ZoneId.of("UTC"), clock, false)
                .withProperty(io.mediawire.importing.ImportSettings.ALLOW_PRIVATE, String.join(",", allowPrivate));
        return Host.start(new HostOptions(home, "127.0.0.1", 0, Path.of("light-modules"), false, settings));
    }

    /** A host serving these web features only, installed in the order given. */
    public static Host startWith(Path home, List<WebFeature> features) throws Exception {
        Files.createDirectories(home);
        ModuleSettings settings = new ModuleSettings(ZoneId.of("UTC"), Clock.systemUTC(), false);
        return Host.start(new HostOptions(home, "127.0.0.1", 0, Path.of("light-modules"), false, settings), features);
    }

    public static Host start(Path home) throws Exception {
        return start(home, Clock.systemUTC(), false, false);
    }
}
