package io.mediawire.host.imaging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Served images in memory, least recently used out first, bounded by their total size: a rendition
 * asked for again is sent from here, not read from the repository. Thread-safe.
 */
final class ByteCache {
    private final long maxBytes;
    private final LinkedHashMap<String, Renditions.Image> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    ByteCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    synchronized Optional<Renditions.Image> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    synchronized void put(String key, Renditions.Image image) {
        if (image.bytes().length > maxBytes / 8) {
            return; // one huge original would push out everything else
        }
        Renditions.Image old = entries.put(key, image);
        bytes += image.bytes().length - (old == null ? 0 : old.bytes().length);
        var it = entries.entrySet().iterator();
        while (bytes > maxBytes && it.hasNext()) {
            Map.Entry<String, Renditions.Image> eldest = it.next();
            bytes -= eldest.getValue().bytes().length;
            it.remove();
        }
    }
}
