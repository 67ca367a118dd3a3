package io.mediawire.importing.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.importing.fetch.FetchException.Reason;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.transport.HttpClientTransportOverHTTP;
import org.junit.jupiter.api.Test;

class AddressGuardTest {

    @Test
    void resolvedAddressesAreVettedAndReturnedExactly() throws Exception {
        AddressGuard guard = new AddressGuard(Set.of(HostPort.parse("localhost:8080")));
        List<InetSocketAddress> addresses = guard.resolve("localhost", 8080);
        assertTrue(addresses.stream().allMatch(a -> a.getAddress().isLoopbackAddress() && a.getPort() == 8080));
        for (InetSocketAddress a : addresses) {
            guard.checkConnect(a); // vetted and allowed, so the final check agrees
        }
    }

    @Test
    void aNameResolvingToABlockedAddressIsRefused() {
        AddressGuard guard = new AddressGuard(Set.of(HostPort.parse("127.0.0.1:9")));
        FetchException e = assertThrows(FetchException.class, () -> guard.resolve("localhost", 8080));
        assertEquals(Reason.BLOCKED_ADDRESS, e.reason());
        assertEquals("blocked address: localhost is a loopback name", e.getMessage());
    }

    @Test
    void theFinalCheckRefusesPrivateAddressesNobodyVetted() throws Exception {
        AddressGuard guard = new AddressGuard(Set.of());
        FetchException e = assertThrows(FetchException.class, () -> guard.checkConnect(
                new InetSocketAddress(InetAddress.getByName("169.254.169.254"), 80)));
        assertEquals("blocked address: 169.254.169.254 is a cloud metadata address", e.getMessage());
        assertThrows(FetchException.class, () -> guard.checkConnect(InetSocketAddress.createUnresolved("x", 80)));
        guard.checkConnect(new InetSocketAddress(InetAddress.getByName("93.184.215.14"), 443));
    }

    @Test
    void theConnectorAloneStopsAClientThatBypassesTheResolver() throws Exception {
        try (FixtureServer server = new FixtureServer()) {
            server.page("/", "text/html", "<p>internal</p>");
            // Jetty's stock resolver, our connector: only the last check stands between the client and 127.0.0.1
            HttpClient client = new HttpClient(new HttpClientTransportOverHTTP(
                    new VettingConnector(new AddressGuard(Set.of()))));
            client.start();
            try {
                Exception e = assertThrows(Exception.class,
                        () -> client.newRequest(server.url("/")).timeout(5, TimeUnit.SECONDS).send());
                Throwable cause = e;
                while (cause != null && !(cause instanceof FetchException)) {
                    cause = cause.getCause();
                }
                assertTrue(cause instanceof FetchException, "failed by the guard: " + e);
                assertEquals(Reason.BLOCKED_ADDRESS, ((FetchException) cause).reason());
                assertTrue(server.seen().isEmpty());
            } finally {
                client.stop();
            }
        }
    }
}
