package io.mediawire.story;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A change an editor may make: the headline and the tags, nothing else. {@link #fromFields}
 * turns a submitted field map into an edit and refuses fields that are fixed at import.
 */
public record StoryEdit(String headline, List<String> tags) {

    public StoryEdit {
        if (headline != null && headline.isBlank()) {
            throw new InvalidStoryException("headline cannot be empty");
        }
        if (headline != null && headline.length() > 300) {
            throw new InvalidStoryException("headline is longer than 300 characters");
        }
        tags = tags == null ? null : tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }

    public static StoryEdit headline(String headline) {
        return new StoryEdit(headline, null);
    }

    /**
     * Fields of a form or API request, checked against the stored story: a read-only field is
     * refused when its value differs from the stored one (forms may echo unchanged values back).
     */
    public static StoryEdit fromFields(Map<String, ?> fields, Story current) {
        String headline = null;
        List<String> tags = null;
        for (Map.Entry<String, ?> field : fields.entrySet()) {
            String name = field.getKey();
            Object value = field.getValue();
            switch (name) {
                case StoryNodes.HEADLINE -> headline = value == null ? null : value.toString().strip();
                case StoryNodes.TAGS -> tags = asList(value);
                default -> {
                    if (StoryNodes.READ_ONLY.contains(name)) {
                        if (!Objects.equals(asText(value), readOnlyValue(current, name))) {
                            throw new ReadOnlyFieldException(name);
                        }
                    } else {
                        throw new InvalidStoryException(name + " is not a field an editor can change"
                                + " (editable: headline, tags)");
                    }
                }
            }
        }
        return new StoryEdit(headline, tags);
    }

    private static List<String> asList(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(value.toString().split(","));
    }

    private static String asText(Object value) {
        return value == null ? null : value.toString();
    }

    private static String readOnlyValue(Story story, String field) {
        return switch (field) {
            case StoryNodes.BODY -> story.original().body();
            case StoryNodes.ORIGINAL_HEADLINE -> story.original().headline();
            case StoryNodes.SOURCE_NAME -> story.original().sourceName();
            case StoryNodes.SOURCE_URL -> story.original().url();
            case StoryNodes.FETCHED_URL -> story.fetchedUrl();
            case StoryNodes.AUTHOR -> story.original().author();
            case StoryNodes.SOURCE_PUBLISHED -> story.original().published() == null ? null : story.original().published().toString();
            case StoryNodes.LEAD_IMAGE -> story.original().leadImage();
            case StoryNodes.LEAD_IMAGE_CAPTION -> story.original().leadImageCaption();
            case StoryNodes.LANGUAGE -> story.original().language();
            case StoryNodes.BODY_SHA256 -> story.bodySha256();
            case StoryNodes.FEED_GUID -> story.feedGuid();
            default -> throw new IllegalArgumentException(field);
        };
    }
}
