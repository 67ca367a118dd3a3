package io.mediawire.magnolia;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;

/**
 * Host-wide settings a module may read.
 *
 * @param zone       the site's time zone: date folders and displayed dates use it
 * @param clock      the clock every timestamp comes from (tests pin it)
 * @param samples    whether sample content is bootstrapped on install, as Magnolia's samples switch
 * @param properties module configuration by key (Magnolia keeps it under /modules/&lt;name&gt;/config),
 *                   e.g. {@code media-wire.import.allowPrivate}
 */
public record ModuleSettings(ZoneId zone, Clock clock, boolean samples, Map<String, String> properties) {

    public ModuleSettings {
        properties = Map.copyOf(properties);
    }

    public ModuleSettings(ZoneId zone, Clock clock, boolean samples) {
        this(zone, clock, samples, Map.of());
    }

    public static ModuleSettings defaults() {
        return new ModuleSettings(ZoneId.of("UTC"), Clock.systemUTC(), true);
    }

    public String property(String key, String fallback) {
        return properties.getOrDefault(key, fallback);
    }

    public ModuleSettings withProperty(String key, String value) {
        Map<String, String> copy = new java.util.HashMap<>(properties);
        copy.put(key, value);
        return new ModuleSettings(zone, clock, samples, copy);
    }
}
