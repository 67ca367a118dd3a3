package io.mediawire.importing.fetch;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Says whether an address is one an importer must not reach from the open web: loopback, private, link-local,
 * cloud metadata and the like, including the IPv6 forms that smuggle such an IPv4 address inside.
 */
final class AddressClassifier {

    private static final Set<String> BLOCKED_NAMES = Set.of(
            "localhost", "metadata.google.internal", "metadata.goog", "metadata", "instance-data",
            "instance-data.ec2.internal");
    /** A host whose last label starts with a digit is an IPv4 address in some notation (as browsers decide). */
    private static final Pattern NUMERIC_LOOKING = Pattern.compile("(?i)(?:[0-9a-fx]+\\.){0,3}[0-9][0-9a-fx]*");
    private static final Pattern IPV4_PART = Pattern.compile("(?i)0x[0-9a-f]*|0[0-7]*|[1-9][0-9]*");

    private AddressClassifier() {
    }

    /** Why {@code address} is blocked, as "a loopback address", or empty when it is an ordinary public address. */
    static Optional<String> whyBlocked(InetAddress address) {
        return whyBlocked(address.getAddress());
    }

    static Optional<String> whyBlocked(byte[] raw) {
        if (raw.length == 4) {
            return whyBlockedV4(raw);
        }
        if (raw.length == 16) {
            return whyBlockedV6(raw);
        }
        return Optional.of("an address of unknown form");
    }

