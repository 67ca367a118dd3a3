package io.mediawire.host.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * What {@code media-wire sources} and {@code subscriptions} ask of Media Wire, answered in the editors'
 * API's JSON shapes: by a repository this process opens ({@link LocalWire}), or by a running host
 * ({@link RemoteWire}, {@code --server}).
 */
interface WireClient extends AutoCloseable {
    JsonNode addSource(Map<String, Object> fields) throws Exception;

    /** {@code {"results": [source, ...]}} */
    JsonNode sources() throws Exception;

    JsonNode addSubscription(Map<String, Object> fields) throws Exception;

    /** {@code {"results": [subscription, ...]}}, of one source when {@code source} is not null. */
    JsonNode subscriptions(String source) throws Exception;

    JsonNode pause(String subscription) throws Exception;

    JsonNode resume(String subscription) throws Exception;

    /** {@code {"run": run, "subscription": subscription}} */
    JsonNode run(String subscription) throws Exception;

    @Override
    void close();
}
