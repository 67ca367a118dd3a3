package io.mediawire.magnolia;

import java.util.Optional;

/**
 * What a starting module may use from its host, and where it leaves the services it offers
 * (so the host's web layer, or another host, can pick them up by type).
 */
public interface ModuleLifecycleContext {
    ModuleDescriptor descriptor();

    SessionFactory sessions();

    ModuleSettings settings();

    <T> void provide(Class<T> type, T service);

    <T> Optional<T> lookup(Class<T> type);
}
