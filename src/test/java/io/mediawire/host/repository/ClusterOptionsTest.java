package io.mediawire.host.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClusterOptionsTest {
    @Test
    void theUserComesFromTheUrlUnlessGiven() {
        assertEquals("wire", new ClusterOptions("jdbc:postgresql://db:5432/mw?ssl=false&user=wire", null, "pw", "n1", null).user());
        assertEquals("desk", new ClusterOptions("jdbc:postgresql://db:5432/mw?user=wire", "desk", "pw", "n1", null).user());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> new ClusterOptions("jdbc:postgresql://db:5432/mw", null, "pw", "n1", null));
        assertTrue(none.getMessage().contains("--cluster-user"), none.getMessage());
    }

    @Test
    void onlyPostgresUrlsAndPlainNodeIdsAreTaken() {
        assertThrows(IllegalArgumentException.class, () -> new ClusterOptions("jdbc:derby:x", "u", "pw", "n1", null));
        for (String id : new String[] {"", "-lead", "a b", "a/b", "x".repeat(65)}) {
            assertThrows(IllegalArgumentException.class,
                    () -> new ClusterOptions("jdbc:postgresql://db/mw", "u", "pw", id, null), id);
        }
        assertEquals(Duration.ofSeconds(2), new ClusterOptions("jdbc:postgresql://db/mw", "u", null, "public-1.a_b", null)
                .syncDelay());
    }

    @Test
    void aPasswordNeverShowsInMessagesOrTheWrittenConfiguration() throws IOException {
        IllegalArgumentException inUrl = assertThrows(IllegalArgumentException.class,
                () -> new ClusterOptions("jdbc:postgresql://db/mw?user=u&password=hunter2", null, "s3cret", "n1", null));
        assertFalse(inUrl.getMessage().contains("hunter2"), inUrl.getMessage());
        assertTrue(inUrl.getMessage().contains("MEDIA_WIRE_DB_PASSWORD"), inUrl.getMessage());
        ClusterOptions options = new ClusterOptions("jdbc:postgresql://db/mw?user=u&ssl=false", null, "s3cret", "n1",
                Duration.ofMillis(300));
        assertFalse(options.toString().contains("s3cret"), options.toString());
        String xml = EmbeddedRepository.clusterConfig(options.withNodeId("n1"));
        assertFalse(xml.contains("s3cret"));
        assertTrue(xml.contains("${mw.db.password}"));
        assertTrue(xml.contains("<Cluster id=\"n1\" syncDelay=\"300\">"), xml);
        assertTrue(xml.contains("value=\"jdbc:postgresql://db/mw?user=u&amp;ssl=false\""), "the URL is as given, escaped");
    }
}
