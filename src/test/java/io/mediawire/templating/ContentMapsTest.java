package io.mediawire.templating;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediawire.story.AgencyCopy;
import io.mediawire.story.Story;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentMapsTest {
    private static final Instant AT = Instant.parse("2024-03-05T08:30:00Z");

    private static Story story(AgencyCopy original) {
        return new Story("id-1", "/2024/03/05/cranes", "cranes", "Cranes are back", List.of("port"), "Teaser",
                original, "https://fetched.example/a", "sha", "guid-1", AT, "importer", AT, "editor", AT, AT,
                "publisher", true);
    }

    @Test
    void templatesSeeTheStoryButNotTheImportsKeysNorEditorsNames() {
        AgencyCopy original = AgencyCopy.builder().headline("Cranes return").body("<p>Body</p>")
                .sourceName("Coastline Wire").url("https://wire.example/a").author("Maria Okafor").published(AT)
                .leadImage("https://wire.example/a.jpg").leadImageCaption("Cranes at dawn").language("en").build();
        Map<String, Object> map = ContentMaps.of(story(original));
        assertEquals(List.of("@name", "@path", "@id", "@nodeType", "headline", "originalHeadline", "tags", "body",
                "teaser", "sourceName", "sourceUrl", "author", "sourcePublished", "leadImage", "leadImageCaption",
                "language", "published", "mgnl:created", "mgnl:lastModified", "mgnl:lastActivated",
                "mgnl:activationStatus", "headlineEdited"), List.copyOf(map.keySet()));
        assertEquals("Cranes return", map.get("originalHeadline"));
        assertEquals("https://wire.example/a", map.get("sourceUrl"));
        assertEquals(Date.from(AT), map.get("sourcePublished"));
        assertEquals("true", map.get("mgnl:activationStatus"));
        assertEquals(true, map.get("headlineEdited"));
    }

    @Test
    void unsetPropertiesAreAbsentAsInTheRepository() {
        AgencyCopy original = AgencyCopy.builder().headline("Cranes are back").body("<p>Body</p>")
                .url("https://wire.example/a").build();
        Map<String, Object> map = ContentMaps.of(story(original));
        for (String unset : List.of("sourceName", "author", "sourcePublished", "leadImage", "leadImageCaption",
                "language")) {
            assertEquals(false, map.containsKey(unset), unset);
        }
        assertEquals(false, map.get("headlineEdited"));
    }
}
