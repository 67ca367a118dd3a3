package io.mediawire.importing.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Literal addresses only: no DNS, no network. */
class AddressClassifierTest {

    private static Optional<String> why(String literal) {
        InetAddress address = AddressClassifier.parseLiteral(literal).orElseThrow(
                () -> new AssertionError(literal + " should parse as an IP literal"));
        return AddressClassifier.whyBlocked(address);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "127.0.0.1            | a loopback address",
            "127.255.1.2          | a loopback address",
            "10.0.0.1             | a private network address",
            "172.16.0.1           | a private network address",
            "172.31.255.255       | a private network address",
            "192.168.1.1          | a private network address",
            "100.64.0.1           | a shared carrier-grade NAT address",
            "100.127.255.254      | a shared carrier-grade NAT address",
            "169.254.1.1          | a link-local address",
            "169.254.169.254      | a cloud metadata address",
            "224.0.0.1            | a multicast address",
            "239.255.255.250      | a multicast address",
            "0.0.0.0              | an unspecified address",
            "0.1.2.3              | a 'this network' address",
            "255.255.255.255      | the broadcast address",
            "240.0.0.1            | a reserved address",
            "192.0.2.1            | a documentation address",
            "::                   | an unspecified address",
            "::1                  | a loopback address",
            "fe80::1              | a link-local address",
            "febf::1              | a link-local address",
            "fc00::1              | a unique-local address",
            "fd12:3456::1         | a unique-local address",
            "fd00:ec2::254        | a cloud metadata address",
            "ff02::1              | a multicast address",
            "2001:db8::1          | a documentation address",
            "64:ff9b:1::1         | a local-use NAT64 address",
    })
    void blocksNonPublicAddresses(String literal, String expected) {
        assertEquals(Optional.of(expected), why(literal));
    }

    @ParameterizedTest(name = "{0} smuggles {1}")
    @CsvSource(delimiter = '|', value = {
            "::ffff:127.0.0.1     | a loopback address",
            "::ffff:7f00:1        | a loopback address",
            "::ffff:10.1.2.3      | a private network address",
            "::ffff:169.254.169.254 | a cloud metadata address",
            "::127.0.0.1          | a loopback address",
            "::10.0.0.1           | a private network address",
            "::ffff:0:192.168.0.1 | a private network address",
            "64:ff9b::10.0.0.1    | a private network address",
            "64:ff9b::7f00:1      | a loopback address",
            "64:ff9b::a9fe:a9fe   | a cloud metadata address",
            "2002:7f00:1::        | a loopback address",
            "2002:c0a8:101::1     | a private network address",
    })
    void blocksIpv6FormsEmbeddingABlockedIpv4(String literal, String expected) {
        Optional<String> reason = why(literal);
        assertTrue(reason.isPresent(), literal);
        assertTrue(reason.get().endsWith(expected), reason.get());
    }

    @Test
    void ipv4CompatibleAndMappedFormsAreJudgedByTheirRawBytesToo() {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = 127;
        mapped[15] = 1;
        assertEquals(Optional.of("an IPv4-mapped address for 127.0.0.1, a loopback address"),
                AddressClassifier.whyBlocked(mapped));
        byte[] compatible = new byte[16];
        compatible[12] = (byte) 192;
        compatible[13] = (byte) 168;
        compatible[15] = 1;
        assertEquals(Optional.of("an IPv4-compatible address for 192.168.0.1, a private network address"),
                AddressClassifier.whyBlocked(compatible));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "93.184.215.14", "1.1.1.1", "172.32.0.1", "172.15.255.255", "100.128.0.1",
            "169.253.1.1", "192.169.0.1", "2606:4700:4700::1111", "2a00:1450:4001:80b::200e", "::ffff:8.8.8.8",
            "64:ff9b::808:808"})
    void letsPublicAddressesThrough(String literal) {
        assertEquals(Optional.empty(), why(literal));
    }

    @ParameterizedTest(name = "{0} is 127.0.0.1")
    @ValueSource(strings = {"2130706433", "0177.0.0.1", "0x7f.1", "0x7f.0.0.1", "0x7F000001", "127.1", "127.0.1",
            "017700000001", "0x7f.0x0.0x0.0x1", "127.0.0.1."})
    void readsEveryIpv4NotationTheCResolverAccepts(String host) throws Exception {
        assertEquals(InetAddress.getByName("127.0.0.1"), AddressClassifier.parseLiteral(host).orElseThrow());
        assertEquals(Optional.of("a loopback address"), why(host));
    }

    @Test
    void oddNotationsOfOtherBlockedAddresses() {
        assertEquals(Optional.of("a cloud metadata address"), why("2852039166")); // 169.254.169.254
        assertEquals(Optional.of("a private network address"), why("0xa.0.0.1"));
        assertEquals(Optional.of("an unspecified address"), why("0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "news.example.co.uk", "1e100.net", "xn--caf-dma.example"})
    void domainNamesAreNotLiterals(String host) {
        assertEquals(Optional.empty(), AddressClassifier.parseLiteral(host));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.3.256", "08.1.1.1", "4294967296", "1.2.3.4a", "0x1.0x1.0x1.0x100", "[fe80::1%eth0]"})
    void numericLookingHostsThatAreNoAddressAreRejected(String host) {
        assertThrows(IllegalArgumentException.class, () -> AddressClassifier.parseLiteral(host));
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "LOCALHOST", "db.localhost", "metadata.google.internal", "metadata.goog"})
    void blocksNamesThatAlwaysMeanInside(String name) {
        assertTrue(AddressClassifier.whyBlockedName(HostPort.normalizeHost(name)).isPresent(), name);
    }
}
