package io.mediawire.importing.fetch;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;

/**
 * Jetty's hook for turning a host into socket addresses: ours resolves and vets through {@link AddressGuard}, so
 * Jetty only ever sees addresses that passed the check.
 */
final class VettingResolver implements SocketAddressResolver {

    private final AddressGuard guard;
    private final Supplier<Executor> executor;

    VettingResolver(AddressGuard guard, Supplier<Executor> executor) {
        this.guard = guard;
        this.executor = executor;
    }

    @Override
    public void resolve(String host, int port, Map<String, Object> context, Promise<List<InetSocketAddress>> promise) {
        // DNS blocks; keep it off Jetty's selector threads, as Jetty's own resolver does
        executor.get().execute(() -> {
            try {
                promise.succeeded(guard.resolve(host, port));
            } catch (Throwable t) {
                promise.failed(t);
            }
        });
    }
}
