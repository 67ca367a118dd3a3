package io.mediawire.importing.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class HostPortTest {

    @Test
    void parsesTheUsualSpellings() {
        assertEquals(new HostPort("intranet.example", HostPort.ANY_PORT), HostPort.parse("Intranet.Example"));
        assertEquals(new HostPort("127.0.0.1", 8080), HostPort.parse("127.0.0.1:8080"));
        assertEquals(new HostPort("::1", 8443), HostPort.parse("[::1]:8443"));
        assertEquals(new HostPort("::1", HostPort.ANY_PORT), HostPort.parse("[::1]"));
        assertEquals(new HostPort("fd00::5", HostPort.ANY_PORT), HostPort.parse("fd00::5"));
        assertEquals("[::1]:8443", HostPort.parse("[::1]:8443").toString());
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> HostPort.parse("host:http"));
        assertThrows(IllegalArgumentException.class, () -> HostPort.parse("host:70000"));
        assertThrows(IllegalArgumentException.class, () -> HostPort.parse(":80"));
        assertThrows(IllegalArgumentException.class, () -> HostPort.parse("[::1"));
    }

    @Test
    void coversByNameOrByTheSameAddressAndPort() throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        HostPort byIp = HostPort.parse("127.0.0.1:8080");
        assertTrue(byIp.covers("127.0.0.1", loopback, 8080));
        assertTrue(byIp.covers("some-alias", loopback, 8080));
        assertFalse(byIp.covers("127.0.0.1", loopback, 8081));
        HostPort byName = HostPort.parse("localhost");
        assertTrue(byName.covers("LOCALHOST.", loopback, 1));
        assertFalse(byName.covers("127.0.0.1", loopback, 1));
    }
}
