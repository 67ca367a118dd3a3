package io.mediawire.importing.wire;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One news item as an agency's wire sent it, in ninjs or NewsML-G2, read into one shape. The body is
 * already sanitized HTML (the same cleaner as any imported body); everything else is the agency's text.
 *
 * @param format         what it was read from: "ninjs 1.x", "ninjs 3.x", "NewsML-G2"...
 * @param uri            its id on the wire (ninjs {@code uri}, NewsML-G2 {@code guid}); never null
 * @param version        its version, 0 when the item gives none
 * @param type           text, picture, graphic, audio, video, composite, event... (lower case); null when unsaid
 * @param body           sanitized HTML, or null when the item has no story text
 * @param tags           subject names and keywords, in the item's order, without repeats
 * @param urgency        1 (flash) to 9, or null
 * @param pubStatus      usable, withheld or canceled (lower case), or null
 * @param edNote         the agency's note to editors: never public
 * @param infoSource     the agency credited for the content
 * @param correction     the agency marked this version a correction (a signal, or its editors' note says so)
 */
public record WireItem(
        String format,
        String uri,
        long version,
        String type,
        String headline,
        String body,
        String byline,
        String dateline,
        Instant firstCreated,
        Instant versionCreated,
        String language,
        List<String> tags,
        Integer urgency,
        String pubStatus,
        Instant embargoed,
        Instant expires,
        String copyrightHolder,
        String copyrightNotice,
        String usageTerms,
        String rightsInfo,
        String edNote,
        String infoSource,
        String leadImage,
        String leadImageCaption,
        String leadImageCredit,
        boolean correction) {

    private static final Set<String> MEDIA = Set.of("picture", "graphic", "audio", "video");

    public WireItem {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /**
     * Why this item cannot be a story on its own, or null when it can: it needs a headline and a body; a
     * picture, graphic, audio or video item becomes a story only with a caption and a body of its own.
     */
    public String notAStoryReason() {
        boolean media = type != null && MEDIA.contains(type);
        if (media && (body == null || leadImageCaption == null)) {
            return "not a text story: " + article(type) + " item" + (body == null ? " without story text" : " without a caption");
        }
        if (type != null && !media && !Set.of("text", "composite").contains(type)) {
            return "not a text story: " + article(type) + " item";
        }
        if (body == null) {
            return "the item has no body (no story text)";
        }
        if (headline == null) {
            return "the item has no headline";
        }
        return null;
    }

    private static String article(String type) {
        return ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }

    static String typeOf(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String t = value.strip().toLowerCase(Locale.ROOT);
        int colon = t.lastIndexOf(':'); // NewsML-G2 qcodes: ninat:text
        return colon >= 0 ? t.substring(colon + 1) : t;
    }
}