    /** Names that point inside the machine or the cloud whatever DNS says about them. */
    static Optional<String> whyBlockedName(String normalizedHost) {
        String h = normalizedHost.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return Optional.of("a loopback name");
        }
        if (BLOCKED_NAMES.contains(h)) {
            return Optional.of("a cloud metadata name");
        }
        return Optional.empty();
    }

    /**
     * The address a host literal stands for: an IPv6 literal (with or without brackets) or an IPv4 address in any
     * notation the C resolver accepts (2130706433, 0177.0.0.1, 0x7f.1, 127.1). Empty for a domain name.
     *
     * @throws IllegalArgumentException for a host that looks numeric but is no valid address (e.g. 1.2.3.999)
     */
    static Optional<InetAddress> parseLiteral(String host) {
        String h = HostPort.normalizeHost(host);
        if (h.indexOf(':') >= 0) {
            if (!h.matches("[0-9a-f:.]+")) {
                throw new IllegalArgumentException("not an IPv6 address: " + host);
            }
            try {
                return Optional.of(InetAddress.getByName("[" + h + "]")); // a literal: no DNS lookup happens
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an IPv6 address: " + host);
            }
        }
        if (!NUMERIC_LOOKING.matcher(h).matches()) {
            return Optional.empty();
        }
        return Optional.of(parseIpv4(h, host));
    }

    /** inet_aton rules: 1 to 4 parts, each decimal, octal (leading 0) or hex (0x); the last part fills the rest. */
    private static InetAddress parseIpv4(String h, String original) {
        String[] parts = h.split("\\.", -1);
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (!IPV4_PART.matcher(p).matches() || p.length() > 12) {
                throw new IllegalArgumentException("not a valid IP address: " + original);
            }
            if (p.length() > 1 && (p.charAt(1) == 'x' || p.charAt(1) == 'X')) {
                values[i] = p.length() == 2 ? 0 : Long.parseLong(p.substring(2), 16);
            } else if (p.length() > 1 && p.charAt(0) == '0') {
                values[i] = Long.parseLong(p.substring(1), 8);
            } else {
                values[i] = Long.parseLong(p);
            }
        }
        int n = values.length;
        long last = values[n - 1];
        if (last >= 1L << (8 * (5 - n))) {
            throw new IllegalArgumentException("not a valid IP address: " + original);
        }
        long value = last;
        for (int i = 0; i < n - 1; i++) {
            if (values[i] > 255) {
                throw new IllegalArgumentException("not a valid IP address: " + original);
            }
            value |= values[i] << (8 * (3 - i));
        }
        byte[] b = {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
        try {
            return Inet4Address.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // four bytes are always a valid address
        }
    }

    private static Optional<String> whyBlockedV4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        int a3 = b[3] & 0xff;
        if (a0 == 0) {
            return Optional.of(a1 == 0 && a2 == 0 && a3 == 0 ? "an unspecified address" : "a 'this network' address");
        }
        if (a0 == 127) {
            return Optional.of("a loopback address");
        }
        if (a0 == 10 || (a0 == 172 && (a1 & 0xf0) == 16) || (a0 == 192 && a1 == 168)) {
            return Optional.of("a private network address");
        }
        if (a0 == 100 && (a1 & 0xc0) == 64) {
            return Optional.of("a shared carrier-grade NAT address");
        }
        if (a0 == 169 && a1 == 254) {
            return Optional.of(a2 == 169 && a3 == 254 ? "a cloud metadata address" : "a link-local address");
        }
        if (a0 == 192 && a1 == 0 && a2 == 0) {
            return Optional.of("a reserved protocol address");
        }
        if ((a0 == 192 && a1 == 0 && a2 == 2) || (a0 == 198 && a1 == 51 && a2 == 100)
                || (a0 == 203 && a1 == 0 && a2 == 113)) {
            return Optional.of("a documentation address");
        }
        if (a0 == 198 && (a1 & 0xfe) == 18) {
            return Optional.of("a benchmarking address");
        }
        if (a0 >= 224 && a0 <= 239) {
            return Optional.of("a multicast address");
        }
        if (a0 == 255 && a1 == 255 && a2 == 255 && a3 == 255) {
            return Optional.of("the broadcast address");
        }
        if (a0 >= 240) {
            return Optional.of("a reserved address");
        }
        return Optional.empty();
    }

    private static Optional<String> whyBlockedV6(byte[] b) {
        if (zeros(b, 0, 16)) {
            return Optional.of("an unspecified address");
        }
        if (zeros(b, 0, 15) && b[15] == 1) {
            return Optional.of("a loopback address");
        }
        if (zeros(b, 0, 10) && ff(b, 10) && ff(b, 11)) {
            return embedded("an IPv4-mapped address", b, 12);
        }
        if (zeros(b, 0, 12)) {
            return embedded("an IPv4-compatible address", b, 12);
        }
        if (zeros(b, 0, 8) && ff(b, 8) && ff(b, 9) && b[10] == 0 && b[11] == 0) {
            return embedded("an IPv4-translated address", b, 12);
        }
        int w0 = word(b, 0);
        int w1 = word(b, 2);
        if (w0 == 0x64 && w1 == 0xff9b && zeros(b, 4, 12)) {
            return embedded("a NAT64 address", b, 12);
        }
        if (w0 == 0x64 && w1 == 0xff9b && word(b, 4) == 1) {
            return Optional.of("a local-use NAT64 address");
        }
        if (w0 == 0x2002) {
            return embedded("a 6to4 address", b, 2);
        }
        if (w0 == 0x2001 && w1 == 0) {
            // Teredo: the server's IPv4 in clear, the client's inverted
            byte[] client = new byte[4];
            for (int i = 0; i < 4; i++) {
                client[i] = (byte) ~b[12 + i];
            }
            Optional<String> server = embedded("a Teredo address", b, 4);
            return server.isPresent() ? server : whyBlockedV4(client).map(r -> "a Teredo address for " + r);
        }
        if (w0 == 0x2001 && w1 == 0x0db8) {
            return Optional.of("a documentation address");
        }
        if (w0 == 0x0100 && zeros(b, 2, 8)) {
            return Optional.of("a reserved discard address");
        }
        if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0x80) {
            return Optional.of("a link-local address");
        }
        if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
            return Optional.of("a site-local address");
        }
        if ((b[0] & 0xfe) == 0xfc) {
            boolean awsMetadata = w0 == 0xfd00 && w1 == 0x0ec2 && zeros(b, 4, 14) && word(b, 14) == 0x254;
            return Optional.of(awsMetadata ? "a cloud metadata address" : "a unique-local address");
        }
        if ((b[0] & 0xff) == 0xff) {
            return Optional.of("a multicast address");
        }
        return Optional.empty();
    }

    private static Optional<String> embedded(String form, byte[] b, int offset) {
        byte[] v4 = {b[offset], b[offset + 1], b[offset + 2], b[offset + 3]};
        return whyBlockedV4(v4).map(r -> form + " for " + dotted(v4) + ", " + r);
    }

    private static String dotted(byte[] v4) {
        return (v4[0] & 0xff) + "." + (v4[1] & 0xff) + "." + (v4[2] & 0xff) + "." + (v4[3] & 0xff);
    }

    private static boolean zeros(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean ff(byte[] b, int i) {
        return (b[i] & 0xff) == 0xff;
    }

    private static int word(byte[] b, int i) {
        return ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff);
    }
}
