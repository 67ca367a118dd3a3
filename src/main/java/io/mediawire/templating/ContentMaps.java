package io.mediawire.templating;

import io.mediawire.story.Story;
import io.mediawire.story.StoryNodes;
import io.mediawire.story.StoryProperty;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A story as templates see it: a map of its node's properties (those {@link StoryProperty#forTemplates}
 * lets through) plus Magnolia's {@code @name}, {@code @path}, {@code @id} and {@code @nodeType}, dates as
 * {@link Date} (FreeMarker's date type).
 * Values are raw; the templates' HTML output format escapes them on output, and
 * {@code cmsfn.decode} is the one way to print them as markup.
 */
public final class ContentMaps {
    private ContentMaps() {
    }

    public static Map<String, Object> of(Story s) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("@name", s.slug());
        map.put("@path", s.path());
        map.put("@id", s.id());
        map.put("@nodeType", StoryNodes.TYPE);
        for (StoryProperty property : StoryNodes.PROPERTIES) {
            if (property.forTemplates()) {
                put(map, property.name(), property.valueOf(s));
            }
        }
        map.put("headlineEdited", s.headlineEdited());
        return map;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value instanceof Instant at) {
            map.put(key, date(at));
        } else if (value != null) {
            map.put(key, value); // absent, as an unset JCR property is: templates use "!" defaults
        }
    }

    static Date date(Instant at) {
        return at == null ? null : Date.from(at);
    }
}
