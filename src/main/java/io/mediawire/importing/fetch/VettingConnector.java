package io.mediawire.importing.fetch;

import java.net.SocketAddress;
import java.util.Map;
import org.eclipse.jetty.io.ClientConnector;
import org.eclipse.jetty.util.Promise;

/**
 * Jetty's socket layer with a last check on the exact address about to be connected. The resolver already vetted
 * it; this catches any path that reaches a socket without going through the resolver (defence in depth).
 */
final class VettingConnector extends ClientConnector {

    private final AddressGuard guard;

    VettingConnector(AddressGuard guard) {
        this.guard = guard;
    }

    @Override
    public void connect(SocketAddress address, Map<String, Object> context) {
        try {
            guard.checkConnect(address);
        } catch (FetchException e) {
            Promise<?> promise = (Promise<?>) context.get(CONNECTION_PROMISE_CONTEXT_KEY);
            if (promise != null) {
                promise.failed(e);
            }
            return;
        }
        super.connect(address, context);
    }
}
