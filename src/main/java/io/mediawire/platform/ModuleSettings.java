package io.mediawire.platform;

import java.time.Clock;
import java.time.ZoneId;

/**
 * Host-wide settings a module may read.
 *
 * @param zone    the site's time zone: date folders and displayed dates use it
 * @param clock   the clock every timestamp comes from (tests pin it)
 * @param samples whether sample content is bootstrapped on install, as Magnolia's samples switch
 */
public record ModuleSettings(ZoneId zone, Clock clock, boolean samples) {
    public static ModuleSettings defaults() {
        return new ModuleSettings(ZoneId.of("UTC"), Clock.systemUTC(), true);
    }
}
