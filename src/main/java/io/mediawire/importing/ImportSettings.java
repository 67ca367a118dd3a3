package io.mediawire.importing;

import io.mediawire.importing.fetch.FetchPolicy;
import io.mediawire.importing.fetch.HostPort;
import io.mediawire.magnolia.ModuleSettings;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** The import's configuration keys in {@link ModuleSettings#properties()}. */
public final class ImportSettings {
    /** Comma-separated {@code host[:port]} the import may reach although private (tests, intranet agencies). */
    public static final String ALLOW_PRIVATE = "media-wire.import.allowPrivate";
    /** "false" to ignore robots.txt (not recommended). */
    public static final String HONOUR_ROBOTS = "media-wire.import.robots";

    private ImportSettings() {
    }

    public static FetchPolicy policy(ModuleSettings settings) {
        Set<HostPort> allowed = new LinkedHashSet<>();
        Arrays.stream(settings.property(ALLOW_PRIVATE, "").split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(HostPort::parse).forEach(allowed::add);
        return FetchPolicy.defaults().withAllowedPrivate(allowed)
                .withRobots(!"false".equalsIgnoreCase(settings.property(HONOUR_ROBOTS, "true")));
    }
}
