package io.mediawire.host.modules;

import java.util.Optional;

/**
 * Components by type, as Magnolia's {@code ComponentProvider} hands them to the classes it builds:
 * the services modules offer, and each started module's own instance.
 */
public interface ComponentProvider {
    <T> Optional<T> getComponent(Class<T> type);
}
