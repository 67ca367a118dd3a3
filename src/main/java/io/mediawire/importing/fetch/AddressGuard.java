package io.mediawire.importing.fetch;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SSRF guard. A host is resolved exactly once per connection, every resolved address is vetted, and only those
 * vetted addresses are handed to the socket layer, so a DNS answer that changes between check and connect
 * (rebinding) cannot slip a private address through. The socket layer asks once more right before connecting.
 */
final class AddressGuard {

    private final Set<HostPort> allowedPrivate;
    /** Blocked-class addresses an operator allowed, as resolved; the last check before connect accepts only these. */
    private final Set<InetSocketAddress> approvedPrivate = ConcurrentHashMap.newKeySet();

    AddressGuard(Set<HostPort> allowedPrivate) {
        this.allowedPrivate = Set.copyOf(allowedPrivate);
    }

    /** Checks what can be checked without DNS: blocked names and IP literals in any notation. */
    void preflight(WebAddress url) throws FetchException {
        Optional<String> badName = AddressClassifier.whyBlockedName(url.host());
        if (badName.isPresent() && !allowed(url.host(), null, url.port())) {
            throw blocked(url.host() + " is " + badName.get());
        }
        if (url.literal().isPresent()) {
            InetAddress address = url.literal().get();
            Optional<String> why = AddressClassifier.whyBlocked(address);
            if (why.isPresent() && !allowed(url.host(), address, url.port())) {
                // say what the editor typed: "0x7f.1" alone would not explain a message about 127.0.0.1
                throw blocked(url.hostWrittenAnotherWay()
                        ? url.typedHost() + " is " + url.host() + " written another way, " + why.get()
                        : url.host() + " is " + why.get());
            }
        }
    }

    /**
     * Resolves {@code host} once and returns socket addresses for exactly the vetted results. Refuses the whole host
     * when any of its addresses is blocked: a public name that also answers with a private address is an attack,
     * not a misconfiguration to work around.
     */
    List<InetSocketAddress> resolve(String host, int port) throws FetchException {
        String h = HostPort.normalizeHost(host);
        Optional<String> badName = AddressClassifier.whyBlockedName(h);
        if (badName.isPresent() && !allowed(h, null, port)) {
            throw blocked(h + " is " + badName.get());
        }
        InetAddress[] addresses;
        Optional<InetAddress> literal;
        try {
            literal = AddressClassifier.parseLiteral(h);
        } catch (IllegalArgumentException e) {
            throw new FetchException(FetchException.Reason.BAD_URL, "the host " + h + " is not a valid IP address");
        }
        if (literal.isPresent()) {
            addresses = new InetAddress[] {literal.get()};
        } else {
            try {
                addresses = InetAddress.getAllByName(h);
            } catch (UnknownHostException e) {
                throw new FetchException(FetchException.Reason.NETWORK, "could not find the host " + h
                        + " (DNS lookup failed)");
            }
        }
        List<InetSocketAddress> vetted = new ArrayList<>(addresses.length);
        for (InetAddress address : addresses) {
            Optional<String> why = AddressClassifier.whyBlocked(address);
            InetSocketAddress socket = new InetSocketAddress(address, port);
            if (why.isPresent()) {
                if (!allowed(h, address, port)) {
                    String ip = Describe.ip(address);
                    throw blocked(ip.equals(h) ? h + " is " + why.get() : h + " resolves to " + ip + ", " + why.get());
                }
                approvedPrivate.add(socket);
            }
            vetted.add(socket);
        }
        if (vetted.isEmpty()) {
            throw new FetchException(FetchException.Reason.NETWORK, "could not find the host " + h);
        }
        return vetted;
    }

    /** The last word before a socket connects: only a public address, or a private one vetted and allowed above. */
    void checkConnect(SocketAddress target) throws FetchException {
        if (!(target instanceof InetSocketAddress socket) || socket.isUnresolved()) {
            throw blocked("refusing to connect to an address that was not vetted: " + target);
        }
        Optional<String> why = AddressClassifier.whyBlocked(socket.getAddress());
        if (why.isPresent() && !approvedPrivate.contains(socket)) {
            throw blocked(Describe.ip(socket.getAddress()) + " is " + why.get());
        }
    }

    private boolean allowed(String host, InetAddress address, int port) {
        for (HostPort hp : allowedPrivate) {
            if (hp.covers(host, address, port)) {
                return true;
            }
        }
        return false;
    }

    private static FetchException blocked(String what) {
        return new FetchException(FetchException.Reason.BLOCKED_ADDRESS, "blocked address: " + what);
    }
}
