package io.mediawire.templating;

import io.mediawire.story.Story;
import io.mediawire.story.StoryNodes;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A story as templates see it: a map of its node's properties plus Magnolia's {@code @name},
 * {@code @path}, {@code @id} and {@code @nodeType}, dates as {@link Date} (FreeMarker's date type).
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
        put(map, StoryNodes.HEADLINE, s.headline());
        put(map, StoryNodes.ORIGINAL_HEADLINE, s.original().headline());
        map.put(StoryNodes.TAGS, s.tags());
        put(map, StoryNodes.BODY, s.original().body());
        put(map, StoryNodes.TEASER, s.teaser());
        put(map, StoryNodes.SOURCE_NAME, s.original().sourceName());
        put(map, StoryNodes.SOURCE_URL, s.original().url());
        put(map, StoryNodes.AUTHOR, s.original().author());
        put(map, StoryNodes.SOURCE_PUBLISHED, date(s.original().published()));
        put(map, StoryNodes.LEAD_IMAGE, s.original().leadImage());
        put(map, StoryNodes.LEAD_IMAGE_CAPTION, s.original().leadImageCaption());
        put(map, StoryNodes.LANGUAGE, s.original().language());
        put(map, StoryNodes.PUBLISHED, date(s.published()));
        put(map, StoryNodes.CREATED, date(s.created()));
        put(map, StoryNodes.LAST_MODIFIED, date(s.lastModified()));
        put(map, StoryNodes.LAST_ACTIVATED, date(s.lastActivated()));
        map.put(StoryNodes.ACTIVATION_STATUS, String.valueOf(s.activated()));
        map.put("headlineEdited", s.headlineEdited());
        return map;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value); // absent, as an unset JCR property is: templates use "!" defaults
        }
    }

    static Date date(Instant at) {
        return at == null ? null : Date.from(at);
    }
}
